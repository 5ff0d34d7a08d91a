/**
 * The compare view's URL: `?s=russia,ukraine&i=territory` (or repeated `s=…&s=…`, as a plain GET
 * form sends it). Unknown ids are reported, never thrown, and the view falls back to a sensible
 * default. Plain code, no zod: every value is a string already, and this runs in the browser on
 * /compare/ and /brief/, whose bundles stay free of a schema library.
 */

/** What URLSearchParams and Next's ReadonlyURLSearchParams both offer. */
export type SearchParamsLike = { getAll(name: string): string[] };

export type Choice = { id: string; name: string };

/** The ids a parameter lists, repeated or comma-separated: trimmed, lower-case, each once. */
function idList(values: string[]): string[] {
  return [
    ...new Set(
      values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

const readQuery = (params: SearchParamsLike) => ({ s: idList(params.getAll('s')), i: idList(params.getAll('i')) });

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
  const query = readQuery(params);
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
  const params = new URLSearchParams();
  if (stakeholders.length) params.set('s', stakeholders.join(','));
  if (issues.length && issues.length < allIssues.length) params.set('i', issues.join(','));
  return params.toString().replaceAll('%2C', ',');
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
  const query = readQuery(params);
  return {
    stakeholders: valid.stakeholders.filter((id) => query.s.includes(id)),
    issues: valid.issues.filter((id) => query.i.includes(id)),
    unknown: {
      stakeholders: query.s.filter((id) => !valid.stakeholders.includes(id)),
      issues: query.i.filter((id) => !valid.issues.includes(id)),
    },
  };
}

/** 1-based slide number from `slide`, clamped to the deck; 1 when missing or not a number. */
export function parseSlide(value: string | null, count: number): number {
  const n = Number.parseInt(value ?? '1', 10);
  if (!Number.isFinite(n) || count < 1) return 1;
  return Math.min(Math.max(n, 1), count);
}
