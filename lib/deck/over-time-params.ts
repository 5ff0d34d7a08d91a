/**
 * The deck's `?asof=` and `?since=` read from its address, and what is wrong with them in words.
 * Tiny on purpose: the deck checks them at once and loads the over-time code only when they hold.
 */
import { dateKey, formatDate } from '../dates';
import { isFullDate } from '../time/asof';

/** What the address asks for: `?asof=` and `?since=`, as given (null: not given). */
export type OverTime = { asof: string | null; since: string | null };

/** Why the address cannot be followed as given, in words, or nothing wrong. */
export function overTimeProblems({ asof, since }: OverTime, dataAsOf: string): string[] {
  const problems: string[] = [];
  const last = dateKey(dataAsOf);
  if (asof !== null && !isFullDate(asof))
    problems.push(
      `The as-of date ${asof} is not a calendar date in the form YYYY-MM-DD, so the deck shows the latest data.`,
    );
  else if (asof !== null && asof > last)
    problems.push(`The data runs to ${formatDate(last)}, so the deck as of ${formatDate(asof)} is the latest data.`);
  const to = asof !== null && isFullDate(asof) && asof < last ? asof : last;
  if (since !== null && !isFullDate(since))
    problems.push(
      `The since date ${since} is not a calendar date in the form YYYY-MM-DD, so the deck has no changes slide.`,
    );
  else if (since !== null && since >= to)
    problems.push(
      `The since date (${formatDate(since)}) is not before the deck’s as-of date (${formatDate(to)}), so the deck has no changes slide.`,
    );
  return problems;
}
