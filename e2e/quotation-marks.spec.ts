/**
 * Quotation marks are for verbatim words: on every page of the build and of the markup fixture
 * build, every span of three or more words in quotation marks — in the visible text and in title
 * and aria-label attributes — stands in a source text or is a source's title (lib/quote-check.ts,
 * which lib/quote-check.test.ts turns red with a paraphrase in quotation marks).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildModel } from '../lib/model';
import { formatProblem, readDataFolder } from '../lib/load';
import { quoteChecker } from '../lib/quote-check';
import { siteRoutes } from '../lib/site/pages';
import { writeMarkupData } from '../scripts/markup-fixture';
import { expect, markupBaseURL, model, openPage, pageTexts, routes, test } from './fixtures';

const seedCheck = quoteChecker({ texts: model.texts.values(), titles: model.sources.map((s) => s.title) });

for (const route of routes) {
  test(`${route}: words in quotation marks stand in a source`, async ({ page }) => {
    await openPage(page, route);
    expect(seedCheck(await pageTexts(page))).toEqual([]);
  });
}

// Views worked out in the browser from /data/history.json: checked once they are drawn.
const computed = [
  {
    route: '/changes/?from=2025-07-31&to=2025-08-31',
    drawn: 'h2:text-is("Changes after 31 Jul 2025 up to and including 31 Aug 2025")',
  },
  // The deck puts only the slide shown in the page: slide 2 is the first changes slide.
  { route: '/brief/?since=2025-08-01&slide=2', drawn: '.deck:not([data-pending]) .slide[data-slide^="changes"]' },
];
for (const { route, drawn } of computed) {
  test(`${route}: words in quotation marks stand in a source`, async ({ page }) => {
    await openPage(page, route);
    await page.locator(drawn).waitFor({ state: 'attached' });
    expect(seedCheck(await pageTexts(page))).toEqual([]);
  });
}

test.describe('the markup fixture build', () => {
  test.use({ baseURL: markupBaseURL });
  // The same data the fixture build used, read through the loader for its source texts.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-quotes-'));
  writeMarkupData(scratch);
  const result = readDataFolder(scratch);
  fs.rmSync(scratch, { recursive: true, force: true });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const markupModel = buildModel(result.data);
  const check = quoteChecker({ texts: markupModel.texts.values(), titles: markupModel.sources.map((s) => s.title) });

  for (const route of siteRoutes(path.resolve('out-markup'))) {
    test(`${route}: words in quotation marks stand in a source`, async ({ page }) => {
      await openPage(page, route);
      expect(check(await pageTexts(page))).toEqual([]);
    });
  }
});
