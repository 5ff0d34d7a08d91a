/**
 * Content-Security-Policy for the static build. Next's export inlines small scripts (the RSC
 * payload, bootstrap); rather than allow every inline script ('unsafe-inline'), each page's
 * policy lists the sha256 of the inline scripts that page actually contains.
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

/** The policy for anything that is not an HTML page (scripts, styles, RSC payloads): no inline code at all. */
export function defaultPolicy(): string {
  return BASE_POLICY.map(([name, value]) => `${name} ${value}`).join('; ');
}
