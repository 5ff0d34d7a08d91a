/**
 * The statement filter's address (`?issue=territory&q=concessions`): issue, stakeholder, speaker
 * (`actor`), evidence kind, date range (`from`, `to`: YYYY, YYYY-MM or YYYY-MM-DD) and a search.
 * An unknown value is dropped with a message, never thrown.
 */
import { queryOf, valueOf, type SearchParamsLike } from './query';

export const FILTER_KEYS = ['issue', 'stakeholder', 'actor', 'evidence', 'from', 'to', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type StatementFilter = Partial<Record<FilterKey, string>>;

/** The valid values of each choice filter, for the form and for checking the URL. */
export type FilterChoices = Record<'issue' | 'stakeholder' | 'actor' | 'evidence', { id: string; name: string }[]>;

const FILTER_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** The longest value read; a longer one is not a filter anyone typed. */
const MAX_LENGTH = 200;

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
  const filter: StatementFilter = {};
  const messages: string[] = [];
  let tooLong = false;
  for (const key of FILTER_KEYS) {
    const value = valueOf(params, key)?.trim();
    if (!value) continue;
    if (value.length > MAX_LENGTH) {
      tooLong = true;
      continue;
    }
    const valid =
      key === 'q'
        ? true
        : key === 'from' || key === 'to'
          ? FILTER_DATE.test(value)
          : choices[key].some((c) => c.id === value);
    if (valid) filter[key] = value;
    // What the user typed is not a speaker's words: no quotation marks, set off by a colon.
    else messages.push(`Unknown ${LABELS[key]}, ignored: ${value}.`);
  }
  if (tooLong) messages.push('Some filters in the address could not be read: ignored.');
  return { filter, messages };
}

/** The URL query of a filter, empty values left out. */
export const filterQuery = (filter: StatementFilter): string =>
  queryOf(Object.fromEntries(FILTER_KEYS.map((key) => [key, filter[key]])));
