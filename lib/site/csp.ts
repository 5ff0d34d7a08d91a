/**
 * Content-Security-Policy for the static build. Next's export inlines small scripts (the RSC
 * payload, bootstrap); rather than allow every inline script ('unsafe-inline'), each page's
 * policy lists the sha256 of the inline scripts that page actually contains.
 *
 * A large page has hundreds of inline scripts, and a header listing their hashes outgrows what
 * proxies accept (8 KiB). So a page's policy is delivered in two parts, both enforced by the browser:
 * - in the page itself, a `<meta http-equiv="Content-Security-Policy">` written at build time
 *   (`metaPolicy`): every directive but those a meta tag cannot carry, script-src with the hashes;
 * - in the HTTP header (`pageHeaderPolicy`, the same short line for every page): every directive
 *   but `default-src` and `script-src` (which would otherwise block the hashed scripts), and with
 *   `frame-ancestors`, which only a header can carry.
 * Anything that is not a page gets the whole base policy as its header (`defaultPolicy`).
 */
import crypto from 'node:crypto';

/** The directives every page shares. No outside origin appears anywhere. */
export const BASE_POLICY: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // React and Recharts set style attributes; styles cannot run code.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** The bodies of the inline `<script>` elements of an HTML page (those without `src`). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    // JSON data blocks are never executed, so CSP does not govern them.
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

export function sha256Source(script: string): string {
  return `'sha256-${crypto.createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The policy for one page: the base, with script-src allowing exactly this page's inline scripts. */
export function pagePolicy(html: string): string {
  const hashes = [...new Set(inlineScripts(html).map(sha256Source))].sort();
  return BASE_POLICY.map(([name, value]) =>
    name === 'script-src' && hashes.length ? `${name} ${value} ${hashes.join(' ')}` : `${name} ${value}`,
  ).join('; ');
}

/** Directives browsers ignore in a `<meta>` policy (and report as a console error there). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);
/** Directives that govern the page's scripts: carried by the meta tag only, with the hashes. */
const META_ONLY = new Set(['default-src', 'script-src']);

/** The policy a page carries in its `<meta>` tag: the page policy without header-only directives. */
export function metaPolicy(html: string): string {
  return pagePolicy(html)
    .split('; ')
    .filter((d) => !HEADER_ONLY.has(d.split(' ')[0]!))
    .join('; ');
}

/** The header every HTML page is served with (the same for all pages; the hashes are in the page). */
export function pageHeaderPolicy(): string {
  return BASE_POLICY.filter(([name]) => !META_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

const META_TAG = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/g;

/**
 * The page with its policy in a `<meta>` tag, placed right after `<meta charset>` (which must stay in
 * the first 1,024 bytes) and before any script. A tag from an earlier run is replaced, not doubled.
 */
export function withMetaPolicy(html: string): string {
  const clean = html.replace(META_TAG, '');
  const tag = `<meta http-equiv="Content-Security-Policy" content="${metaPolicy(clean).replace(/"/g, '&quot;')}"/>`;
  const charset = /<meta charset="?utf-8"?\s*\/?>/i.exec(clean);
  const head = /<head\b[^>]*>/i.exec(clean);
  const at = charset ? charset.index + charset[0].length : head ? head.index + head[0].length : -1;
  if (at < 0) throw new Error('no <head> to put the Content-Security-Policy <meta> tag in');
  return clean.slice(0, at) + tag + clean.slice(at);
}

/** The policy for anything that is not an HTML page (scripts, styles, RSC payloads): no inline code at all. */
export function defaultPolicy(): string {
  return BASE_POLICY.map(([name, value]) => `${name} ${value}`).join('; ');
}
