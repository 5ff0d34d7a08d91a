import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getModel } from '@/lib/data';
import { issuePage } from '@/lib/page-views';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { IssueScale } from '@/components/issues/issue-scale';
import { IssueCharts } from '@/components/issues/issue-charts';
import { SideTrack } from '@/components/issues/side-track';
import { DemandList, EndedDemandList } from '@/components/demands/demand-list';
import { FilterableStatements } from '@/components/statements/filterable-statements';

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getModel().issues.map((issue) => ({ id: issue.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  return { title: issuePage(getModel(), id)?.issue.title ?? 'Issue' };
}

export default async function IssuePage({ params }: Params) {
  const { id } = await params;
  const model = getModel();
  const view = issuePage(model, id);
  if (!view) notFound();
  const { issue, cells, demands, endedDemands, statements } = view;
  return (
    <>
      <Breadcrumbs
        trail={[{ href: '/', label: 'Matrix' }, { href: '/issues/', label: 'Issues' }, { label: issue.title }]}
      />
      <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{issue.title}</h1>
      <p className="mt-1 max-w-4xl text-lg text-slate-800">{issue.question}</p>
      <h2 className="mt-4 text-xl font-semibold">The scale</h2>
      <p className="text-sm text-slate-700">
        Stances place each position on this 0–100 scale. They are analyst judgements, each with its rationale.
      </p>
      <IssueScale issue={issue} />
      <IssueCharts model={model} issue={issue} />
      <h2 className="mt-6 text-xl font-semibold">Every side’s position</h2>
      <div className="mt-2 grid gap-3 lg:grid-cols-2">
        {cells.map((cell) => (
          <SideTrack key={cell.side.id} cell={cell} />
        ))}
      </div>
      <h2 className="mt-6 text-xl font-semibold">Demands and responses</h2>
      <DemandList demands={demands} />
      <EndedDemandList demands={endedDemands} />
      <h2 className="mt-6 text-xl font-semibold">All statements on {issue.title.toLowerCase()}, in date order</h2>
      <FilterableStatements model={model} statements={statements} />
    </>
  );
}
