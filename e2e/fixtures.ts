/**
 * Shared by every spec: the model of the data folder the site was built from, read through the
 * project's own loader — so expectations come from data/, never from copied numbers — and an
 * axe scan that fails with a readable list.
 */
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { getModel } from '../lib/data';
import path from 'node:path';
import { formatProblem, readDataFolder } from '../lib/load';
import { outDir, siteRoutes } from '../lib/site/pages';

export const model = getModel();

export const test = base.extend<{ offsite: string[] }>({
  // Every request outside the site's own origin is recorded; specs assert there are none.
  offsite: async ({ page, baseURL }, provide) => {
    const requests: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) requests.push(url);
    });
    await provide(requests);
  },
});

export { expect };

export async function expectNoAxeViolations(page: Page, message = 'axe violations') {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, message).toEqual([]);
}

/**
 * A side's positions on an issue as data/ records them, latest first: the first is the current one,
 * the rest its history (the README's rule, "the latest one is the current one", as a plain sort —
 * expectations never ask the position-track code they check).
 */
export function positionsOf(stakeholder: string, issue: string, data: Pick<typeof model, 'positions'> = model) {
  return data.positions
    .filter((p) => p.stakeholder === stakeholder && p.issue === issue)
    .sort((a, b) => b.asOf.localeCompare(a.asOf));
}

/** The matrix cell of a stakeholder on an issue. */
/**
 * What a side's place on an issue says when no position stands, written from the data by hand: with
 * none of its statements on the issue (as of `day`, when given), "No stated position in the sources";
 * with some, that no position is drawn from them and how many there are.
 */
export function noPositionText(
  stakeholder: string,
  issue: string,
  { data = model, day }: { data?: Pick<typeof model, 'statements'>; day?: string } = {},
): string {
  const n = data.statements.filter(
    (s) => s.stakeholder === stakeholder && s.issues.includes(issue) && (!day || s.date.slice(0, 10) <= day),
  ).length;
  return n ? `No position drawn; ${n} related statement${n === 1 ? '' : 's'}` : 'No stated position in the sources';
}

export function cell(page: Page, stakeholder: string, issue: string) {
  return page.locator(`td[data-stakeholder="${stakeholder}"][data-issue="${issue}"]`);
}

/** Every route of the build under test, found by walking the export folder (not a hand-kept list). */
export const routes = siteRoutes(outDir());

/** Where the markup fixture build (out-markup/) is served: the port after the main one. */
export const markupBaseURL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

/**
 * Records Content-Security-Policy violations the page reports (a blocked inline script would show
 * here) — installed before any page script runs.
 */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      ),
    );
  });
  return async () => [
    ...console,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
  ];
}

/**
 * Opens a route and waits for its one main heading: a concrete sign the page is there, rather than
 * waiting for the network to fall quiet. `goto` itself resolves at the load event, after the
 * page's scripts have run.
 */
export async function openPage(page: Page, route: string) {
  await page.goto(route);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
}

/**
 * The history fixture (lib/fixtures/history-data, fictional) read through the project's own loader:
 * the records the out-history/ build was made from, for e2e/history-*.spec.ts expectations.
 */
export function historyData() {
  return fixtureData('lib/fixtures/history-data');
}

/** A data folder (a fixture's, or a scratch copy) read through the project's own loader; throws on a problem. */
export function fixtureData(dir: string) {
  const result = readDataFolder(path.resolve(dir));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.data;
}

/** Every route of the history fixture build (out-history/). */
export const historyRoutes = () => siteRoutes(path.resolve('out-history'));

/** The page's visible text with every disclosure open, and its title and aria-label values. */
export async function pageTexts(page: Page): Promise<string[]> {
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  return page.evaluate(() => [
    document.body.innerText,
    ...[...document.querySelectorAll('[title], [aria-label]')].flatMap((el) =>
      ['title', 'aria-label'].flatMap((name) => el.getAttribute(name) ?? []),
    ),
  ]);
}

/**
 * Clicks a chart's SVG download button (inside `within`: the chart's figure or its download group)
 * and returns the words the downloaded image draws, its <text> runs joined by spaces, entities read.
 */
export async function downloadedSvgText(page: Page, within: Locator): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    within.getByRole('button', { name: /^SVG/ }).click(),
  ]);
  const svg = fs.readFileSync((await download.path())!).toString();
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1]!)
    .join(' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A Content-Security-Policy (header or meta tag) as directive → values. */
export function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}
