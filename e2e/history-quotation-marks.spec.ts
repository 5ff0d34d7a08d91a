/**
 * On the history fixture build, as on the seed build: words in quotation marks stand in a source
 * text or are a source's title — on every page, and on the views over time (as-of, changes, the
 * deck since a date), whose text is computed in the browser.
 */
import type { Page } from '@playwright/test';
import { buildModel } from '../lib/model';
import { quoteChecker } from '../lib/quote-check';
import { expect, historyData, historyRoutes, openPage, pageTexts, test } from './fixtures';

const raw = historyData();
const model = buildModel(raw);
const check = quoteChecker({ texts: model.texts.values(), titles: model.sources.map((s) => s.title) });

// A day before Northland's move (15 Mar 2031) and the window around it: each is computed in the
// browser, so the check waits until that view is drawn (not the static latest state it replaces).
const overTime: [string, (page: Page) => Promise<void>][] = [
  ['/?asof=2031-02-28', (page) => expect(page.locator('[data-asof="2031-02-28"]')).toHaveCount(1)],
  [
    '/changes/?from=2031-02-28&to=2031-03-31',
    (page) =>
      expect(
        page.getByRole('heading', { name: 'Changes after 28 Feb 2031 up to and including 31 Mar 2031' }),
      ).toBeVisible(),
  ],
  [
    '/brief/?since=2031-02-28',
    (page) => expect(page.locator('[aria-label*="What changed since 28 Feb 2031"]').first()).toBeAttached(),
  ],
  [
    '/issues/pier/?asof=2031-02-28',
    (page) => expect(page.getByTestId('as-of-notice')).toContainText('As of 28 Feb 2031: positions'),
  ],
];

for (const route of historyRoutes()) {
  test(`history build ${route}: words in quotation marks stand in a source`, async ({ page }) => {
    await openPage(page, route);
    expect(check(await pageTexts(page))).toEqual([]);
  });
}

for (const [route, drawn] of overTime) {
  test(`history build ${route} (computed in the browser): words in quotation marks stand in a source`, async ({
    page,
  }) => {
    await openPage(page, route);
    await drawn(page);
    expect(check(await pageTexts(page))).toEqual([]);
  });
}
