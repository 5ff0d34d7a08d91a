import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getModel } from '@/lib/data';
import { stakeholderPage } from '@/lib/page-views';
import { plural } from '@/lib/format';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { StakeholderName } from '@/components/ui/stakeholder-name';
import { ActorList } from '@/components/stakeholders/actor-list';
import { StakeholderPositions } from '@/components/stakeholders/stakeholder-positions';
import { DemandList, EndedDemandList } from '@/components/demands/demand-list';
import { FilterableStatements } from '@/components/statements/filterable-statements';

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getModel().stakeholders.map((s) => ({ id: s.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  return { title: stakeholderPage(getModel(), id)?.side.name ?? 'Stakeholder' };
}

export default async function StakeholderPage({ params }: Params) {
  const { id } = await params;
  const model = getModel();
  const view = stakeholderPage(model, id);
  if (!view) notFound();
  const { side, statements } = view;
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: '/', label: 'Matrix' },
          { href: '/stakeholders/', label: 'Stakeholders' },
          { label: side.name },
        ]}
      />
      <h1 className="mt-1 text-2xl font-bold sm:text-3xl">
        <StakeholderName side={side} size={22} link={false} />
      </h1>
      <p className="mt-1 max-w-4xl text-slate-800">{view.description}</p>
      <h2 className="mt-5 text-xl font-semibold">Who speaks for {side.name}</h2>
      <ActorList actors={view.actors} />
      <h2 className="mt-6 text-xl font-semibold">Positions across issues</h2>
      {view.hasPositions ? (
        <StakeholderPositions cells={view.cells} />
      ) : (
        <p className="rounded border-2 border-slate-400 bg-slate-50 p-3 font-medium">
          No stated position in the sources: the sources report no position of {side.name} on any issue
          {statements.length ? ` (${plural(statements.length, 'statement')} mention it, listed below)` : ''}.
        </p>
      )}
      <h2 className="mt-6 text-xl font-semibold">Demands, and the other sides’ responses</h2>
      <DemandList demands={view.demands} showIssue />
      <EndedDemandList demands={view.endedDemands} showIssue />
      <h2 className="mt-6 text-xl font-semibold">Statements by {side.name}, in date order</h2>
      <FilterableStatements model={model} statements={statements} />
    </>
  );
}
