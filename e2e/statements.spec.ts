import { digestStatement } from '../lib/digest';
import { filterStatements } from '../lib/analysis/statements-filter';
import { expect, expectNoAxeViolations, model, test } from './fixtures';

const all = model.statements.map(digestStatement);
const total = all.length;

test.describe('statement filters', () => {
  test('filter by issue and search: the count matches the data, and the URL keeps the filter', async ({ page }) => {
    await page.goto('/statements/');
    await expect(page.getByRole('status')).toHaveText(`${total} of ${total} statements`);
    const issue = model.issues[0]!;
    await page.getByRole('combobox', { name: 'Issue' }).selectOption(issue.id);
    const byIssue = filterStatements(all, { issue: issue.id });
    await expect(page.getByRole('status')).toHaveText(`${byIssue.length} of ${total} statements`);
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(byIssue.length);
    await expect(page).toHaveURL(new RegExp(`issue=${issue.id}`));
    // A word from a quote on that issue.
    const word = byIssue
      .flatMap((s) => s.quotes)
      .join(' ')
      .split(/\s+/)
      .find((w) => /^[a-z]{7,}$/i.test(w))!;
    await page.getByRole('searchbox', { name: 'Search quotes and summaries' }).fill(word);
    const both = filterStatements(all, { issue: issue.id, q: word });
    await expect(page.getByRole('status')).toHaveText(`${both.length} of ${total} statements`);
    await page.reload();
    await expect(page.getByRole('status')).toHaveText(`${both.length} of ${total} statements`);
    await expect(page.getByRole('combobox', { name: 'Issue' })).toHaveValue(issue.id);
  });

  test('filter by speaker, evidence kind and date', async ({ page }) => {
    const actor = model.actors.find((a) => model.statements.filter((s) => s.actor === a.id).length > 1)!;
    await page.goto('/statements/?evidence=direct-quote');
    await expect(page.getByRole('status')).toHaveText(
      `${filterStatements(all, { evidence: 'direct-quote' }).length} of ${total} statements`,
    );
    await page.goto(`/statements/?actor=${actor.id}`);
    await expect(page.getByRole('status')).toHaveText(
      `${filterStatements(all, { actor: actor.id }).length} of ${total} statements`,
    );
    const day = model.statements.at(-1)!.date;
    await page.goto('/statements/');
    await page.getByLabel('From date').fill(day);
    await expect(page.getByRole('status')).toHaveText(
      `${filterStatements(all, { from: day }).length} of ${total} statements`,
    );
  });

  test('filters on a stakeholder page count within that side', async ({ page }) => {
    const side = 'united-states';
    const own = all.filter((s) => s.stakeholder === side);
    const issue = model.issues.find((i) => own.some((s) => s.issues.includes(i.id)))!;
    await page.goto(`/stakeholders/${side}/`);
    await page.getByRole('combobox', { name: 'Issue' }).selectOption(issue.id);
    await expect(page.getByRole('status')).toHaveText(
      `${filterStatements(own, { issue: issue.id }).length} of ${own.length} statements`,
    );
  });

  test('an unknown filter value is reported and ignored', async ({ page }) => {
    await page.goto('/statements/?issue=weather');
    await expect(page.getByRole('alert').filter({ hasText: 'Unknown issue' })).toContainText(
      'Unknown issue, ignored: weather.',
    );
    await expect(page.getByRole('status')).toHaveText(`${total} of ${total} statements`);
  });

  test('without JavaScript the full list is there', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/statements/');
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(total);
    await context.close();
  });

  test('has no axe violations', async ({ page }) => {
    await page.goto('/statements/?issue=territory');
    await expectNoAxeViolations(page);
  });
});
