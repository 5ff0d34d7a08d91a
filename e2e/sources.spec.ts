import { expect, expectNoAxeViolations, model, test } from './fixtures';

test('every source is listed with its inferred facts marked', async ({ page }) => {
  await page.goto('/sources/');
  for (const source of model.sources) {
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: source.title }) });
    await expect(item).toBeVisible();
    await expect(item).toContainText(source.outlet);
    await expect(item.getByText('(inferred)')).toHaveCount(source.inferred.filter((f) => f !== 'title').length);
  }
  await expectNoAxeViolations(page);
});

test('a statement’s "in context" link lands on its highlighted passage', async ({ page }) => {
  const statement = model.statements.find((s) => s.quotes.length > 0)!;
  await page.goto('/');
  const details = page.locator('td details').filter({ hasText: statement.quotes[0]!.slice(0, 30) }).first();
  await details.locator('summary').click();
  const link = details.locator(`a[href$="#st-${statement.id}"]`).first();
  await expect(link).toHaveAccessibleName(/In context/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/sources/${statement.source}/#st-${statement.id}$`));
  const target = page.locator(`[id="st-${statement.id}"]`);
  await expect(target).toBeInViewport();
  await expect(page.locator('mark.passage').filter({ hasText: statement.quotes[0]!.slice(0, 30) }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an unknown path shows the not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
