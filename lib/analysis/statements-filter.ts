/**
 * Filters over a statement list — issue, stakeholder, actor, evidence kind, date range and text
 * search over quotes and summaries — and their URL form (`?issue=territory&q=concessions`).
 * Pure: the server renders the full list, the client leaf filters the same digests.
 */
// zod/mini: the same parser at a fraction of the size, since this runs in the browser too.
import * as z from 'zod/mini';
import type { StatementDigest } from '../digest';
import { dateKey } from '../dates';
import { foldQuotes } from '../quote-marks';
import type { SearchParamsLike } from '../params';

export const FILTER_KEYS = ['issue', 'stakeholder', 'actor', 'evidence', 'from', 'to', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type StatementFilter = Partial<Record<FilterKey, string>>;

/** The valid values of each choice filter, for the form and for checking the URL. */
export type FilterChoices = Record<'issue' | 'stakeholder' | 'actor' | 'evidence', { id: string; name: string }[]>;

const DateParam = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));
const Value = z.optional(z.string().check(z.trim(), z.maxLength(200)));
const Query = z.object(Object.fromEntries(FILTER_KEYS.map((k) => [k, Value])) as Record<FilterKey, typeof Value>);

const LABELS: Record<FilterKey, string> = {
  issue: 'issue',
  stakeholder: 'stakeholder',
  actor: 'speaker',
  evidence: 'evidence kind',
  from: 'from date',
  to: 'to date',
  q: 'search',
};

/** Reads the filter from the URL; an unknown value is dropped with a message, never thrown. */
export function parseStatementFilter(
  params: SearchParamsLike,
  choices: FilterChoices,
): { filter: StatementFilter; messages: string[] } {
  const raw = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.getAll(k)[0] || undefined]));
  const parsed = Query.safeParse(raw);
  const values: StatementFilter = parsed.success ? parsed.data : {};
  const filter: StatementFilter = {};
  const messages: string[] = [];
  for (const key of FILTER_KEYS) {
    const value = values[key];
    if (!value) continue;
    const valid =
      key === 'q'
        ? true
        : key === 'from' || key === 'to'
          ? DateParam.safeParse(value).success
          : choices[key].some((c) => c.id === value);
    if (valid) filter[key] = value;
    // What the user typed is not a speaker's words: no quotation marks, set off by a colon.
    else messages.push(`Unknown ${LABELS[key]}, ignored: ${value}.`);
  }
  if (!parsed.success) messages.push('Some filters in the address could not be read: ignored.');
  return { filter, messages };
}

/** The last day a partial date could mean, as a sortable key: "2025-08" → "2025-08-31". */
const lastDay = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

const normalise = (text: string) => foldQuotes(text.toLowerCase()).replace(/\s+/g, ' ');

// Each statement's searchable text, normalised once: at 10,000 statements, normalising on every
// keystroke costs more than the rest of a filter change.
const searchText = new WeakMap<object, string>();
function haystack(s: StatementDigest): string {
  let text = searchText.get(s);
  if (text === undefined) {
    text = [s.summary, ...s.quotes].map(normalise).join('\n');
    searchText.set(s, text);
  }
  return text;
}

/** Prepares the search text of every statement ahead of the first search (call when idle). */
export function prepareSearch(statements: readonly StatementDigest[]): void {
  for (const s of statements) haystack(s);
}

/** Statements matching every filter that is set. Dates compare by their first possible day. */
export function filterStatements<S extends StatementDigest>(statements: readonly S[], filter: StatementFilter): S[] {
  const q = filter.q ? normalise(filter.q.trim()) : '';
  return statements.filter(
    (s) =>
      (!filter.issue || s.issues.includes(filter.issue)) &&
      (!filter.stakeholder || s.stakeholder === filter.stakeholder) &&
      (!filter.actor || s.actorRecord.id === filter.actor) &&
      (!filter.evidence || s.evidence === filter.evidence) &&
      (!filter.from || dateKey(s.date) >= dateKey(filter.from)) &&
      (!filter.to || dateKey(s.date) <= lastDay(filter.to)) &&
      (!q || haystack(s).includes(q)),
  );
}

/** The URL query of a filter, empty values left out. */
export function filterQuery(filter: StatementFilter): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key]) params.set(key, filter[key]);
  return params.toString();
}
