/** An axe scan of every route the build produced, and of the matrix with every cell opened. */
import { expect, expectNoAxeViolations, openPage, routes, test } from './fixtures';

for (const route of routes) {
  test(`${route} has no axe violations`, async ({ page }) => {
    await openPage(page, route);
    await expectNoAxeViolations(page);
  });
}

test('the matrix with every cell opened has no axe violations', async ({ page }) => {
  await page.goto('/');
  const opened = await page
    .locator('details')
    .evaluateAll((all) => all.map((d) => ((d as HTMLDetailsElement).open = true)).length);
  expect(opened).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
});

test('the not-found page has no axe violations', async ({ page }) => {
  await page.goto('/no-such-page-here/');
  await expectNoAxeViolations(page);
});
