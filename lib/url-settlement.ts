/**
 * What the settlement page's query means: `?territory=60&security=40` is a package, one point per
 * issue (0–100). The one place it is parsed and written (browser-safe, no imports), so the lead can
 * move it into lib/url/ whole. Unknown keys and values that are not numbers in 0–100 are reported,
 * never guessed at.
 */
export type Package = Record<string, number>;

export type ParsedPackage = { values: Package; ignored: { key: string; value: string; why: string }[] };

export function parseSettlementQuery(params: URLSearchParams, issueIds: readonly string[]): ParsedPackage {
  const known = new Set(issueIds);
  const values: Package = {};
  const ignored: ParsedPackage['ignored'] = [];
  for (const [key, value] of params) {
    if (key === 'asof') continue;
    if (!known.has(key)) {
      ignored.push({ key, value, why: 'not an issue of this dataset' });
      continue;
    }
    const n = value.trim() === '' ? NaN : Number(value);
    if (!Number.isFinite(n) || n < 0 || n > 100) ignored.push({ key, value, why: 'not a number from 0 to 100' });
    else values[key] = Math.round(n);
  }
  return { values, ignored };
}

/** The query for a package, issues in the dataset's order; an issue left blank is left out. */
export function settlementQuery(values: Package, issueIds: readonly string[]): string {
  return issueIds
    .filter((id) => values[id] !== undefined)
    .map((id) => `${encodeURIComponent(id)}=${values[id]}`)
    .join('&');
}
