/** Keyboard-only journeys: no mouse, only Tab, Shift+Tab, Enter and Space — and a visible focus ring. */
import type { Page } from '@playwright/test';
import { buildMatrix } from '../lib/analysis/positions';
import { expect, model, test } from './fixtures';

/** Presses Tab until `target` has focus (at most `max` times); fails if it never does. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 150) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

async function expectFocusRing(target: ReturnType<Page['locator']>) {
  await expect(target).toBeFocused();
  expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
}

test('matrix: open a cell’s statements and follow one to its passage, by keyboard alone', async ({ page }) => {
  const cell = buildMatrix(model)
    .flatMap((r) => r.cells)
    .find((c) => c.statements.length > 0)!;
  const statement = cell.statements[0]!;
  await page.goto('/');
  const td = page.locator(`td[data-stakeholder="${cell.stakeholder}"][data-issue="${cell.issue}"]`);
  const summary = td.locator('summary').filter({ hasText: 'Show the statements' });
  await tabTo(page, summary);
  await expectFocusRing(summary);
  await page.keyboard.press('Enter');
  await expect(td.getByRole('article').first()).toBeVisible();
  const link = td.locator(`a[href$="#st-${statement.id}"]`);
  await tabTo(page, link, 30);
  await expectFocusRing(link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#st-${statement.id}$`));
  await expect(page.locator(`[id="st-${statement.id}"]`)).toBeInViewport();
});

test('compare: tick a third side with Space and submit with Enter', async ({ page }) => {
  const [a, b, c] = model.stakeholders;
  await page.goto(`/compare/?s=${a!.id},${b!.id}`);
  const third = page.getByRole('checkbox', { name: c!.name });
  await tabTo(page, third);
  await expectFocusRing(third);
  await page.keyboard.press('Space');
  await expect(third).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`s=${a!.id}(,|%2C)${b!.id}(,|%2C)${c!.id}`));
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText(`${a!.name} vs ${b!.name} vs ${c!.name}`);
});
