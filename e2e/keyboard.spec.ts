/** Keyboard-only journeys: no mouse, only Tab, Shift+Tab, Enter and Space — and a visible focus ring. */
import type { Page } from '@playwright/test';
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

test('matrix: open a cell’s detail and follow a statement to its passage, by keyboard alone', async ({ page }) => {
  await page.goto('/');
  // A cell that draws a position (the page's own data attribute); its first cited statement, from data/.
  const td = page.locator('td[data-position]').first();
  const id = await td.getAttribute('data-position');
  const position = model.positions.find((p) => p.id === id)!;
  const statement = model.statementById.get(position.statements[0]!)!;
  const link = td.locator('a[data-cell]');
  await tabTo(page, link);
  await expectFocusRing(link);
  await page.keyboard.press('Enter');
  const detail = page.getByRole('dialog');
  await expect(detail.getByRole('article').first()).toBeVisible();
  const passage = detail.locator(`a[href$="#st-${statement.id}"]`);
  await tabTo(page, passage, 30);
  await expectFocusRing(passage);
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
