import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getModel } from '@/lib/data';
import { plural } from '@/lib/format';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { StakeholderName } from '@/components/ui/stakeholder-name';
import { ActorList } from '@/components/stakeholders/actor-list';
import { StakeholderPositions } from '@/components/stakeholders/stakeholder-positions';
import { DemandList } from '@/components/demands/demand-list';
import { FilterableStatements } from '@/components/statements/filterable-statements';

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getModel().stakeholders.map((s) => ({ id: s.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  return { title: getModel().stakeholderById.get(id)?.name ?? 'Stakeholder' };
}

export default async function StakeholderPage({ params }: Params) {
  const { id } = await params;
  const model = getModel();
  const stakeholder = model.stakeholderById.get(id);
  if (!stakeholder) notFound();
  const index = model.stakeholders.indexOf(stakeholder);
  const actors = model.actors.filter((a) => a.stakeholder === id);
  const statements = model.statements.filter((s) => s.stakeholder === id);
  const counts = new Map(actors.map((a) => [a.id, statements.filter((s) => s.actor === a.id).length]));
  const hasPositions = model.positions.some((p) => p.stakeholder === id);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Matrix' }, { href: '/stakeholders/', label: 'Stakeholders' }, { label: stakeholder.name }]} />
      <h1 className="mt-1 text-2xl font-bold sm:text-3xl">
        <StakeholderName id={id} name={stakeholder.name} styleIndex={index} size={22} link={false} />
      </h1>
      <p className="mt-1 max-w-4xl text-slate-800">{stakeholder.description}</p>
      <h2 className="mt-5 text-xl font-semibold">Who speaks for {stakeholder.name}</h2>
      <ActorList actors={actors} statementCounts={counts} />
      <h2 className="mt-6 text-xl font-semibold">Positions across issues</h2>
      {hasPositions ? (
        <StakeholderPositions model={model} stakeholder={stakeholder} index={index} />
      ) : (
        <p className="rounded border-2 border-slate-400 bg-slate-50 p-3 font-medium">
          No stated position in the sources: the sources report no position of {stakeholder.name} on any issue
          {statements.length ? ` (${plural(statements.length, 'statement')} mention it, listed below)` : ''}.
        </p>
      )}
      <h2 className="mt-6 text-xl font-semibold">Demands, and the other sides’ responses</h2>
      <DemandList model={model} demands={model.demands.filter((d) => d.stakeholder === id)} showIssue />
      <h2 className="mt-6 text-xl font-semibold">Statements by {stakeholder.name}, in date order</h2>
      <FilterableStatements model={model} statements={statements} />
    </>
  );
}
