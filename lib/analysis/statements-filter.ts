/**
 * Filters over a statement list — issue, stakeholder, actor, evidence kind, date range and text
 * search over quotes and summaries. Pure: the server renders the full list, the client leaf filters
 * the same digests.
 */
import type { StatementDigest } from '../digest';
import { dateKey } from '../dates';
import { foldQuotes } from '../quote-marks';
import type { StatementFilter } from '../url/statements';

// The filter's address (parse, check, write) is the URL-state module's: lib/url/statements.ts.
export { FILTER_KEYS, filterQuery, parseStatementFilter } from '../url/statements';
export type { FilterChoices, FilterKey, StatementFilter } from '../url/statements';

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
