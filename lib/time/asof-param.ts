/**
 * What a view's `?asof=` (and `?since=`) asks for, read against the data's range: the latest state,
 * a day to compute, or a date the view must explain (not a date; before anything on record; after the
 * data's own as-of date). Pure, so every page's date control reads the address the same way.
 */
import { dateKey, formatDate } from '../dates';
import type { Model } from '../model';
import { isFullDate } from './asof';

/** The data's range: the first statement's day and the dataset's as-of day (both YYYY-MM-DD). */
export type DataRange = { first: string; last: string };

/** The days a view can be shown as of: the first statement's day to the dataset's own as-of day. */
export function dataRange(model: Pick<Model, 'statements' | 'dataset'>): DataRange {
  return { first: dateKey(model.statements[0]?.date ?? model.dataset.asOf), last: dateKey(model.dataset.asOf) };
}

export type AsOfRequest =
  /** No `?asof=`, or the data's own as-of day: the static page as built. */
  | { status: 'latest' }
  /** A day within the data (before its last day): compute the view as of `day`. */
  | { status: 'asof'; day: string }
  /** A real day before the first statement: the view as of it is empty, and says why. */
  | { status: 'before'; day: string }
  /** A real day after the data's as-of date: the latest state, saying so. */
  | { status: 'after'; day: string }
  /** Not a calendar date in the form YYYY-MM-DD: the latest state, saying so. */
  | { status: 'invalid'; value: string };

export function readAsOf(value: string | null | undefined, range: DataRange): AsOfRequest {
  if (value === null || value === undefined || value === '' || value === range.last) return { status: 'latest' };
  const text: string = value;
  if (!isFullDate(value)) return { status: 'invalid', value: text.length > 40 ? `${text.slice(0, 40)}…` : text };
  if (value > range.last) return { status: 'after', day: value };
  if (value < range.first) return { status: 'before', day: value };
  return { status: 'asof', day: value };
}

/** The day a request computes its view as of, or undefined when the static (latest) page stands. */
export const computedDay = (request: AsOfRequest): string | undefined =>
  request.status === 'asof' || request.status === 'before' ? request.day : undefined;

/** What the view says about the date it shows, or undefined for the latest state asked for plainly. */
export function asOfNotice(request: AsOfRequest, range: DataRange): string | undefined {
  switch (request.status) {
    case 'latest':
      return undefined;
    case 'asof':
      return `Showing the positions as they stood at the end of ${formatDate(request.day)} — not the latest (${formatDate(range.last)}).`;
    case 'before':
      return `Nothing on record by the end of ${formatDate(request.day)}: the first statement is dated ${formatDate(range.first)}. No positions to show.`;
    case 'after':
      return `${formatDate(request.day)} is after the data’s last day, ${formatDate(range.last)}: showing the latest positions.`;
    case 'invalid':
      return `The address asks for the date ${request.value}, which is not a calendar date (use YYYY-MM-DD): showing the latest positions.`;
  }
}

/** A query string with one parameter set (or removed when `value` is empty), the others kept. */
export function withParam(search: string | URLSearchParams, name: string, value: string | undefined): string {
  const params = new URLSearchParams(search);
  if (value) params.set(name, value);
  else params.delete(name);
  return params.toString();
}
