/**
 * A settlement package in the address: one number on the issue's 0–100 scale per issue id
 * (`/settlement/?territory=60&security=80`). Ready for the settlement page; an unknown issue or a
 * value that is not a whole number from 0 to 100 is dropped with a message, never thrown. `from` names
 * the start the package came from (`from=side:ukraine`, `from=proposal:<id>`), so a shared link can
 * still say where a number came from (a side's range started at its middle); the page checks the name.
 */
import type { SearchParamsLike } from './query';

/** A package: one point (0–100) per issue id. */
export type Package = Record<string, number>;

export type Settlement = { values: Package; messages: string[]; from?: string };

/**
 * The what-if address's own names beside the issue ids: `asof` may ride along on any page's address,
 * `from` names the start. An issue may not take one as its id (the validator says so).
 */
export const SETTLEMENT_OWN_PARAMS = ['asof', 'from'] as const;

const FROM = /^(side|proposal):[a-z0-9][a-z0-9-]*$/;

const WHOLE = /^\d{1,3}$/;

/** The package the address names, for these issue ids (in their order). */
export function parseSettlement(
  params: SearchParamsLike & { keys(): Iterable<string> },
  issues: readonly string[],
): Settlement {
  const values: Record<string, number> = {};
  const messages: string[] = [];
  for (const id of issues) {
    const value = params.getAll(id)[0]?.trim();
    if (!value) continue;
    const n = Number(value);
    if (WHOLE.test(value) && n <= 100) values[id] = n;
    else messages.push(`The value for ${id}, ${value.slice(0, 40)}, is not a whole number from 0 to 100: ignored.`);
  }
  const from = params.getAll('from')[0]?.trim();
  if (from && !FROM.test(from)) messages.push(`Not a start point, ignored: from=${from.slice(0, 40)}.`);
  // Every name but the address's own must be an issue.
  const own: readonly string[] = SETTLEMENT_OWN_PARAMS;
  const unknown = [...new Set(params.keys())].filter((key) => !own.includes(key) && !issues.includes(key));
  if (unknown.length) messages.push(`Not an issue in the data, ignored: ${unknown.join(', ')}.`);
  return { values, messages, ...(from && FROM.test(from) ? { from } : {}) };
}

/** The address of a package: issues in the given order, unset ones left out, then the start it came from. */
export function settlementQuery(
  values: Record<string, number | undefined>,
  issues: readonly string[],
  from?: string,
): string {
  const params = new URLSearchParams();
  for (const id of issues) if (values[id] !== undefined) params.set(id, String(values[id]));
  if (from && params.size > 0) params.set('from', from);
  return params.toString();
}
