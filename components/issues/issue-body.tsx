import type { Model } from '@/lib/model';
import { issuePage } from '@/lib/page-views';
import { IssueScale } from './issue-scale';
import { IssueStances } from './issue-stances';
import { IssueCharts } from './issue-charts';
import { SideTrack } from './side-track';
import { DemandList, EndedDemandList } from '@/components/demands/demand-list';
import { FilterableStatements } from '@/components/statements/filterable-statements';

/**
 * Everything on an issue page below its title, from one model: the server renders it from the
 * latest data, and the as-of view (components/time/) from the data as it stood on a day.
 */
export function IssueBody({ model, id }: { model: Model; id: string }) {
  const view = issuePage(model, id);
  if (!view) return null;
  const { issue, cells, demands, endedDemands, statements } = view;
  return (
    <>
      <IssueStances cells={cells} />
      <h2 className="mt-4 text-xl font-semibold">The scale</h2>
      <p className="text-sm text-slate-700">
        Stances place each position on this 0–100 scale. They are analyst judgements, each with its rationale.
      </p>
      <IssueScale issue={issue} />
      <IssueCharts model={model} issue={issue} />
      <h2 className="mt-6 text-xl font-semibold">Every side’s position</h2>
      <div className="mt-2 grid gap-3 lg:grid-cols-2">
        {cells.map((cell) => (
          <SideTrack key={cell.side.id} cell={cell} history={view.histories[cell.side.id]} />
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
