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
