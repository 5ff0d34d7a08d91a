/**
 * The deck's own parameters: `?slide=`, `?view=presenter`, `?theme=dark`, and its `?asof=` and
 * `?since=` read with the same rule as every other page (readAsOf), with what is wrong in words.
 */
import { dateKey, formatDate } from '../dates';
import { isFullDate } from '../time/asof';
import { readAsOf } from './asof';
import { valueOf, type SearchParamsLike } from './query';

/** 1-based slide number from `slide`, clamped to the deck; 1 when missing or not a number. */
export function parseSlide(value: string | null, count: number): number {
  const n = Number.parseInt(value ?? '1', 10);
  if (!Number.isFinite(n) || count < 1) return 1;
  return Math.min(Math.max(n, 1), count);
}

/** What the address asks for: `?asof=` and `?since=`, as given (null: not given). */
export type OverTime = { asof: string | null; since: string | null };

export const readOverTime = (params: SearchParamsLike): OverTime => ({
  asof: valueOf(params, 'asof'),
  since: valueOf(params, 'since'),
});

/** The deck's presentation choices in the address. */
export function readDeckView(params: SearchParamsLike): { presenter: boolean; theme: 'light' | 'dark' } {
  return {
    presenter: valueOf(params, 'view') === 'presenter',
    theme: valueOf(params, 'theme') === 'dark' ? 'dark' : 'light',
  };
}

/** Why the address cannot be followed as given, in words, or nothing wrong. */
export function overTimeProblems({ asof, since }: OverTime, dataAsOf: string): string[] {
  const problems: string[] = [];
  const last = dateKey(dataAsOf);
  // The deck has no first day of its own: a day before the first statement is a (empty) deck as of it.
  const request = readAsOf(asof, { first: '0000-01-01', last });
  if (request.status === 'invalid')
    problems.push(
      `The as-of date ${request.value} is not a calendar date in the form YYYY-MM-DD, so the deck shows the latest data.`,
    );
  else if (request.status === 'after')
    problems.push(
      `The data runs to ${formatDate(last)}, so the deck as of ${formatDate(request.day)} is the latest data.`,
    );
  const to = request.status === 'asof' || request.status === 'before' ? request.day : last;
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
