/**
 * The warning compare and the gap heatmap print when they set side by side positions whose dates
 * are further apart than the dataset's staleness window: a gap between a stance of January and one
 * of April may not reflect any one moment.
 */
import { formatDate } from '../dates';
import { dateSpread } from '../time/stale';

/** "These positions are up to 95 days apart (20 Jan 2031 to 25 Apr 2031) …", or undefined within the window. */
export function spreadWarning(dates: readonly string[], staleAfterDays: number): string | undefined {
  const spread = dateSpread(dates, staleAfterDays);
  if (!spread || !spread.wide) return undefined;
  return (
    `These positions are up to ${spread.days} days apart (${formatDate(spread.earliest)} to ${formatDate(spread.latest)}), ` +
    `more than the dataset’s ${staleAfterDays}-day window: gaps between them may not reflect the same moment.`
  );
}

/**
 * The same warning, short enough for a slide: "Stances up to 95 days apart (20 Jan 2031 to 25 Apr
 * 2031): the gap may not reflect one moment." Undefined within the window.
 */
export function spreadNote(dates: readonly string[], staleAfterDays: number): string | undefined {
  const spread = dateSpread(dates, staleAfterDays);
  if (!spread || !spread.wide) return undefined;
  return `Stances up to ${spread.days} days apart (${formatDate(spread.earliest)} to ${formatDate(spread.latest)}): the gap may not reflect one moment.`;
}
