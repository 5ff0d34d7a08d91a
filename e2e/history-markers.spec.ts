/**
 * What moved, marked where it moved (issue 19, item 3), on the history fixture build
 * (lib/fixtures/history-data; its README gives the dates used here): as of the very day a stance
 * moved, the cell carries a change marker in the default window; the matrix's window can start at
 * one of the data's events; a stale marker recedes below a change marker.
 * Red when: the default window leaves out its last day (the move day gets no marker), the event
 * choice writes another day or forgets the event, or stale is drawn as loud as a change.
 */
import { cell, expect, historyData, test } from './fixtures';

const raw = historyData();
// Northland's pier stance moved 0 → 50 on 15 Mar 2031 (README).
const moveDay = raw.positions.find((p) => p.id === 'northland-pier-mar')!.asOf;
const deadline = raw.events.find((e) => e.id === 'southmark-deadline')!;

test('as of the day a stance moved, its cell carries a change marker in the default window', async ({ page }) => {
  expect(moveDay).toBe('2031-03-15');
  await page.goto(`/?asof=${moveDay}`);
  const pier = cell(page, 'northland', 'pier');
  await expect(pier.locator('[data-marker="change"]')).toHaveCount(1);
  await expect(pier.locator('[data-marker="change"]')).toContainText('▲');
  await expect(page.getByLabel('Mark changes', { exact: true })).toHaveValue('30');
  // The day before the move there is nothing to mark.
  await page.goto('/?asof=2031-03-14');
  await expect(cell(page, 'northland', 'pier').locator('[data-marker="change"]')).toHaveCount(0);
});

test('the matrix marks changes since an event: the window starts the day before it, and the menu keeps it', async ({
  page,
}) => {
  // Latest view (30 Apr 2031): the default 30 days miss the 15 Mar move.
  await page.goto('/');
  const pier = cell(page, 'northland', 'pier');
  await expect(pier.locator('[data-marker="change"]')).toHaveCount(0);
  const menu = page.getByLabel('Mark changes', { exact: true });
  await menu.selectOption({ label: `since 1 Mar 2031: ${deadline.label}` });
  await expect(page).toHaveURL(/[?&]since=2031-02-28(&|$)/);
  await expect(pier.locator('[data-marker="change"]')).toHaveCount(1);
  await expect(menu).toHaveValue(`event:${deadline.date}`);
  await page.reload();
  await expect(page.getByLabel('Mark changes', { exact: true })).toHaveValue(`event:${deadline.date}`);
});

test('a stale marker recedes: smaller, lighter and less heavy than a change marker', async ({ page }) => {
  // As of 31 Mar: Northland moved on 15 Mar (change); the observers' 20 Jan range is 70 days old (stale, > 60).
  await page.goto('/?asof=2031-03-31');
  const change = cell(page, 'northland', 'pier').locator('[data-marker="change"]');
  const stale = cell(page, 'observers', 'pier').locator('[data-marker="stale"]');
  await expect(change).toBeVisible();
  await expect(stale).toBeVisible();
  const look = (el: Element) => {
    const s = getComputedStyle(el);
    // The text colour as sRGB (Tailwind's colours are oklch): painted on a canvas and read back.
    const paint = document.createElement('canvas').getContext('2d')!;
    paint.fillStyle = s.color;
    paint.fillRect(0, 0, 1, 1);
    const [r, g, b] = paint.getImageData(0, 0, 1, 1).data;
    return { size: parseFloat(s.fontSize), weight: Number(s.fontWeight), ink: 0.2126 * r! + 0.7152 * g! + 0.0722 * b! };
  };
  const [c, s] = [await change.evaluate(look), await stale.evaluate(look)];
  expect(s.size).toBeLessThan(c.size);
  expect(s.weight).toBeLessThan(c.weight);
  // Lighter ink (a higher luminance of the text colour) than the change marker's.
  expect(s.ink).toBeGreaterThan(c.ink);
});

test('the changes page, which has its own window, says so when a link brings a day', async ({ page }) => {
  await page.goto('/changes/?asof=2031-02-28');
  await expect(page.getByTestId('as-of-dropped')).toContainText('28 Feb 2031');
  await page.goto('/changes/');
  await expect(page.getByTestId('as-of-dropped')).toHaveCount(0);
});

test('a side’s first stance inside the window is marked placed on the scale, as the legend promises', async ({
  page,
}) => {
  // README: Northland's first position on "Who sits at the table" (format), 15 Mar 2031 at 0, lies inside
  // the 30 days before 31 Mar; nothing of Northland stood on that issue at the window's start.
  await page.goto('/?asof=2031-03-31');
  const format = cell(page, 'northland', 'format').locator('[data-marker="change"]');
  await expect(format).toHaveCount(1);
  await expect(format).toContainText('◇');
  await expect(format).toContainText('first stance on record');
});
