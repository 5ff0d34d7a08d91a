import type { Model } from '@/lib/model';
import { stakeholderPage } from '@/lib/page-views';
import { noPositionWords } from '@/lib/format';
import { StakeholderPositions } from './stakeholder-positions';
import { ActorList } from './actor-list';
import { DemandList, EndedDemandList } from '@/components/demands/demand-list';
import { FilterableStatements } from '@/components/statements/filterable-statements';

/**
 * A stakeholder page's positions, demands and statements, from one model: the server renders it
 * from the latest data, and the as-of view (components/time/) from the data as it stood on a day.
 */
export function StakeholderBody({ model, id }: { model: Model; id: string }) {
  const view = stakeholderPage(model, id);
  if (!view) return null;
  const { side, statements } = view;
  return (
    <>
      <h2 className="mt-5 text-xl font-semibold">Who speaks for {side.name}</h2>
      <ActorList actors={view.actors} />
      <h2 className="mt-6 text-xl font-semibold">Positions across issues</h2>
      {view.hasPositions ? (
        <StakeholderPositions cells={view.cells} histories={view.histories} />
      ) : (
        <p className="rounded border-2 border-slate-400 bg-slate-50 p-3 font-medium">
          {side.name} on every issue: {noPositionWords(statements.length)}
          {statements.length ? ' (listed below)' : ''}.
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
