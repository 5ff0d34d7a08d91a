/**
 * Dates as bounds, and the order of two dated things. An approximate or partial date never switches
 * an order check off: it widens into the first and last day it could mean, and the check runs on
 * those bounds. Three answers come back — certainly before, certainly not before, or uncertain —
 * and an uncertain order is reported (a warning from `npm run validate`, "order uncertain" beside a
 * response on the page), never passed over. Pure and browser-safe: the views call it too.
 *
 * Bounds of a statement's date (first and last day it could mean):
 * - "2025" spans its year, "2025-05" its month (approximate or not);
 * - an exact day is that day;
 * - an approximate day (`dateApprox: true`) spans `notBefore`…`notAfter` when the data gives them,
 *   otherwise APPROX_DAY_WINDOW days either side of the date;
 * - nothing is said after its source was published: when the source's `published` date is exact,
 *   the last day is at most the source's.
 */
import type { Demand, DemandResponse, Source, Statement } from '../schema';
import { dateKey } from '../dates';

/** Days either side of an approximate day-date that carries no `notBefore`/`notAfter` of its own. */
export const APPROX_DAY_WINDOW = 7;

/** The first and last day (YYYY-MM-DD) a date could mean. */
export type Bounds = { notBefore: string; notAfter: string };

/** The last day a partial date could mean: "2025-08" → "2025-08-31", "2025" → "2025-12-31". */
export function lastDayOf(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split('-').map(Number);
  const days = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, '0')}`;
}

const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The span of a plain date: a day is itself, a month or year spans it. */
export const dateBounds = (date: string): Bounds => ({ notBefore: dateKey(date), notAfter: lastDayOf(date) });

type Dated = Pick<Statement, 'date' | 'dateApprox' | 'notBefore' | 'notAfter'>;
type Published = Pick<Source, 'published' | 'publishedApprox'>;

/** The bounds of a statement's date (see the module comment), capped by its source's publication. */
export function statementBounds(statement: Dated, source?: Published): Bounds {
  let { notBefore, notAfter } = dateBounds(statement.date);
  if (statement.dateApprox && statement.date.length === 10) {
    notBefore = statement.notBefore ? dateKey(statement.notBefore) : shift(notBefore, -APPROX_DAY_WINDOW);
    notAfter = statement.notAfter ? lastDayOf(statement.notAfter) : shift(notAfter, APPROX_DAY_WINDOW);
  } else if (statement.dateApprox) {
    if (statement.notBefore) notBefore = dateKey(statement.notBefore);
    if (statement.notAfter) notAfter = lastDayOf(statement.notAfter);
  }
  if (source && !source.publishedApprox) {
    const published = lastDayOf(source.published);
    // Never before the first day: a statement dated after its source is a mistake other rules name.
    if (published < notAfter) notAfter = published < notBefore ? notBefore : published;
  }
  return { notBefore, notAfter };
}

/** Whether `a` is certainly earlier than `b`, certainly not earlier (same day counts), or either. */
export type Order = 'before' | 'not-before' | 'uncertain';

export function order(a: Bounds, b: Bounds): Order {
  if (a.notAfter < b.notBefore) return 'before';
  if (a.notBefore >= b.notAfter) return 'not-before';
  return 'uncertain';
}

/** The earliest of several dated things (e.g. when a demand was first stated): undefined for none. */
export function earliest(bounds: Bounds[]): Bounds | undefined {
  if (bounds.length === 0) return undefined;
  return {
    notBefore: bounds.reduce((min, b) => (b.notBefore < min ? b.notBefore : min), bounds[0]!.notBefore),
    notAfter: bounds.reduce((min, b) => (b.notAfter < min ? b.notAfter : min), bounds[0]!.notAfter),
  };
}

/** The latest of several dated things (e.g. the last statement of a response): undefined for none. */
export function latest(bounds: Bounds[]): Bounds | undefined {
  if (bounds.length === 0) return undefined;
  return {
    notBefore: bounds.reduce((max, b) => (b.notBefore > max ? b.notBefore : max), bounds[0]!.notBefore),
    notAfter: bounds.reduce((max, b) => (b.notAfter > max ? b.notAfter : max), bounds[0]!.notAfter),
  };
}

type Lookup = {
  statement(id: string): Statement | undefined;
  source(id: string): Published | undefined;
};

const boundsOf = (ids: string[], lookup: Lookup) =>
  ids.flatMap((id) => {
    const statement = lookup.statement(id);
    return statement ? [statementBounds(statement, lookup.source(statement.source))] : [];
  });

/** When a demand was first stated, as bounds: the earliest of its statements. */
export const demandStart = (demand: Pick<Demand, 'statements'>, lookup: Lookup) =>
  earliest(boundsOf(demand.statements, lookup));

/**
 * Whether a response came after the demand it answers: its latest statement against the demand's
 * first. 'before' is an error (a response answers a demand already made); 'uncertain' is what the
 * page marks "order uncertain" and `npm run validate` warns about.
 */
export function responseOrder(
  demand: Pick<Demand, 'statements'>,
  response: Pick<DemandResponse, 'statements'>,
  lookup: Lookup,
): Order | undefined {
  const start = demandStart(demand, lookup);
  const answered = latest(boundsOf(response.statements, lookup));
  return start && answered ? order(answered, start) : undefined;
}
