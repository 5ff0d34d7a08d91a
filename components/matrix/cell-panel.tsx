'use client';

import { useEffect, useRef, useState } from 'react';
import { currentSearch } from '@/lib/url/store';
import type { CellView } from '@/lib/reshape';
import { useUrlSearch } from '@/components/ui/use-url-search';
import { useAsOf } from '@/components/time/use-as-of';
import { AsOfLink } from '@/components/time/as-of-link';
import { computedDay, type DataRange } from '@/lib/url/asof';
import { withParam } from '@/lib/url/query';
import { formatDate } from '@/lib/dates';
import { RelatedStatements } from '@/components/positions/related-statements';
import { PositionSummary } from '@/components/positions/position-summary';
import { StatementCards } from '@/components/statements/statement-cards';

type Loaded = { key: string; cell?: CellView; failed?: boolean };

/**
 * The detail of the open cell (`?cell=<side>.<issue>`), in a panel beside the matrix: the position
 * summary and every statement behind it, with speakers and links to each passage. It catches clicks on
 * the cells' links (which, without JavaScript, go to the issue page) and on the as-of view's squares
 * (buttons: DenseMatrix, painted) and loads the issue's cells
 * from /cells/<issue>.json, so the home page carries no statement cards. As of a day (`?asof=`), it
 * shows the cell as it stood then, from the same records the as-of matrix uses.
 */
export function CellPanel(range: DataRange) {
  const [search, setSearch] = useUrlSearch();
  const [request] = useAsOf(range);
  const day = computedDay(request);
  const cellParam = search.get('cell') ?? '';
  // The loaded cell belongs to a cell and a day: a new date reloads the open cell.
  const key = cellParam ? `${cellParam}|${day ?? ''}` : '';
  const [loaded, setLoaded] = useState<Loaded>({ key: '' });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element).closest<HTMLElement>('[data-cell]');
      if (!link) return;
      if (
        link instanceof HTMLAnchorElement &&
        (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      )
        return;
      event.preventDefault();
      setSearch(withParam(currentSearch(), 'cell', link.dataset.cell));
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [setSearch]);

  useEffect(() => {
    if (!key) return;
    const [side = '', issue = ''] = cellParam.split('.');
    let live = true;
    const found = day
      ? import('./home-as-of').then((m) => m.cellAsOf(day, side, issue))
      : fetch(`/cells/${encodeURIComponent(issue)}.json`)
          .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
          .then((cells: Record<string, CellView>) => cells[side]);
    found
      .then((cell) => live && setLoaded({ key, cell, failed: !cell }))
      .catch(() => live && setLoaded({ key, failed: true }));
    return () => {
      live = false;
    };
  }, [key, cellParam, day]);

  const cell = loaded.key === key ? loaded.cell : undefined;
  useEffect(() => {
    if (cell) heading.current?.focus();
  }, [cell]);

  if (!key) return null;
  const close = () => {
    setSearch(withParam(currentSearch(), 'cell', undefined));
    document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(cellParam)}"]`)?.focus();
  };
  return (
    <>
      <OpenCellStyle cell={cellParam} />
      <div
        role="dialog"
        aria-labelledby="cell-panel-title"
        onKeyDown={(event) => event.key === 'Escape' && close()}
        className="fixed inset-y-0 right-0 z-40 w-full overflow-y-auto border-l-4 border-slate-400 bg-white p-4 shadow-2xl sm:w-[30rem]"
      >
        <div className="flex items-start justify-between gap-3">
          <h2 id="cell-panel-title" ref={heading} tabIndex={-1} className="text-lg font-bold leading-snug">
            {cell
              ? `${cell.side.name} on ${cell.issue.title}${day ? `, as of ${formatDate(day)}` : ''}`
              : loaded.failed && loaded.key === key
                ? 'Cell not found'
                : 'Loading…'}
          </h2>
          <button
            type="button"
            onClick={close}
            className="rounded border border-slate-400 px-2 py-0.5 text-sm font-medium"
          >
            Close<span className="sr-only"> the detail</span>
          </button>
        </div>
        {cell ? <CellDetail cell={cell} /> : null}
      </div>
    </>
  );
}

/**
 * The open cell's highlight: one style rule for its link, in whichever matrix is on the page (the
 * server's latest, or the one drawn in the browser as of a day, however often it is drawn anew).
 * React's own markup from the address, so no effect marks links and no square is drawn again.
 */
function OpenCellStyle({ cell }: { cell: string }) {
  return (
    <style>{`[data-cell="${CSS.escape(cell)}"]{border-radius:.25rem;background-color:${OPEN_CELL_BACKGROUND}}`}</style>
  );
}

/** The open cell's background (Tailwind's amber-200), for the matrix's text links and its squares alike. */
const OPEN_CELL_BACKGROUND = 'var(--color-amber-200,#fde68a)';

function CellDetail({ cell }: { cell: CellView }) {
  const { issue, side, current, history, uncited } = cell;
  const href = `/issues/${issue.id}/#side-${side.id}`;
  return (
    <div className="mt-2 space-y-3 text-sm">
      <PositionSummary
        issue={issue}
        side={side}
        position={current}
        history={history}
        statements={false}
        related={uncited.length}
      />
      {current ? (
        <section aria-label="Statements behind the position" className="space-y-3">
          <h3 className="font-semibold">
            {current.statements.length === 1 ? 'The statement' : `The ${current.statements.length} statements`} behind
            it
          </h3>
          <StatementCards statements={current.statements} />
        </section>
      ) : null}
      <RelatedStatements statements={uncited} sideName={side.name} />
      <p>
        <AsOfLink href={href} className="text-blue-800 underline underline-offset-2">
          Issue page<span className="sr-only"> for {issue.title}</span>: every side and its history
        </AsOfLink>
      </p>
    </div>
  );
}
