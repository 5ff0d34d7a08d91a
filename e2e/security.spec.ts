/**
 * Security headers and self-containment, on every route the build produced: the server sends a
 * CSP with no outside origin and no 'unsafe-inline' for scripts, and Chromium reports no violation —
 * so every inline script Next wrote is covered by its hash — and no page requests another origin.
 * Each route is loaded plain and again with every parameter it reads (lib/url/pages.ts), so the code
 * an address loads on demand (an as-of view, the deck over time, a filter) is checked too; and no
 * page, the not-found page included, logs an error to the console.
 */
import type { Page } from '@playwright/test';
import { directives, expect, model, recordCspViolations, routes, test } from './fixtures';
import { dataRange, paramsOf, queryOf, type ParamName } from '../lib/url';

const NOT_FOUND = '/no-such-page-here/';

/** Console errors and uncaught exceptions (a hydration error is one), recorded from the start. */
function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    // The not-found page's own 404 response is logged as a failed load: that one is expected.
    if (message.type() === 'error' && !/status of 404 \(Not Found\)/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

// A value for every parameter a page reads, from data/ through the loader: a day inside the data
// (an as-of view is computed), the first two sides, the first issue, a slide, a search.
const range = dataRange(model);
const day = model.statements.map((s) => s.date).find((d) => d.length === 10 && d > range.first && d < range.last);
const EXAMPLE: Record<ParamName, string> = {
  asof: day ?? range.first,
  since: range.first,
  cell: `${model.stakeholders[0]!.id}.${model.issues[0]!.id}`,
  s: model.stakeholders
    .slice(0, 2)
    .map((s) => s.id)
    .join(','),
  i: model.issues[0]!.id,
  slide: '2',
  view: 'presenter',
  theme: 'dark',
  from: range.first,
  to: range.last,
  issue: model.issues[0]!.id,
  stakeholder: model.stakeholders[0]!.id,
  actor: model.statements[0]!.actor,
  evidence: model.statements[0]!.evidence,
  q: 'the',
};
/** The route with every parameter it reads, or undefined for a route that reads none. */
function withParams(route: string): string | undefined {
  const names = paramsOf(route);
  return names.length ? `${route}?${queryOf(Object.fromEntries(names.map((n) => [n, EXAMPLE[n]])))}` : undefined;
}
const withQueries = routes.flatMap((route) => withParams(route) ?? []);

test('every page that reads parameters is swept with them', () => {
  expect(withQueries).toContain(`/?${queryOf({ asof: EXAMPLE.asof, since: EXAMPLE.since, cell: EXAMPLE.cell })}`);
  expect(withQueries.some((url) => url.startsWith('/brief/?slide=2'))).toBe(true);
});

test('the build has routes to check', () => {
  expect(routes).toContain('/');
  expect(routes.length).toBeGreaterThan(1);
});

for (const route of [...routes, NOT_FOUND, `${NOT_FOUND}?asof=${EXAMPLE.asof}`]) {
  test(`${route}: security headers, no CSP violation, no console error, no outside request`, async ({
    page,
    offsite,
  }) => {
    const violations = await recordCspViolations(page);
    const errors = recordErrors(page);
    const response = await page.goto(route);
    expect(response!.status()).toBe(route.startsWith(NOT_FOUND) ? 404 : 200);
    const headers = response!.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    // The page's script rules and hashes travel in its <meta> policy (lib/site/csp.ts); the header has the rest.
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(await response!.text())?.[1] ?? '';
    const policy = new Map([...directives(meta), ...directives(headers['content-security-policy'] ?? '')]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    const scriptSrc = policy.get('script-src') ?? [];
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    for (const values of policy.values()) {
      for (const value of values)
        expect(value, 'no outside origin in the CSP').not.toMatch(/^(https?:|\*|\/\/)|^[a-z0-9.-]+\.[a-z]{2,}/i);
    }
    // A blocked inline script is reported while the page loads, before its heading is checked.
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
  });
}

for (const url of withQueries) {
  test(`${url}: no CSP violation, no console error, no outside request`, async ({ page, offsite }) => {
    const violations = await recordCspViolations(page);
    const errors = recordErrors(page);
    expect((await page.goto(url))!.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    // The code and records an address asks for are loaded on demand: wait until they are drawn.
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[aria-busy="true"], [data-pending]')).toHaveCount(0);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(offsite).toEqual([]);
  });
}
