/**
 * Links while a page is as of a day, on the history fixture build (lib/fixtures/history-data,
 * fictional; its README.md lists the dates used here): every link to a page of the site carries the
 * day in its own address, a click goes there as of that day, and the pages that show only the latest
 * data say so.
 */
import { cell, expect, historyData, test } from './fixtures';

const raw = historyData();
const DAY = '2031-02-28';
const pierTitle = raw.issues.find((i) => i.id === 'pier')!.title;

test('on the matrix as of a day, every link to an issue, a side or the indexes carries the day', async ({ page }) => {
  await page.goto(`/?asof=${DAY}`);
  await expect(page.locator(`[data-asof="${DAY}"]`)).toHaveCount(1);
  const toViews = page.locator('a[href^="/issues/"], a[href^="/stakeholders/"], a[href^="/compare/"]');
  expect(await toViews.count()).toBeGreaterThan(raw.issues.length);
  await expect(page.locator('a[href^="/issues/"]:not([href*="asof="])')).toHaveCount(0);
  await expect(page.locator('a[href^="/stakeholders/"]:not([href*="asof="])')).toHaveCount(0);
  // The matrix cells too (a new tab or a copied address keeps the day), though a click opens the panel.
  await expect(cell(page, 'northland', 'pier').locator('a[data-cell]').first()).toHaveAttribute(
    'href',
    `/issues/pier/?asof=${DAY}#side-northland`,
  );
});

test('a click on a link goes to the page as of the same day', async ({ page }) => {
  await page.goto(`/?asof=${DAY}`);
  await page.getByRole('link', { name: pierTitle }).first().click();
  await expect(page).toHaveURL(new RegExp(`/issues/pier/\\?asof=${DAY}$`));
  await expect(page.getByTestId('as-of-notice')).toContainText('As of 28 Feb 2031');
});

test('a page that shows only the latest data says so when a link brings the day', async ({ page }) => {
  await page.goto(`/issues/pier/?asof=${DAY}`);
  await expect(page.getByTestId('as-of-notice')).toContainText('As of 28 Feb 2031');
  const toSource = page.locator('main a[href^="/sources/"]:visible').first();
  await expect(toSource).toHaveAttribute('href', new RegExp(`\\?asof=${DAY}`));
  await toSource.click();
  await expect(page.getByTestId('as-of-dropped')).toContainText(
    'cannot be shown as of a day: this is the latest data (as of 30 Apr 2031), not 28 Feb 2031.',
  );
  await page.goto(`/statements/?asof=${DAY}`);
  await expect(page.getByTestId('as-of-dropped')).toContainText('The list of statements cannot be shown as of a day');
  await page.goto('/statements/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByTestId('as-of-dropped')).toHaveCount(0);
});
