import type { Page } from '@playwright/test';
import { cell, expect, expectNoAxeViolations, model, noPositionText, routes, test } from './fixtures';
import { formatStance } from '../lib/stance';

/**
 * What each cell shows, read from the page's own data attributes (which position a cell draws, by
 * id); the records come from data/ through the loader. Which position stands is checked with
 * hand-written answers in the unit tests (lib/time/, lib/fixtures/history-data/README.md), not here.
 */
type Shown = { stakeholder: string; issue: string; position?: (typeof model.positions)[number] };
async function shownCells(page: Page): Promise<Shown[]> {
  await page.goto('/');
  const attrs = await page.locator('td[data-stakeholder]').evaluateAll((tds) =>
    tds.map((td) => ({
      stakeholder: td.dataset.stakeholder!,
      issue: td.dataset.issue!,
      position: td.dataset.position,
    })),
  );
  return attrs.map(({ stakeholder, issue, position }) => ({
    stakeholder,
    issue,
    ...(position ? { position: model.positions.find((p) => p.id === position)! } : {}),
  }));
}
const statementsOf = (c: Shown) => (c.position?.statements ?? []).map((id) => model.statementById.get(id)!);
const quotedCount = (c: Shown) => statementsOf(c).filter((s) => s.quotes.length > 0).length;
/** The cell with the most directly quoted statements: a real test of the quote list. */
const mostQuoted = (cells: Shown[]) => [...cells].sort((a, b) => quotedCount(b) - quotedCount(a))[0]!;
const key = (c: Shown) => `${c.stakeholder}.${c.issue}`;
const nameOf = (id: string) => model.stakeholderById.get(id)!.name;
const titleOf = (id: string) => model.issueById.get(id)!.title;
const panel = (page: Page) => page.getByRole('dialog');
const rowHeights = (page: Page) =>
  page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));

