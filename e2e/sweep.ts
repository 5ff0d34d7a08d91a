/**
 * One sweep per built page: each page of a build (found by walking its export folder,
 * lib/site/pages.ts) is visited once, and that one visit runs every whole-site check —
 *
 * - security: the server's headers (nosniff, no referrer) and a CSP with no outside origin and no
 *   'unsafe-inline' or 'unsafe-eval' for scripts; Chromium reports no CSP violation (so every inline
 *   script Next wrote is covered by its hash); no console error or uncaught exception (a hydration
 *   error is one); no request to another origin;
 * - accessibility: an axe scan with no violation;
 * - quotation marks: every span of three or more words in quotation marks — visible text, title and
 *   aria-label attributes, every disclosure open — stands in a source text or is a source's title
 *   (lib/quote-check.ts).
 *
 * Besides the plain pages: the not-found page (404, security and axe); every page again with every
 * URL parameter it reads (lib/url/pages.ts), so the code an address loads on demand is checked too
 * (security and quotation marks, once the view is drawn); the build's views over time computed in
 * the browser (security and quotation marks); and the matrix with one cell's detail open per side
 * (every variant of the panel: all three checks). Each build's spec (sweep.spec.ts for the seed and
 * markup builds, history-/size-/settlement-sweep.spec.ts for the fixtures) calls `sweep` once; a
 * failure names the page in the test's title and the check in its step and message.
 */
import type { Page } from '@playwright/test';
import path from 'node:path';
import type { Model } from '../lib/model';
import { quoteChecker } from '../lib/quote-check';
import { siteRoutes } from '../lib/site/pages';
import { dataRange, paramsOf, queryOf, type ParamName } from '../lib/url';
import { directives, expect, expectNoAxeViolations, pageTexts, recordCspViolations, test } from './fixtures';

export const NOT_FOUND = '/no-such-page-here/';

export type Build = {
  /** Named in every test title, e.g. "history build". */
  name: string;
  /** The export folder the build was written to, e.g. `out-history`. */
  out: string;
  /** The data the build was made from, read through the project's loader. */
  model: Model;
  /** Where it is served, when not at the project's own baseURL. */
  baseURL?: string;
  /** Views worked out in the browser, each with the sign that it is drawn. */
  overTime?: [url: string, drawn: (page: Page) => Promise<void>][];
};

/** Console errors and uncaught exceptions, recorded from the start. */
function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    // The not-found page's own 404 response is logged as a failed load: that one is expected.
    if (message.type() === 'error' && !/status of 404 \(Not Found\)/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * A value for every parameter a page reads, from the build's data: a day inside the data (an as-of
 * view is computed), the first two sides, the first issue, a slide, a search.
 */
