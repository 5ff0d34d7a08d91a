/**
 * `?asof=YYYY-MM-DD` (and the day `?since=` counts from): what the address asks for against the
 * data's range — the latest state, a day to compute, or a date the view must explain — and which
 * pages keep the day on their links. One rule for every page, the deck included.
 */
import { dateKey, formatDate } from '../dates';
import type { Model } from '../model';
import { isFullDate } from '../time/asof';
import { pageAt } from './pages';
import { valueOf, type SearchParamsLike } from './query';

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

/** A value the address gave, shortened for a message. */
const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** What one `asof` value asks for (null or '': the latest). */
export function readAsOf(value: string | null | undefined, range: DataRange): AsOfRequest {
  if (value === null || value === undefined || value === '' || value === range.last) return { status: 'latest' };
  if (!isFullDate(value)) return { status: 'invalid', value: shown(value) };
  if (value > range.last) return { status: 'after', day: value };
  if (value < range.first) return { status: 'before', day: value };
  return { status: 'asof', day: value };
}

/** What the address's `?asof=` asks for. */
export const asOfRequest = (params: SearchParamsLike, range: DataRange): AsOfRequest =>
  readAsOf(valueOf(params, 'asof'), range);

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

/** Whether a page at this path reads (or leads to pages that read) `?asof=`. */
export const keepsAsOf = (pathname: string) => {
  const page = pageAt(pathname);
  return page !== undefined && page.asof !== 'drops';
};

/** Whether a link to this path carries the day: to pages that keep it, and to those that say they drop it. */
const carriesAsOf = (pathname: string) => pageAt(pathname) !== undefined;

/** A root-relative path of plain segments (no `.` or `..` segment, no query), then perhaps a plain `#fragment`. */
const PLAIN_PATH = /^((?:\/(?!\.\.?(?:\/|$|#))[A-Za-z0-9_~.-]+)*\/)(#[A-Za-z0-9_~.-]+)?$/;
/** Where a link written relative to the site's root is resolved, to tell it from another site's. */
const SITE = 'http://standpoint.invalid';

/**
 * A link's address on `day` (undefined: the latest state, the address as written): a link on this
 * site to a page that reads the day (or an index leading to one, or a page that says it drops it)
 * gains `asof=day`; another site, a spot on this page or a link that names a day of its own stays.
 */
export function hrefOnDay(href: string, day: string | undefined): string {
  if (!day || href.startsWith('#')) return href;
  // The common case without parsing: a plain path on this site, as the site's own links are written.
  const plain = PLAIN_PATH.exec(href);
  if (plain) return carriesAsOf(plain[1]!) ? `${plain[1]}?asof=${encodeURIComponent(day)}${plain[2] ?? ''}` : href;
  let url: URL;
  try {
    url = new URL(href, `${SITE}/`);
  } catch {
    return href;
  }
  if (url.origin !== SITE || !carriesAsOf(url.pathname) || url.searchParams.has('asof')) return href;
  url.searchParams.set('asof', day);
  return `${url.pathname}${url.search.replaceAll('%2C', ',')}${url.hash}`;
}

/** The day an address's `?asof=` names for its links: a whole calendar date, or undefined. */
export function linkDay(params: SearchParamsLike): string | undefined {
  const value = valueOf(params, 'asof');
  return isFullDate(value) ? value : undefined;
}

/** A query string a view writes back (filters, a selection) with the address's `asof` kept. */
export function withAsOf(query: string, current: SearchParamsLike): string {
  const day = valueOf(current, 'asof');
  if (!day) return query;
  const next = new URLSearchParams(query);
  if (!next.has('asof')) next.set('asof', day);
  return next.toString().replaceAll('%2C', ',');
}

/**
 * What a page that shows only the latest data says when the address asked for a day (a link from an
 * as-of view carries it here), or undefined when it did not.
 */
export function droppedAsOfNotice(params: SearchParamsLike, pageName: string, latest: string): string | undefined {
  const value = valueOf(params, 'asof');
  if (!value) return undefined;
  const day = isFullDate(value) ? formatDate(value) : shown(value);
  return `${pageName} cannot be shown as of a day: this is the latest data (as of ${formatDate(latest)}), not ${day}. The other pages still follow the day you chose.`;
}
