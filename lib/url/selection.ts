/**
 * Compare's and the deck's selection: `?s=russia,ukraine&i=territory` (or repeated `s=…&s=…`, as a
 * plain GET form sends it). Unknown ids are reported, never thrown, and the view falls back to a
 * sensible default.
 */
import { idList, queryOf, type SearchParamsLike } from './query';

export type Choice = { id: string; name: string };

export type CompareSelection = {
  stakeholders: string[];
  issues: string[];
  /** The valid ids the URL asked for, for the form's ticks (may be fewer than two stakeholders). */
  requested: { stakeholders: string[]; issues: string[] };
  unknown: { stakeholders: string[]; issues: string[] };
  /** Plain-language notes on what was not understood and what is shown instead. */
  messages: string[];
};

/** Default comparison: the first two stakeholders in file order, on every issue. */
export function parseCompareParams(
  params: SearchParamsLike,
  choices: { stakeholders: Choice[]; issues: Choice[] },
): CompareSelection {
  const query = { s: idList(params, 's'), i: idList(params, 'i') };
  const known = (list: Choice[]) => new Set(list.map((c) => c.id));
  const stakeholderIds = known(choices.stakeholders);
  const issueIds = known(choices.issues);
  // Keep file order, whatever order the URL uses, so a view reads the same as the matrix.
  const validStakeholders = choices.stakeholders.map((c) => c.id).filter((id) => query.s.includes(id));
  const validIssues = choices.issues.map((c) => c.id).filter((id) => query.i.includes(id));
  const unknown = {
    stakeholders: query.s.filter((id) => !stakeholderIds.has(id)),
    issues: query.i.filter((id) => !issueIds.has(id)),
  };
  const messages: string[] = [];
  if (unknown.stakeholders.length)
    messages.push(
      `Unknown stakeholder${unknown.stakeholders.length > 1 ? 's' : ''}: ${unknown.stakeholders.join(', ')}.`,
    );
  if (unknown.issues.length)
    messages.push(`Unknown issue${unknown.issues.length > 1 ? 's' : ''}: ${unknown.issues.join(', ')}.`);
  const defaults = choices.stakeholders.slice(0, 2).map((c) => c.id);
  let stakeholders = validStakeholders;
  if (validStakeholders.length < 2) {
    stakeholders = defaults;
    if (query.s.length > 0) {
      const names = defaults.map((id) => choices.stakeholders.find((c) => c.id === id)?.name ?? id).join(' and ');
      messages.push(`A comparison needs at least two known stakeholders: showing ${names} instead.`);
    }
  }
  const issues = validIssues.length > 0 ? validIssues : choices.issues.map((c) => c.id);
  if (query.i.length > 0 && validIssues.length === 0) messages.push('No known issue chosen: showing every issue.');
  return {
    stakeholders,
    issues,
    requested: { stakeholders: validStakeholders, issues: validIssues },
    unknown,
    messages,
  };
}

/** The canonical URL query of a selection; every issue chosen is written as none. */
export function compareQuery(
  stakeholders: readonly string[],
  issues: readonly string[],
  allIssues: readonly string[],
): string {
  return queryOf({ s: stakeholders, i: issues.length < allIssues.length ? issues : undefined });
}

export type Selection = {
  stakeholders: string[];
  issues: string[];
  unknown: { stakeholders: string[]; issues: string[] };
};

/**
 * The deck's narrowing, with the same `s` and `i` parameters: any subset, none meaning all;
 * unknown ids are dropped and reported.
 */
export function parseSelection(
  params: SearchParamsLike,
  valid: { stakeholders: string[]; issues: string[] },
): Selection {
  const query = { s: idList(params, 's'), i: idList(params, 'i') };
  return {
    stakeholders: valid.stakeholders.filter((id) => query.s.includes(id)),
    issues: valid.issues.filter((id) => query.i.includes(id)),
    unknown: {
      stakeholders: query.s.filter((id) => !valid.stakeholders.includes(id)),
      issues: query.i.filter((id) => !valid.issues.includes(id)),
    },
  };
}
