import type { Model } from '@/lib/model';
import { issuePage } from '@/lib/page-views';
import { DEMANDS_SHOWN, SIDES_SHOWN, issueParts, partUrl } from '@/lib/page-parts';
import { statementChunks } from '@/lib/statement-chunks';
import { IssueScale } from './issue-scale';
import { IssueStances } from './issue-stances';
import { IssueCharts } from './issue-charts';
import { SideTrack } from './side-track';
import { MoreSides } from './more-sides';
import { MoreDemands } from './more-demands';
import { DemandList, EndedDemandList } from '@/components/demands/demand-list';
import { FilterableStatements } from '@/components/statements/filterable-statements';
import { PhoneFold } from '@/components/ui/phone-fold';
import { FILTER_KEYS } from '@/lib/url/statements';

/**
 * Everything on an issue page below its title, from one model: the server renders it from the
 * latest data, and the as-of view (components/time/) from the data as it stood on a day. The
 * server's HTML (`cut`) carries the first sides, demands and statements of long lists and says so;
 * the rest load from static files (app/parts/) as the reader reaches them.
 */
export function IssueBody({ model, id, cut = false }: { model: Model; id: string; cut?: boolean }) {
  const view = issuePage(model, id);
  if (!view) return null;
  const { issue, cells, demands, endedDemands, statements } = view;
  const parts = cut ? issueParts(id) : undefined;
  const sides = parts ? cells.slice(0, SIDES_SHOWN) : cells;
  const shownDemands = parts ? demands.slice(0, DEMANDS_SHOWN) : demands;
  const list = (
    <FilterableStatements
      model={model}
      statements={statements}
      chunks={parts ? { base: partUrl(parts.statements), count: statementChunks(statements).length } : undefined}
    />
  );
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
        {sides.map((cell) => (
          <SideTrack key={cell.side.id} cell={cell} history={view.histories[cell.side.id]} />
        ))}
      </div>
      {parts && cells.length > sides.length ? (
        <MoreSides
          url={partUrl(parts.sides)}
          shown={sides.length}
          total={cells.length}
          ids={cells.slice(sides.length).map((c) => c.side.id)}
        />
      ) : null}
      <h2 className="mt-6 text-xl font-semibold">Demands and responses</h2>
      <DemandList demands={shownDemands} />
      {parts && demands.length > shownDemands.length ? (
        <MoreDemands url={partUrl(parts.demands)} shown={shownDemands.length} total={demands.length} />
      ) : null}
      <EndedDemandList demands={endedDemands} />
      <h2 className="mt-6 text-xl font-semibold">All statements on {issue.title.toLowerCase()}, in date order</h2>
      {/* The longest list on the page: on a phone one tap away (open with a filter in the URL). */}
      {statements.length > 0 ? (
        <PhoneFold
          className="mt-2"
          keepOpen={FILTER_KEYS}
          summary={statements.length === 1 ? 'Show the statement' : `Show the ${statements.length} statements`}
        >
          {list}
        </PhoneFold>
      ) : (
        list
      )}
    </>
  );
}
