import type { CellView } from '@/lib/reshape';
import { noPositionWords, stanceWordsShort } from '@/lib/format';
import { formatStance } from '@/lib/stance';
import { StanceScale } from '@/components/positions/stance-scale';
import { Unplaced } from '@/components/positions/unplaced';
import { cellKey, type CellMarkers as Markers } from '@/lib/time/core';
import { EvidenceGlyphs } from './evidence-glyphs';
import { CellMarkers } from './cell-markers';
import { DayAnchor } from '@/components/time/day-anchor';

/** The key of a cell in the URL (`?cell=russia.territory`) and in the link the panel listens for. */
export const keyOf = (cell: Pick<CellView, 'side' | 'issue'>) => cellKey(cell.side.id, cell.issue.id);

/**
 * One side on one issue at a glance: a headline, the stance on a mini scale with its number and words
 * printed (or why there is none),
 * evidence glyphs and a conflict flag. The headline links to the side's place on the issue page;
 * with JavaScript, the panel beside the matrix catches the click and opens the detail there instead.
 */
export function MatrixCell({
  cell,
  markers,
  linkDay,
}: {
  cell: CellView;
  markers?: Markers;
  /** The day the cell's link carries (`?asof=`), undefined for the latest. */
  linkDay: string | undefined;
}) {
  const { issue, side, current, uncited } = cell;
  const label = (
    <span className="sr-only">
      {' '}
      — {side.name} on {issue.title}: details
    </span>
  );
  const link = (text: string) => (
    <DayAnchor
      href={`/issues/${issue.id}/#side-${side.id}`}
      day={linkDay}
      data-cell={keyOf(cell)}
      className="line-clamp-2 font-medium leading-snug text-blue-900 underline decoration-slate-400 underline-offset-2"
    >
      {text}
      {label}
    </DayAnchor>
  );
  if (!current) return <div className="text-sm">{link(noPositionWords(uncited.length))}</div>;
  return (
    <div className="text-sm">
      {link(current.headline)}
      {current.stance ? (
        <>
          <div className="flex items-center gap-1">
            {/* The mini scale: the shared stance scale with its end labels hidden and its words kept for screen readers. */}
            <div className="-mt-2 min-w-0 flex-1 [&_[aria-hidden=true]:not(svg):not([data-range])]:hidden [&_p]:sr-only">
              <StanceScale issue={issue} stance={current.stance} side={side} />
            </div>
            <span aria-hidden="true" data-stance-number className="text-sm font-bold tabular-nums text-slate-950">
              {formatStance(current.stance, 'bare')}
            </span>
          </div>
          {/* The reading in words, visible: the scale's accessible name already says it to a screen reader. */}
        </>
      ) : null}
      <p className="flex flex-wrap items-center gap-x-2 leading-tight">
        {current.stance ? (
          <span aria-hidden="true" data-stance-words className="text-xs text-slate-800">
            {stanceWordsShort(issue, current.stance)}
          </span>
        ) : null}
        {current.stance ? null : <Unplaced form="cell" role={side.role} />}
        <EvidenceGlyphs counts={current.counts} />
        {current.conflicts.length ? (
          <span
            className="rounded bg-amber-100 px-1 text-xs font-semibold text-amber-900"
            title="Own statements conflict"
          >
            <span aria-hidden="true">⚠ Conflict</span>
            <span className="sr-only">Own statements conflict</span>
          </span>
        ) : null}
        <CellMarkers markers={markers} />
      </p>
    </div>
  );
}
