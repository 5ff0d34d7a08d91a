/**
 * The seed's what-if and proposals: `/settlement/?<issue>=<value>` shows each side's distance on
 * that issue and survives a reload; expected stances come from data/ through the loader.
 */
import { expect, model, test } from './fixtures';

const stanceOf = (side: string, issue: string) =>
  model.positions
    .filter((p) => p.stakeholder === side && p.issue === issue)
    .sort((a, b) => (a.asOf < b.asOf ? 1 : -1))[0]?.stance;

test('a package point on territory shows each side’s distance and survives a reload', async ({ page }) => {
  const russia = stanceOf('russia', 'territory')!;
  const ukraine = stanceOf('ukraine', 'territory')!;
  // 60 lies below Russia's range and inside Kyiv's (written from the data's ranges, not the app's code).
  expect(russia.min).toBeGreaterThan(60);
  expect(ukraine.max).toBeGreaterThanOrEqual(60);
  await page.goto('/settlement/?territory=60');
  for (let pass = 0; pass < 2; pass++) {
    const section = page.locator('section[data-issue="territory"]');
    await expect(section.locator('li[data-side="russia"]')).toContainText(
      `${russia.min! - 60} points from its stance (outside its range)`,
    );
    await expect(section.locator('li[data-side="ukraine"]')).toContainText(
      '0 points from its stance (inside its range)',
    );
    await expect(section.locator('li[data-side="europe"]')).toContainText('nothing can be said');
    await expect(page.getByTestId('zone-territory')).toContainText(
      'no zone: Ukraine’s and Russia’s stated positions leave no overlap',
    );
    await expect(page.getByTestId('model-panel')).toContainText('not a forecast');
    if (pass === 0) await page.reload();
  }
});

test('the proposals index lists the seed’s two proposals', async ({ page }) => {
  await page.goto('/proposals/');
  await expect(page.getByRole('link', { name: /Trump’s sequence/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Moscow’s stated conditions/ })).toBeVisible();
});
