import { expect, expectNoAxeViolations, model, test } from './fixtures';

test.describe('navigation', () => {
  test('the header reaches every page', async ({ page }) => {
    const pages = [
      ['Compare', 'Compare positions'],
      ['Issues', 'Issues'],
      ['Stakeholders', 'Stakeholders'],
      ['Statements', 'All statements'],
      ['Sources', 'Sources'],
      ['Matrix', 'Where each side stands'],
    ] as const;
    await page.goto('/');
    for (const [link, heading] of pages) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    }
  });

  test('matrix headers link to stakeholder and issue pages', async ({ page }) => {
    const side = model.stakeholders.at(-1)!;
    const issue = model.issues.at(-1)!;
    await page.goto('/');
    await page.getByRole('columnheader').getByRole('link', { name: side.name }).click();
    await expect(page).toHaveURL(new RegExp(`/stakeholders/${side.id}/$`));
    await page.goto('/');
    await page.getByRole('rowheader').getByRole('link', { name: issue.title }).click();
    await expect(page).toHaveURL(new RegExp(`/issues/${issue.id}/$`));
  });

  test('the indexes list every issue and stakeholder, and pass axe', async ({ page }) => {
    await page.goto('/issues/');
    for (const issue of model.issues)
      await expect(page.getByRole('link', { name: issue.title, exact: true })).toHaveAttribute(
        'href',
        `/issues/${issue.id}/`,
      );
    await expectNoAxeViolations(page);
    await page.goto('/stakeholders/');
    for (const s of model.stakeholders)
      await expect(page.getByRole('main').getByRole('link', { name: s.name, exact: true })).toHaveAttribute(
        'href',
        `/stakeholders/${s.id}/`,
      );
    await expectNoAxeViolations(page);
  });

  test('an unknown path is a 404, unknown stakeholders too', async ({ page }) => {
    for (const path of ['/no-such-page/', '/stakeholders/atlantis/']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    }
  });
});
