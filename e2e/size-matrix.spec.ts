/**
 * The size fixture's home matrix (9 sides: one more than fit as cards at 1280 px, so the compact
 * matrix) read from a projector: squares large enough to read across a room, the whole table on one
 * 1280-px screen. The sizes are the README's (9–12 sides: 36-px squares, 16-px numbers).
 */
import { expect, test } from '@playwright/test';
import { buildModel } from '../lib/model';
import { fixtureData } from './fixtures';

const model = buildModel(fixtureData('lib/fixtures/size-data'));

test('nine sides: the compact matrix draws 36-px squares with 16-px numbers, all on one 1280-px screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  const matrix = page.getByRole('region', { name: 'Position matrix (compact)' });
  const squares = matrix.locator('a[data-cell]');
  await expect(squares).toHaveCount(model.stakeholders.length * model.issues.length);
  const sizes = await squares.evaluateAll((links) =>
    links.map((a) => ({ h: a.getBoundingClientRect().height, font: parseFloat(getComputedStyle(a).fontSize) })),
  );
  expect(Math.min(...sizes.map((s) => s.h))).toBeGreaterThanOrEqual(36);
  expect(Math.min(...sizes.map((s) => s.font))).toBeGreaterThanOrEqual(16);
  // No square out of sight: the table scrolls nowhere at 1280 px.
  expect(await matrix.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});

test('without JavaScript, a key beside the compact matrix names every side in full, on the first 1280×720 screen', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL,
    viewport: { width: 1280, height: 720 },
  });
  const page = await context.newPage();
  await page.goto('/');
  const sideKey = page.getByTestId('side-key');
  await expect(sideKey).toBeVisible();
  // Every side from the data through the loader: its abbreviation and its full name, both on screen.
  for (const s of model.stakeholders) {
    const entry = sideKey.locator(`[data-stakeholder="${s.id}"]`);
    await expect(entry.locator('dt')).toHaveText(s.abbreviation);
    await expect(entry.locator('dd')).toHaveText(s.name);
    const box = (await entry.boundingBox())!;
    expect(box.y + box.height, `${s.name} in the key below the first screen`).toBeLessThanOrEqual(720);
  }
  // The matrix still fits across: nothing to scroll, so no line says to.
  const matrix = page.getByRole('region', { name: 'Position matrix (compact)' });
  expect(await matrix.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(matrix.getByText(/Scroll sideways/)).toBeHidden();
  // The README's guild/waters has no stance and rests on the Guild's own words: a dash, not an "A".
  const square = matrix.locator('a[data-cell="guild.waters"]');
  await expect(square).toHaveText('–');
  await expect(square).toHaveAccessibleName(
    /^Harbourmasters’ Guild on Lagoon waters: position not placed on the scale: /,
  );
  await context.close();
});

test('on a 390-px phone the compact matrix says it scrolls sideways, and the issue names stay put while it does', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const matrix = page.getByRole('region', { name: 'Position matrix (compact)' });
  await matrix.scrollIntoViewIfNeeded();
  expect(await matrix.evaluate((el) => el.scrollWidth > el.clientWidth), 'the 9 sides fit a phone').toBe(true);
  await expect(matrix.getByText(`Scroll sideways for all ${model.stakeholders.length} sides`)).toBeVisible();
  await matrix.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  const frame = (await matrix.boundingBox())!;
  // Every issue's heading (issue order from the data) still starts at the region's left edge, readable.
  for (const issue of model.issues) {
    const head = matrix.getByRole('rowheader', { name: issue.title });
    const box = (await head.boundingBox())!;
    expect(box.x, `${issue.title} scrolled out of sight`).toBeGreaterThanOrEqual(frame.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
  }
  // And the last side's squares are now in sight beside them.
  const last = model.stakeholders.at(-1)!;
  const square = (await matrix.locator(`td[data-stakeholder="${last.id}"]`).first().boundingBox())!;
  expect(square.x + square.width, `${last.name}'s column still out of sight`).toBeLessThanOrEqual(
    frame.x + frame.width + 1,
  );
});