test.describe('position matrix', () => {
  test('shows every stakeholder and issue in data/', async ({ page, offsite }) => {
    await page.goto('/');
    const table = page.getByRole('table', { name: /positions by issue/i });
    await expect(table.getByRole('columnheader')).toHaveText(['Issue', ...model.stakeholders.map((s) => s.name)]);
    const rowHeaders = table.getByRole('rowheader');
    await expect(rowHeaders).toHaveCount(model.issues.length);
    for (const [i, issue] of model.issues.entries()) await expect(rowHeaders.nth(i)).toContainText(issue.title);
    expect(offsite).toEqual([]);
  });

  // Every placed stance's number and the key are on the first screen (the test below, 'the judgement,
  // visible'); rows with no stance may run below it now that cells print their stance in words.
  test('sits below the header, 1280 px wide at most', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/');
    const header = (await page.getByRole('banner').boundingBox())!;
    const box = (await page.getByRole('table', { name: /positions by issue/i }).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(header.y + header.height);
    expect(box.y).toBeLessThan(720);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
  });

  test('a cell opens beside the matrix with the quotes, speakers and passages, rows unchanged', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const quotedCell = mostQuoted(await shownCells(page));
    const before = await rowHeights(page);
    const quoted = statementsOf(quotedCell).find((s) => s.quotes.length > 0)!;
    await expect(page.getByText(quoted.quotes[0]!, { exact: false })).toHaveCount(0);
    await cell(page, quotedCell.stakeholder, quotedCell.issue).getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`\\?cell=${key(quotedCell)}$`));
    const detail = panel(page);
    await expect(detail.getByRole('heading', { level: 2 })).toHaveText(
      `${nameOf(quotedCell.stakeholder)} on ${titleOf(quotedCell.issue)}`,
    );
    await expect(detail).toContainText(quotedCell.position!.summary);
    await expect(detail.getByRole('article')).toHaveCount(quotedCell.position!.statements.length);
    const card = detail
      .getByRole('article', { name: `Statement by ${quoted.actorRecord.name}` })
      .filter({ hasText: quoted.quotes[0]!.slice(0, 40) });
    await expect(card).toBeVisible();
    await expect(card.locator(`a[href$="#st-${quoted.id}"]`)).toBeVisible();
    expect(await rowHeights(page)).toEqual(before);
    await detail.getByRole('button', { name: /close/i }).click();
    await expect(detail).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
  });

  test('?cell= opens that cell, and a reload keeps it open', async ({ page }) => {
    const target = (await shownCells(page)).find((c) => c.position?.conflicts.length)!;
    await page.goto(`/?cell=${key(target)}`);
    const heading = `${nameOf(target.stakeholder)} on ${titleOf(target.issue)}`;
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(heading);
    await expect(panel(page)).toContainText(target.position!.conflicts[0]!.summary);
    await page.reload();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(heading);
  });

  test('cells with no sourced position say so; a side with no position record on an issue shows none', async ({
    page,
  }) => {
    const cells = await shownCells(page);
    const hasRecord = (c: Shown) => model.positions.some((p) => p.stakeholder === c.stakeholder && p.issue === c.issue);
    expect(cells).toHaveLength(model.stakeholders.length * model.issues.length);
    for (const c of cells) {
      if (!hasRecord(c)) expect(c.position, key(c)).toBeUndefined();
      if (!c.position)
        await expect(cell(page, c.stakeholder, c.issue)).toContainText(noPositionText(c.stakeholder, c.issue));
      else {
        expect(c.position.stakeholder).toBe(c.stakeholder);
        expect(c.position.issue).toBe(c.issue);
        await expect(cell(page, c.stakeholder, c.issue)).not.toContainText('No stated position');
      }
    }
  });

  test('flags a side whose own statements conflict — the US on the summit format', async ({ page }) => {
    const cells = await shownCells(page);
    expect(cells.filter((c) => c.position?.conflicts.length).map(key)).toContain('united-states.summit-format');
    for (const c of cells) {
      const flag = cell(page, c.stakeholder, c.issue).getByText('Own statements conflict');
      await expect(flag).toHaveCount(c.position?.conflicts.length ? 1 : 0);
    }
  });

  test('stances are labelled marks on a mini scale; unplaced positions say what they are', async ({ page }) => {
    for (const c of (await shownCells(page)).filter((c) => c.position)) {
      const td = cell(page, c.stakeholder, c.issue);
      const stance = c.position!.stance;
      if (stance) {
        await expect(
          td.getByRole('img', { name: new RegExp(`stance: ${formatStance(stance, 'spoken')}`) }),
        ).toBeVisible();
        // A range is drawn as a visible bar over its extent; a point draws none.
        await expect(td.locator('[data-range]')).toHaveCount(stance.value === undefined ? 1 : 0);
        if (stance.value === undefined) await expect(td.locator('[data-range]')).toBeVisible();
      } else {
        // One vocabulary, by the side's role in data/stakeholders.json.
        const role = model.stakeholderById.get(c.stakeholder)!.role ?? 'party';
        const words = {
          party: 'Not placed on the scale',
          analysts: 'Analysts’ reading',
          'source-analysis': 'Source’s own analysis',
        };
        await expect(td.getByText(new RegExp(`^${words[role]}`))).toBeVisible();
      }
    }
  });

  test('without JavaScript each cell links to its place on the issue page', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    const cells = await shownCells(page);
    for (const c of cells)
      await expect(cell(page, c.stakeholder, c.issue).getByRole('link').first()).toHaveAttribute(
        'href',
        `/issues/${c.issue}/#side-${c.stakeholder}`,
      );
    const target = mostQuoted(cells);
    await cell(page, target.stakeholder, target.issue).getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/issues/${target.issue}/#side-${target.stakeholder}$`));
    const region = page.getByRole('region', { name: nameOf(target.stakeholder), exact: true });
    await expect(region).toBeInViewport();
    await expect(region).toContainText(target.position!.summary);
    await context.close();
  });

  test('no page scrolls sideways at 390 px', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const wide: string[] = [];
    for (const route of routes) {
      await page.goto(route);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${route}: ${width}px`);
    }
    expect(wide).toEqual([]);
  });

  test('has no axe violations, closed and with a cell open', async ({ page }) => {
    await page.goto('/');
    await expectNoAxeViolations(page);
    await page.goto('/?cell=united-states.summit-format');
    await expect(panel(page).getByRole('article').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('the judgement, visible at 1280×720', () => {
  test('every placed stance shows its number on the first screen, with the key to read it', async ({ page }) => {
    // Which position each cell draws is the page's (data-position); its stance comes from data/ via the loader.
    const placed = (await shownCells(page)).flatMap((c) => (c.position?.stance ? [c.position] : []));
    expect(placed.length).toBeGreaterThan(0);
    for (const p of placed) {
      const number = page.locator(`td[data-position="${p.id}"] [data-stance-number]`);
      await expect(number).toBeVisible();
      // Expected from data/ through the loader: "90–100" for a range, "80" for a point.
      const s = p.stance!;
      await expect(number).toHaveText(s.value !== undefined ? `${s.value}` : `${s.min}–${s.max}`);
      const box = (await number.boundingBox())!;
      expect(box.y + box.height, `${p.id}'s stance number below the first screen`).toBeLessThanOrEqual(720);
    }
    const key = page.getByTestId('matrix-key');
    await expect(key).toContainText('Not placed on the scale');
    await expect(key).toContainText('Analysts’ reading');
    await expect(key).toContainText('Source’s own analysis');
    await expect(key).toContainText('◆');
    const keyBox = (await key.boundingBox())!;
    expect(keyBox.y + keyBox.height).toBeLessThanOrEqual(720);
  });

  test('a range is a bar with no mark at its middle', async ({ page }) => {
    await page.goto('/');
    const ranged = model.positions.find((p) => p.stance && p.stance.value === undefined)!;
    const cellEl = page.locator(`td[data-position="${ranged.id}"]`);
    await expect(cellEl.locator('[data-range]')).toHaveCount(1);
    // A side mark is an svg in the scale; a range draws none.
    await expect(cellEl.locator('[role="img"] svg')).toHaveCount(0);
  });

  test('each issue row names its key gap between two parties, never an analysts’ column', async ({ page }) => {
    await page.goto('/');
    const notes = await page.locator('[data-key-gap]').allInnerTexts();
    expect(notes.length).toBeGreaterThan(0);
    const assessors = model.stakeholders.filter((s) => s.role && s.role !== 'party').map((s) => s.name);
    for (const note of notes) {
      expect(note).toMatch(/–.+: \d+(–\d+)? points apart/);
      for (const name of assessors) expect(note).not.toContain(name);
    }
  });
});