export function exampleParams(model: Model): Record<ParamName, string> {
  const range = dataRange(model);
  const day = model.statements.map((s) => s.date).find((d) => d.length === 10 && d > range.first && d < range.last);
  return {
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
}

/** The checks one visit runs; each a step, so a failure names the check as well as the page. */
type Checks = {
  headers: boolean;
  axe: boolean;
  quotes: boolean;
  status: number;
  drawn?: (page: Page) => Promise<void>;
};

export function sweep(build: Build) {
  const { name, model } = build;
  const routes = siteRoutes(path.resolve(build.out));
  const example = exampleParams(model);
  const withQueries = routes.flatMap((route) => {
    const names = paramsOf(route);
    return names.length ? [`${route}?${queryOf(Object.fromEntries(names.map((n) => [n, example[n]])))}`] : [];
  });
  const quotes = quoteChecker({ texts: model.texts.values(), titles: model.sources.map((s) => s.title) });
  // One opened cell per side (its first issue with a position, else its first issue): a plain lookup.
  const opened = model.stakeholders.map((side) => {
    const issue =
      model.issues.find((i) => model.positions.some((p) => p.stakeholder === side.id && p.issue === i.id)) ??
      model.issues[0]!;
    return `/?cell=${side.id}.${issue.id}`;
  });

  const visit = async (page: Page, offsite: string[], url: string, checks: Checks) => {
    const violations = await recordCspViolations(page);
    const errors = recordErrors(page);
    const response = await page.goto(url);
    expect(response!.status(), `${url}: status`).toBe(checks.status);
    if (checks.headers)
      await test.step('security headers and CSP', async () => {
        const headers = response!.headers();
        expect(headers['x-content-type-options'], `${url}: X-Content-Type-Options`).toBe('nosniff');
        expect(headers['referrer-policy'], `${url}: Referrer-Policy`).toBe('no-referrer');
        // The page's script rules and hashes travel in its <meta> policy (lib/site/csp.ts); the header has the rest.
        const meta =
          /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(await response!.text())?.[1] ?? '';
        const policy = new Map([...directives(meta), ...directives(headers['content-security-policy'] ?? '')]);
        expect(policy.get('frame-ancestors'), `${url}: CSP frame-ancestors`).toEqual(["'none'"]);
        expect(policy.get('default-src'), `${url}: CSP default-src`).toEqual(["'self'"]);
        expect(policy.get('object-src'), `${url}: CSP object-src`).toEqual(["'none'"]);
        const scriptSrc = policy.get('script-src') ?? [];
        expect(scriptSrc, `${url}: CSP script-src`).not.toContain("'unsafe-inline'");
        expect(scriptSrc, `${url}: CSP script-src`).not.toContain("'unsafe-eval'");
        for (const values of policy.values()) {
          for (const value of values)
            expect(value, `${url}: no outside origin in the CSP`).not.toMatch(
              /^(https?:|\*|\/\/)|^[a-z0-9.-]+\.[a-z]{2,}/i,
            );
        }
      });
    await test.step('loaded: no CSP violation, no console error, no outside request', async () => {
      // A blocked inline script is reported while the page loads, before its heading is checked.
      await expect(page.getByRole('heading', { level: 1 }), `${url}: one main heading`).toHaveCount(1);
      await page.waitForLoadState('networkidle');
      // Parts that load as the reader reaches them (the charts): bring each into view, so that it loads
      // and is checked like the rest.
      const waiting = page.locator('[aria-busy="true"]');
      for (let left = await waiting.count(); left > 0; left = await waiting.count()) {
        // A part may finish loading on its own between the count and the scroll (an address's records
        // arriving): then there is nothing to scroll to, and the count below has already dropped.
        await waiting
          .first()
          .scrollIntoViewIfNeeded({ timeout: 5_000 })
          .catch(() => undefined);
        await expect.poll(() => waiting.count(), `${url}: a part in view loads`).toBeLessThan(left);
      }
      // The code and records an address asks for are loaded on demand: wait until they are drawn.
      await expect(page.locator('[aria-busy="true"], [data-pending]'), `${url}: drawn`).toHaveCount(0);
      if (checks.drawn) await checks.drawn(page);
      expect(await violations(), `${url}: CSP violations`).toEqual([]);
      expect(errors, `${url}: console errors`).toEqual([]);
      expect(offsite, `${url}: requests outside the site`).toEqual([]);
    });
    if (checks.axe) await test.step('axe', () => expectNoAxeViolations(page, `${url}: axe violations`));
    // Last: it opens every disclosure.
    if (checks.quotes)
      await test.step('quotation marks', async () =>
        expect(quotes(await pageTexts(page)), `${url}: words in quotation marks that stand in no source`).toEqual([]));
  };

  test.describe(name, () => {
    if (build.baseURL) test.use({ baseURL: build.baseURL });
    // One visit does the work of three former tests (security, axe, quotation marks), each of which
    // had 30 s: the visit gets their sum, as a busy 2-core machine needs it.
    test.describe.configure({ timeout: 90_000 });

    test('the build has routes to check, and every page that reads parameters is swept with them', () => {
      expect(routes).toContain('/');
      expect(routes.length).toBeGreaterThan(1);
      expect(withQueries).toContain(`/?${queryOf({ asof: example.asof, since: example.since, cell: example.cell })}`);
      expect(withQueries.some((url) => url.startsWith('/brief/?slide=2'))).toBe(true);
    });

    const all = { headers: true, axe: true, quotes: true, status: 200 };
    for (const route of routes) {
      test(`${route}: security, axe, quotation marks`, async ({ page, offsite }) => {
        await visit(page, offsite, route, all);
      });
    }

    for (const url of [NOT_FOUND, `${NOT_FOUND}?asof=${example.asof}`]) {
      test(`${url} (not found): security, axe`, async ({ page, offsite }) => {
        await visit(page, offsite, url, { ...all, status: 404, quotes: false });
      });
    }

    const computed = { headers: false, axe: false, quotes: true, status: 200 };
    for (const url of withQueries) {
      test(`${url}: no CSP violation, console error or outside request; quotation marks`, async ({ page, offsite }) => {
        await visit(page, offsite, url, computed);
      });
    }

    for (const [url, drawn] of build.overTime ?? []) {
      test(`${url} (computed in the browser): no CSP violation, console error or outside request; quotation marks`, async ({
        page,
        offsite,
      }) => {
        await visit(page, offsite, url, { ...computed, drawn });
      });
    }

    test('the matrix with a cell open, one per side: security, axe, quotation marks', async ({ page, offsite }) => {
      // One page and one scan a side: on a busy 2-core machine that takes longer than one page's 30 s.
      test.setTimeout(30_000 + 30_000 * opened.length);
      for (const url of opened)
        await test.step(url, () =>
          visit(page, offsite, url, {
            ...all,
            headers: false,
            drawn: (p) =>
              expect(p.getByRole('dialog').getByRole('heading', { level: 2 }), `${url}: panel drawn`).not.toHaveText(
                'Loading…',
              ),
          }),
        );
    });
  });
}
