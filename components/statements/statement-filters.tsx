'use client';
import { useEffect, useState } from 'react';
import { useUrlSearch } from '@/components/ui/use-url-search';
import type { StatementDigest } from '@/lib/digest';
import { filterStatements, prepareSearch } from '@/lib/analysis/statements-filter';
import { filterQuery, parseStatementFilter, withAsOf, type FilterChoices, type StatementFilter } from '@/lib/url';
import { STATEMENT_PAGE, StatementList } from './statement-list';
import { FilterFields } from './filter-fields';
import { chunkUrl } from '@/lib/statement-chunks';

type Props = {
  statements: StatementDigest[];
  /**
   * The whole list, when `statements` is only its first page: `chunks` static files under `base`
   * (`<base>1.json`, …), loaded one after another after hydration.
   */
  rest?: { base: string; chunks: number; total: number };
  choices: FilterChoices;
  sideNames: Record<string, string>;
  issueTitles: Record<string, string>;
};

/** Filters a server-given list in the browser; the filter lives in the URL, so a link reproduces it. */
export function StatementFilters({ statements: firstPage, rest, choices, sideNames, issueTitles }: Props) {
  const [params, replaceSearch] = useUrlSearch();
  // The chunks loaded so far, in order; the list and its filter work on them while the rest arrive.
  const [loaded, setLoaded] = useState<{ statements: StatementDigest[]; chunks: number } | null>(null);
  const [failed, setFailed] = useState(false);
  const base = rest?.base;
  const chunks = rest?.chunks ?? 0;
  useEffect(() => {
    if (!base) return;
    let live = true;
    (async () => {
      const all: StatementDigest[] = [];
      for (let n = 1; n <= chunks && live; n++) {
        const response = await fetch(chunkUrl(base, n));
        if (!response.ok) throw new Error(`${chunkUrl(base, n)}: ${response.status}`);
        all.push(...((await response.json()) as StatementDigest[]));
        if (live) setLoaded({ statements: [...all], chunks: n });
      }
    })().catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [base, chunks]);
  const statements = loaded && loaded.statements.length >= firstPage.length ? loaded.statements : firstPage;
  const loading = rest && !failed && (loaded?.chunks ?? 0) < chunks;
  const { filter, messages } = parseStatementFilter(params, choices);
  const set = (next: StatementFilter) => {
    const query = filterQuery(next);
    // The day an as-of view shows stays in the address.
    replaceSearch(withAsOf(query, params));
  };
  useEffect(() => {
    // Normalise the search text while the reader is still looking, not on their first keystroke.
    const id = requestIdleCallback(() => prepareSearch(statements));
    return () => cancelIdleCallback(id);
  }, [statements]);
  const shown = filterStatements(statements, filter);
  // How far "Show more" has gone, for this filter only: a new filter starts at the first page again.
  const [paging, setPaging] = useState({ query: '', limit: STATEMENT_PAGE });
  const query = filterQuery(filter);
  const limit = paging.query === query ? paging.limit : STATEMENT_PAGE;
  return (
    <div>
      {messages.length > 0 ? (
        <div role="alert" className="mt-2 rounded border-2 border-amber-700 bg-amber-50 p-2 text-amber-950">
          {messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      ) : null}
      <FilterFields filter={filter} choices={choices} onChange={set} />
      <StatementList
        statements={shown}
        total={rest?.total ?? statements.length}
        note={
          failed
            ? `Only ${statements.length} of ${rest!.total} could be loaded; reload the page to try again.`
            : loading
              ? `Loading: ${statements.length} of ${rest.total} so far; results cover those.`
              : undefined
        }
        sideNames={sideNames}
        issueTitles={issueTitles}
        limit={limit}
        more={
          <button
            type="button"
            className="mt-1 rounded border border-slate-400 bg-white px-3 py-1 font-medium hover:bg-slate-100"
            onClick={() => setPaging({ query, limit: limit + STATEMENT_PAGE })}
          >
            Show {Math.min(STATEMENT_PAGE, shown.length - limit)} more
          </button>
        }
      />
    </div>
  );
}
