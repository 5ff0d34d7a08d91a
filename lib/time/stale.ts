/**
 * Staleness: a position older than the dataset's window (`staleAfterDays`, dataset.json) relative to
 * the day a view is as of; and, for views that set positions side by side, how far apart their
 * dates are. Pure; browser-safe.
 */
import { daysBetween } from './asof';

/** Days from a position's date to the view's as-of day, and whether that is past the window. */
export function staleness(positionAsOf: string, viewAsOf: string, staleAfterDays: number) {
  const age = daysBetween(positionAsOf, viewAsOf);
  return { age, stale: age > staleAfterDays };
}

/**
 * The spread of the dates of positions set side by side: earliest, latest, the days between, and
 * whether that exceeds the window (compare and the heatmap warn then).
 */
export function dateSpread(dates: readonly string[], staleAfterDays: number) {
  if (dates.length === 0) return undefined;
  const sorted = [...dates].sort((a, b) => daysBetween(b, a));
  const earliest = sorted[0]!;
  const latest = sorted.at(-1)!;
  const days = daysBetween(earliest, latest);
  return { earliest, latest, days, wide: days > staleAfterDays };
}
