import { cell, expect, expectNoAxeViolations, model, noPositionText, positionsOf, test } from './fixtures';

test.describe('issue pages', () => {
  test('reach an issue page from a matrix cell', async ({ page }) => {
    const issue = model.issues[0]!;
    const side = model.stakeholders[0]!;
    await page.goto('/');
    await cell(page, side.id, issue.id).getByRole('link').first().click();
    await page
      .getByRole('dialog')
      .getByRole('link', { name: new RegExp(`^Issue page\\s+for ${issue.title}`) })
      .click();
    await expect(page).toHaveURL(new RegExp(`/issues/${issue.id}/#side-${side.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(issue.title);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(issue.title);
  });

  test('shows the question, the scale, every side’s position and all statements in date order', async ({ page }) => {
    // The issue with the most history: a real test of earlier positions.
    const issue = [...model.issues].sort((a, b) => count(b.id) - count(a.id))[0]!;
    await page.goto(`/issues/${issue.id}/`);
    await expect(page.getByText(issue.question)).toBeVisible();
    for (const anchor of [issue.scale.min, issue.scale.mid, issue.scale.max])
      await expect(page.getByText(anchor.description)).toBeVisible();
    for (const s of model.stakeholders) {
      const [current, ...history] = positionsOf(s.id, issue.id);
      const region = page.getByRole('region', { name: s.name, exact: true });
      if (current) await expect(region).toContainText(current.summary);
      else await expect(region).toContainText(noPositionText(s.id, issue.id));
      for (const earlier of history)
        await expect(region.getByRole('heading', { name: /^Position history/ }))
          .toBeVisible()
          .then(() => expect(region).toContainText(earlier.summary));
    }
    const statements = model.statements.filter((s) => s.issues.includes(issue.id));
    await expect(page.getByRole('status')).toHaveText(`${statements.length} of ${statements.length} statements`);
    const dates = await page
      .getByRole('listitem')
      .locator('article time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates).toEqual(statements.map((s) => s.date));
    await expectNoAxeViolations(page);
  });

  test('an unknown issue is a 404', async ({ page }) => {
    const response = await page.goto('/issues/no-such-issue/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});

function count(issue: string) {
  return model.stakeholders.reduce((n, s) => n + Math.max(0, positionsOf(s.id, issue).length - 1), 0);
}
