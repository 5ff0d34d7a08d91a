import type { CellMarkers as Markers } from '@/lib/time/core';
import { changeWords, staleWords } from '@/lib/time/words';
import { formatDate } from '@/lib/dates';
import { plural } from '@/lib/format';
import { daysBetween } from '@/lib/time/asof';
import { SinceChoice } from './since-choice';

/**
 * A cell's change and staleness markers: a glyph (so they read without colour) and the words — the
 * earlier stance and its date, or how long before the view the position was stated.
 */
export function CellMarkers({ markers }: { markers?: Markers }) {
  if (!markers) return null;
  const { change, stale } = markers;
  const changed = change ? changeWords(change) : undefined;
  const old = stale ? staleWords(stale) : undefined;
  return (
    <>
      {changed ? (
        <span
          className="rounded-sm bg-blue-50 px-0.5 text-[11px] font-semibold leading-3.5 text-blue-950"
          title={changed.spoken}
          data-marker="change"
        >
          <span aria-hidden="true">{changed.glyph} </span>
          <span className="sr-only">Changed: {changed.how}; </span>
          {changed.text}
        </span>
      ) : null}
      {old ? (
        // Stale recedes: small and grey, below a change marker in weight (it says an age, not news).
        <span className="text-[10px] leading-3.5 text-slate-600" data-marker="stale">
          <span aria-hidden="true">{old.glyph} </span>
          <span className="sr-only">Stale: </span>
          {old.text}
        </span>
      ) : null}
    </>
  );
}

/** The key to the markers, with the window the view uses and the choice of it. */
export function MarkerLegend({ asOf, since, staleAfterDays }: { asOf: string; since: string; staleAfterDays: number }) {
  return (
    <p className="text-xs text-slate-700">
      <SinceChoice asOf={asOf} since={since} /> (after {formatDate(since)}, {plural(daysBetween(since, asOf), 'day')}{' '}
      before this view): <span aria-hidden="true">▲▼ </span>moved or <span aria-hidden="true">◇ </span>placed on or
      taken off the scale, with the earlier stance and its date; <span aria-hidden="true">✎ </span>reworded, same
      stance. <span aria-hidden="true">◷ </span>Stale: stated more than {plural(staleAfterDays, 'day')} before this
      view.
    </p>
  );
}
