/**
 * The matrix over time, on the history fixture build (lib/fixtures/history-data, fictional "Harbour
 * talks"; its README.md lists the dates and expected answers used here): the matrix and the cell panel
 * as of a day, the date control, change and staleness markers, and dates the view cannot show.
 */
import { cell, expect, historyData, test } from './fixtures';

const raw = historyData();
const position = (id: string) => raw.positions.find((p) => p.id === id)!;
// Northland on the pier: 0 on 20 Jan 2031, moved to 50 on 15 Mar 2031 (README).
const pierJan = position('northland-pier-jan');
const pierMar = position('northland-pier-mar');
const beforeMove = '2031-02-28';

test.describe('matrix as of a date', () => {
  test('before a change it shows the earlier position, not the later one, and a reload keeps it', async ({ page }) => {
    await page.goto(`/?asof=${beforeMove}`);
    const pier = cell(page, 'northland', 'pier');
    await expect(pier).toContainText(pierJan.headline!);
    await expect(pier).not.toContainText(pierMar.headline!);
    // Northland's position on the format was first stated on 15 Mar.
    await expect(cell(page, 'northland', 'format')).toContainText('No stated position');
    await expect(page.getByRole('status')).toHaveText(
      'Showing the positions as they stood at the end of 28 Feb 2031 — not the latest (30 Apr 2031).',
    );
    // Three statements were made by the end of 28 Feb (20 Jan twice, 10 Feb), from two sources.
    await expect(page.getByText(/^As of 28 Feb 2031: 3 statements from 2 sources\./)).toBeVisible();
    await page.reload();
    await expect(pier).toContainText(pierJan.headline!);
    await expect(pier).not.toContainText(pierMar.headline!);
    await expect(page.getByLabel('As of')).toHaveValue(beforeMove);
  });

  test('the date control sets the address, and Latest returns to the latest state', async ({ page }) => {
    await page.goto('/');
    const pier = cell(page, 'northland', 'pier');
    await expect(pier).toContainText(pierMar.headline!);
    await page.getByLabel('As of').fill(beforeMove);
    await expect(page).toHaveURL(new RegExp(`\\?asof=${beforeMove}$`));
    await expect(pier).toContainText(pierJan.headline!);
    await page.getByRole('button', { name: 'Latest' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(pier).toContainText(pierMar.headline!);
    await expect(page.getByRole('status')).toHaveText('');
  });

  test('links follow the date as it changes, and lose it at Latest', async ({ page }) => {
    await page.goto('/');
    const issueLink = page.getByRole('link', { name: raw.issues.find((i) => i.id === 'pier')!.title }).first();
    await expect(issueLink).toHaveAttribute('href', '/issues/pier/');
    await page.getByLabel('As of').fill(beforeMove);
    await expect(issueLink).toHaveAttribute('href', `/issues/pier/?asof=${beforeMove}`);
    // A second day: the links carry it, not the first one.
    await page.getByLabel('As of').fill('2031-03-31');
    await expect(page).toHaveURL(/\?asof=2031-03-31$/);
    await expect(issueLink).toHaveAttribute('href', '/issues/pier/?asof=2031-03-31');
    await expect(page.locator(`a[href*="asof=${beforeMove}"]`)).toHaveCount(0);
    await page.getByRole('button', { name: 'Latest' }).click();
    await expect(issueLink).toHaveAttribute('href', '/issues/pier/');
    await expect(page.locator('a[href*="asof="]')).toHaveCount(0);
    await issueLink.click();
    await expect(page).toHaveURL(/\/issues\/pier\/$/);
  });

  test('with a date set, clicking a cell opens its panel as of that date (not the issue page)', async ({ page }) => {
    await page.goto(`/?asof=${beforeMove}`);
    await cell(page, 'northland', 'pier').getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/\\?asof=${beforeMove}&cell=northland\\.pier$`));
    const panel = page.getByRole('dialog');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Northland on The pier, as of 28 Feb 2031');
    await expect(panel).toContainText(pierJan.summary);
  });

  test('typing a date part by part waits for the whole date (no jump to the latest)', async ({ page }) => {
    await page.goto(`/?asof=${beforeMove}`);
    const field = page.getByLabel('As of');
    await expect(page.locator(`[data-asof="${beforeMove}"]`)).toHaveCount(1);
    await field.click({ position: { x: 12, y: 8 } }); // the month, first in this locale (mm/dd/yyyy)
    await page.keyboard.type('03');
    await expect(page).toHaveURL(/\?asof=2031-03-28$/);
    await expect(field).toHaveValue('2031-03-28');
    await expect(cell(page, 'northland', 'pier')).toContainText(pierMar.headline!);
  });

  test('a date typed whole on the keyboard applies once, as one history entry; Back returns to the day before', async ({
    page,
  }) => {
    await page.goto(`/?asof=${beforeMove}`);
    await expect(page.locator(`[data-asof="${beforeMove}"]`)).toHaveCount(1);
    // Every day the matrix is drawn as of, in order (the wrapper's data-asof).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const day = document.querySelector('[data-asof]')?.getAttribute('data-asof');
        if (day && seen.at(-1) !== day) seen.push(day);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-asof'] });
    });
    const entries = await page.evaluate(() => history.length);
    const field = page.getByLabel('As of');
    await field.click({ position: { x: 12, y: 8 } }); // the month, first in this locale (mm/dd/yyyy)
    // Month, day and year: a whole date after each part, the last one the one meant.
    await page.keyboard.type('03312031');
    await expect(page).toHaveURL(/\?asof=2031-03-31$/);
    await expect(cell(page, 'northland', 'pier')).toContainText(pierMar.headline!);
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['2031-03-31']);
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`\\?asof=${beforeMove}$`));
    await expect(field).toHaveValue(beforeMove);
    await expect(cell(page, 'northland', 'pier')).toContainText(pierJan.headline!);
    await page.getByRole('button', { name: 'Latest' }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goBack();
    await expect(field).toHaveValue(beforeMove);
    await expect(cell(page, 'northland', 'pier')).toContainText(pierJan.headline!);
  });

  test('the open cell shows its detail as of the date', async ({ page }) => {
    await page.goto(`/?asof=${beforeMove}&cell=northland.pier`);
    const panel = page.getByRole('dialog');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Northland on The pier, as of 28 Feb 2031');
    await expect(panel).toContainText(pierJan.summary);
    await expect(panel).not.toContainText(pierMar.summary);
    await panel.getByRole('button', { name: /close/i }).click();
    await expect(page).toHaveURL(new RegExp(`\\?asof=${beforeMove}$`));
  });

  test('the open cell stays highlighted when the date changes, the first time (records loading) and after', async ({
    page,
  }) => {
    await page.goto('/?cell=northland.pier');
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText('Northland on The pier');
    // The cells' links drawn with a background (the highlight): in this matrix, only the open one has any.
    const highlighted = () =>
      page
        .locator('a[data-cell]')
        .evaluateAll((links) =>
          links
            .filter((a) => getComputedStyle(a).backgroundColor !== 'rgba(0, 0, 0, 0)')
            .map((a) => a.getAttribute('data-cell')),
        );
    await expect.poll(highlighted).toEqual(['northland.pier']);
    // The first date loads the records and draws the matrix anew; the second draws it from them.
    for (const day of [beforeMove, '2031-03-31']) {
      await page.getByLabel('As of (end of day)', { exact: true }).fill(day);
      await expect(page.locator(`[data-asof="${day}"]`)).toHaveCount(1);
      await expect.poll(highlighted).toEqual(['northland.pier']);
    }
    // Closed, nothing is highlighted.
    await page.getByRole('dialog').getByRole('button', { name: /close/i }).click();
    await expect.poll(highlighted).toEqual([]);
  });

  test('a date that is not a date, or before any data, says so plainly', async ({ page }) => {
    await page.goto('/?asof=2031-02-30');
    await expect(page.getByRole('status')).toContainText('2031-02-30, which is not a calendar date');
    await expect(cell(page, 'northland', 'pier')).toContainText(pierMar.headline!);
    await page.goto('/?asof=2030-06-01');
    await expect(page.getByRole('status')).toContainText(
      'Nothing on record by the end of 1 Jun 2030: the first statement is dated 20 Jan 2031.',
    );
    await expect(cell(page, 'northland', 'pier')).toContainText('No stated position');
    await expect(page.getByText(/^As of 1 Jun 2030: 0 statements from 0 sources\./)).toBeVisible();
  });
});

test.describe('change and staleness markers', () => {
  test('a moved position shows the earlier stance and its date', async ({ page }) => {
    // As of 31 Mar the default window is the 30 days before: Northland moved on 15 Mar, from 0 (20 Jan).
    await page.goto('/?asof=2031-03-31');
    const pier = cell(page, 'northland', 'pier');
    await expect(pier).toContainText('was 0/100 on 20 Jan 2031');
    await expect(pier).toContainText('▲');
    await expect(pier.getByText(/Changed: moved 50 points up/)).toBeAttached();
    await expect(page.getByText(/\(after 1 Mar 2031, 30 days before this view\)/)).toBeVisible();
    await expect(page.getByLabel('Mark changes', { exact: true })).toHaveValue('30');
    // Southmark restated 100 on 25 Apr: no change marker in the latest view, nor any other.
    await page.goto('/');
    await expect(page.locator('td').filter({ hasText: 'Changed:' })).toHaveCount(0);
    await expect(cell(page, 'northland', 'pier')).not.toContainText('was 0/100');
    // A chosen window (?since=) reaches back to the move.
    await page.goto('/?since=2031-02-28');
    await expect(cell(page, 'northland', 'pier')).toContainText('was 0/100 on 20 Jan 2031');
    await expect(page.getByText(/\(after 28 Feb 2031, 61 days before this view\)/)).toBeVisible();
    // The choice of window writes ?since=: the last 90 days before 30 Apr reach back to 30 Jan.
    await page.getByLabel('Mark changes', { exact: true }).selectOption('90');
    await expect(page).toHaveURL(/\?since=2031-01-30$/);
    await expect(cell(page, 'northland', 'pier')).toContainText('was 0/100 on 20 Jan 2031');
  });

  test('a stale position is flagged, in the static page too', async ({ browser }) => {
    // Observers on the pier: 20 Jan 2031, 100 days before the data's 30 Apr, past its 60-day window.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    const observers = cell(page, 'observers', 'pier');
    await expect(observers).toContainText('stated 100 days before this view');
    await expect(observers.getByText('Stale:')).toBeAttached();
    await expect(cell(page, 'southmark', 'pier')).not.toContainText('days before this view');
    await context.close();
  });
});
