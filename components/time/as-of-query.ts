/**
 * `?asof=YYYY-MM-DD` in addresses: which pages keep it on their links (the views that read it, and
 * the indexes between them), so an analyst looking at 1 March stays in 1 March as they click through.
 * Pure: no React, no window.
 */
export const AS_OF_PARAM = 'asof';

const KEEPS = [/^\/$/, /^\/compare\/$/, /^\/charts\/$/, /^\/brief\/$/, /^\/(issues|stakeholders)\/([^/]+\/)?$/];

/** Whether a page at this path reads (or leads to pages that read) `?asof=`. */
export const keepsAsOf = (pathname: string) => KEEPS.some((re) => re.test(pathname));

/** A root-relative path of plain segments (no `.` or `..` segment, no query), then perhaps a plain `#fragment`. */
const PLAIN_PATH = /^((?:\/(?!\.\.?(?:\/|$|#))[A-Za-z0-9_~.-]+)*\/)(#[A-Za-z0-9_~.-]+)?$/;

/**
 * A link's address with `asof=day` added, or undefined when it should stay as it is: another site,
 * a page that does not read it, a link to a spot on this page, or one that already names a day.
 */
export function hrefWithAsOf(href: string, day: string, base: string): string | undefined {
  if (href.startsWith('#')) return undefined;
  // The common case without parsing (a page rewrites every link on it when the day changes): a plain
  // path on this site with no query, as the site's own links are written.
  const plain = PLAIN_PATH.exec(href);
  if (plain)
    return keepsAsOf(plain[1]!) ? `${plain[1]}?${AS_OF_PARAM}=${encodeURIComponent(day)}${plain[2] ?? ''}` : undefined;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(base).origin || !keepsAsOf(url.pathname) || url.searchParams.has(AS_OF_PARAM))
    return undefined;
  url.searchParams.set(AS_OF_PARAM, day);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** A query string a view writes back (filters, a selection) with the address's `asof` kept. */
export function withAsOf(query: string, current: URLSearchParams): string {
  const day = current.get(AS_OF_PARAM);
  if (!day) return query;
  const next = new URLSearchParams(query);
  if (!next.has(AS_OF_PARAM)) next.set(AS_OF_PARAM, day);
  return next.toString();
}
