/**
 * Security headers and self-containment, on every route the build produced: the server sends a
 * CSP with no outside origin and no 'unsafe-inline' for scripts, and Chromium reports no violation —
 * so every inline script Next wrote is covered by its hash — and no page requests another origin.
 */
import { expect, recordCspViolations, routes, test } from './fixtures';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

const NOT_FOUND = '/no-such-page-here/';

test('the build has routes to check', () => {
  expect(routes).toContain('/');
  expect(routes.length).toBeGreaterThan(1);
});

for (const route of [...routes, NOT_FOUND]) {
  test(`${route}: security headers, no CSP violation, no outside request`, async ({ page, offsite }) => {
    const violations = await recordCspViolations(page);
    const response = await page.goto(route);
    expect(response!.status()).toBe(route === NOT_FOUND ? 404 : 200);
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
    expect(await violations()).toEqual([]);
    expect(offsite).toEqual([]);
  });
}
