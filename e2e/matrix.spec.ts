import { buildMatrix, cellStatementLimit } from '../lib/analysis/positions';
import { cell, expect, expectNoAxeViolations, model, test } from './fixtures';
import { formatStance } from '../lib/stance';

const matrix = buildMatrix(model);
const cells = matrix.flatMap((row) => row.cells);

test.describe('position matrix', () => {
  test('shows every stakeholder and issue in data/', async ({ page, offsite }) => {
    await page.goto('/');
    const table = page.getByRole('table', { name: /positions by issue/i });
    const columnHeaders = table.getByRole('columnheader');
    await expect(columnHeaders).toHaveText(['Issue', ...model.stakeholders.map((s) => s.name)]);
    const rowHeaders = table.getByRole('rowheader');
    await expect(rowHeaders).toHaveCount(model.issues.length);
    for (const [i, issue] of model.issues.entries()) {
      await expect(rowHeaders.nth(i)).toContainText(issue.title);
    }
    expect(offsite).toEqual([]);
  });

  test('a cell opens to the quotes behind it, with speaker, date and channel', async ({ page }) => {
    // The cell with the most directly quoted statements: a real test of the quote list.
    const target = [...cells].sort(
      (a, b) => b.statements.filter((s) => s.quotes.length).length - a.statements.filter((s) => s.quotes.length).length,
    )[0]!;
    await page.goto('/');
    const td = cell(page, target.stakeholder, target.issue);
    const quoted = target.statements.find((s) => s.quotes.length > 0)!;
    await expect(td.getByText(quoted.quotes[0]!, { exact: false })).toBeHidden();
    await td.getByText('Show the statements').click();
    await expect(td.getByRole('article')).toHaveCount(Math.min(target.statements.length, cellStatementLimit(matrix)));
    const card = td
      .getByRole('article', { name: `Statement by ${quoted.actorRecord.name}` })
      .filter({ hasText: quoted.quotes[0]!.slice(0, 40) });
    await expect(card).toBeVisible();
    await expect(card).toContainText(quoted.actorRecord.role);
    await expect(card).toContainText(quoted.channel);
  });

  test('cells with no sourced position say so — the whole Europe column among them', async ({ page }) => {
    await page.goto('/');
    const empty = cells.filter((c) => !c.track.current);
    expect(empty.filter((c) => c.stakeholder === 'europe')).toHaveLength(model.issues.length);
    for (const c of empty) {
      await expect(cell(page, c.stakeholder, c.issue)).toContainText('No stated position in the sources');
    }
    for (const c of cells.filter((c) => c.track.current)) {
      await expect(cell(page, c.stakeholder, c.issue)).not.toContainText('No stated position');
    }
  });

  test('flags a side whose own statements conflict — the US on the summit format', async ({ page }) => {
    await page.goto('/');
    const conflicted = cells.filter((c) => c.conflicts.length > 0);
    expect(conflicted.map((c) => `${c.stakeholder}/${c.issue}`)).toContain('united-states/summit-format');
    for (const c of cells) {
      const flag = cell(page, c.stakeholder, c.issue).getByText('Own statements conflict');
      if (c.conflicts.length > 0) await expect(flag).toBeVisible();
      else await expect(flag).toHaveCount(0);
    }
    const us = cell(page, 'united-states', 'summit-format');
    await us.getByText('Show the statements').click();
    await expect(us.getByText(c0(conflicted).summary)).toBeVisible();
  });

  test('stances read in words and as a labelled mark', async ({ page }) => {
    await page.goto('/');
    for (const c of cells.filter((c) => c.track.current?.stance)) {
      const stance = c.track.current!.stance!;
      const td = cell(page, c.stakeholder, c.issue);
      await expect(td.getByText(`Stance ${formatStance(stance)}`)).toBeVisible();
      await expect(
        td.getByRole('img', { name: new RegExp(`stance: ${formatStance(stance, 'spoken')}`) }),
      ).toBeVisible();
    }
  });

  test('works with JavaScript disabled', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('columnheader')).toHaveCount(model.stakeholders.length + 1);
    const withPosition = cells.find((c) => c.track.current)!;
    const td = cell(page, withPosition.stakeholder, withPosition.issue);
    await td.getByText('Show the statements').click();
    await expect(td.getByRole('article').first()).toBeVisible();
    await context.close();
  });

  test('has no axe violations, closed and with a cell open', async ({ page }) => {
    await page.goto('/');
    await expectNoAxeViolations(page);
    await cell(page, 'united-states', 'summit-format').getByText('Show the statements').click();
    await expectNoAxeViolations(page);
  });
});

function c0(list: typeof cells) {
  return list.find((c) => c.stakeholder === 'united-states' && c.issue === 'summit-format')!.conflicts[0]!;
}
