import { changeWords, staleWords, type CellMarkers as Markers } from '@/lib/time/markers';
import { formatDate } from '@/lib/dates';
import { plural } from '@/lib/format';

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
        <span className="text-[11px] font-semibold leading-3.5 text-blue-950" title={changed.spoken}>
          <span aria-hidden="true">{changed.glyph} </span>
          <span className="sr-only">Changed: {changed.how}; </span>
          {changed.text}
        </span>
      ) : null}
      {old ? (
        <span className="text-[11px] italic leading-3.5 text-slate-800">
          <span aria-hidden="true">{old.glyph} </span>
          <span className="sr-only">Stale: </span>
          {old.text}
        </span>
      ) : null}
    </>
  );
}

/** The key to the markers, with the window the view uses. */
export function MarkerLegend({
  since,
  sinceDefault,
  staleAfterDays,
}: {
  since: string;
  sinceDefault: boolean;
  staleAfterDays: number;
}) {
  return (
    <p className="text-xs text-slate-700">
      <span aria-hidden="true">▲▼ </span>moved or <span aria-hidden="true">◇ </span>placed on or taken off the scale
      since {formatDate(since)}
      {sinceDefault ? ' (the 30 days before this view)' : ''}, with the earlier stance and its date;{' '}
      <span aria-hidden="true">✎ </span>reworded, same stance; <span aria-hidden="true">◷ </span>stale: stated more than{' '}
      {plural(staleAfterDays, 'day')} before this view.
    </p>
  );
}
