/** An axe scan of every route the build produced, and of the matrix with a cell's detail open. */
import { positionTrack } from '../lib/analysis/positions';
import { expect, expectNoAxeViolations, model, openPage, routes, test } from './fixtures';

for (const route of routes) {
  test(`${route} has no axe violations`, async ({ page }) => {
    await openPage(page, route);
    await expectNoAxeViolations(page);
  });
}

// One opened cell per side (its first with a position, else its first): the detail panel's every variant.
const opened = model.stakeholders.map((side) => {
  const issue = model.issues.find((i) => positionTrack(model, side.id, i.id).current) ?? model.issues[0]!;
  return `${side.id}.${issue.id}`;
});

test('the matrix with a cell open, one per side, has no axe violations', async ({ page }) => {
  // Six pages, six scans: on a busy 2-core machine that takes longer than one page's 30 s.
  test.setTimeout(120_000);
  for (const key of opened) {
    await page.goto(`/?cell=${key}`);
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).not.toHaveText('Loading…');
    await expectNoAxeViolations(page);
  }
});

test('the not-found page has no axe violations', async ({ page }) => {
  await page.goto('/no-such-page-here/');
  await expectNoAxeViolations(page);
});
