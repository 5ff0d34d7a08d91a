import { expect, expectNoAxeViolations, model, positionsOf, test } from './fixtures';

/**
 * Worked out by hand from data/ (positions.json, demands.json; current stances as of 7 Aug 2025):
 * - Russia vs Ukraine: only territory has red lines between them — Ukraine rules out Moscow's
 *   condition (withdrawal and recognition) and rejects, citing those very words, both Russian
 *   demands (withdrawal; recognition): two clashing pairs. Stances 90–100 and 0–85: the gap is at
 *   least 90 − 85 = 5 and at most 100 − 0 = 100 points.
 * - Russia, Ukraine and the United States: territory and security have no common ground among
 *   them (no accepted demand; Russia–Ukraine 5–100 apart, the others without a stance); the summit
 *   format is the first with some. Stances Russia 70–100, Ukraine 0–50, US 50–75. Common ground:
 *   Russia accepts the US demand for a Trump–Putin meeting first, Ukraine accepts the US summit after
 *   it, and two overlapping pairs (Russia–US, Ukraine–US) — four items.
 */
const HAND = {
  twoSides: { issue: 'territory', redLines: 2, gap: 'between 5 and 100 points apart' },
  threeSides: {
    issue: 'summit-format',
    gaps: [
      'Russia 70–100 and Ukraine 0–50: between 20 and 100 points apart',
      'Russia 70–100 and United States 50–75: overlapping, up to 50 points apart',
      'Ukraine 0–50 and United States 50–75: overlapping, up to 75 points apart',
    ],
    commonGround: 4,
    accepted: { demand: 'A Trump–Putin meeting, possibly next week, before a summit with Zelenskyy', by: 'Russia' },
  },
};
const name = (id: string) => model.stakeholderById.get(id)!.name;
const title = (id: string) => model.issueById.get(id)!.title;
const [first, second] = model.stakeholders;

test.describe('compare view', () => {
  test('compare two: positions side by side with their quotes, the gap, and red lines', async ({ page, offsite }) => {
    const sides = ['russia', 'ukraine'];
    const { issue, redLines, gap } = HAND.twoSides;
    await page.goto(`/compare/?s=${sides.join(',')}&i=${issue}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      `${name('russia')} vs ${name('ukraine')}: 1 of ${model.issues.length} issues`,
    );
    for (const id of sides) {
      const region = page.getByRole('region', { name: `${name(id)} on ${title(issue)}` });
      await expect(region).toContainText(positionsOf(id, issue)[0]!.summary);
    }
    await expect(page.getByRole('list', { name: `Red lines on ${title(issue)}` }).getByRole('listitem')).toHaveCount(
      redLines,
    );
    await expect(page.getByRole('list', { name: `Stance gaps on ${title(issue)}` })).toContainText(gap);
    await expect(page.getByText('Stance gap')).toContainText('analyst judgements');
    expect(offsite).toEqual([]);
  });

  test('compare two: a side’s quotes are shown with the speaker', async ({ page }) => {
    const quoted = model.positions.find(
      (p) =>
        positionsOf(p.stakeholder, p.issue)[0] === p &&
        p.statements.some(
          (id) =>
            model.statementById.get(id)!.quotes.length && model.statementById.get(id)!.stakeholder === p.stakeholder,
        ),
    )!;
    const statement = quoted.statements.map((id) => model.statementById.get(id)!).find((s) => s.quotes.length)!;
    const other = model.stakeholders.find((s) => s.id !== quoted.stakeholder)!.id;
    // Repeated parameters, as the plain GET form sends them, work as well as a comma list.
    await page.goto(`/compare/?s=${quoted.stakeholder}&s=${other}&i=${quoted.issue}`);
    const region = page.getByRole('region', { name: `${name(quoted.stakeholder)} on ${title(quoted.issue)}` });
    await expect(region.getByText(statement.quotes[0]!.slice(0, 40)).filter({ visible: true }).first()).toBeVisible();
    await expect(region).toContainText(statement.actorRecord.name);
  });

  test('compare three: every side, every pair’s gap, and common ground from accepted demands', async ({ page }) => {
    const sides = ['russia', 'ukraine', 'united-states'];
    const { issue, gaps: pairs, commonGround, accepted } = HAND.threeSides;
    await page.goto(`/compare/?s=${sides.join(',')}&i=${issue}`);
    for (const id of sides)
      await expect(page.getByRole('region', { name: `${name(id)} on ${title(issue)}` })).toBeVisible();
    const gaps = page.getByRole('list', { name: `Stance gaps on ${title(issue)}` }).getByRole('listitem');
    await expect(gaps).toHaveCount(pairs.length);
    for (const [i, words] of pairs.entries()) await expect(gaps.nth(i)).toContainText(words);
    const ground = page.getByRole('list', { name: `Common ground on ${title(issue)}` }).getByRole('listitem');
    await expect(ground).toHaveCount(commonGround);
    await expect(ground.filter({ hasText: accepted.demand })).toContainText(`${accepted.by} accepts`);
    await expectNoAxeViolations(page);
  });

  test('change the selection, then reload: the URL keeps the view', async ({ page }) => {
    await page.goto('/compare/');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(`${first!.name} vs ${second!.name}: every issue`);
    const third = model.stakeholders[2]!;
    const issue = model.issues[1]!;
    await page.getByRole('checkbox', { name: third.name }).check();
    await expect(page).toHaveURL(new RegExp(`s=${first!.id},${second!.id},${third.id}`));
    await page.getByRole('checkbox', { name: issue.title }).check();
    await expect(page).toHaveURL(new RegExp(`i=${issue.id}`));
    await page.reload();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      `${first!.name} vs ${second!.name} vs ${third.name}: 1 of ${model.issues.length} issues`,
    );
    await expect(page.getByRole('checkbox', { name: third.name })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: issue.title })).toBeChecked();
    await expect(page.getByRole('region', { name: `${third.name} on ${issue.title}` })).toBeVisible();
  });

  test('unknown ids in the URL: a message with the valid choices, and the default comparison', async ({ page }) => {
    await page.goto(`/compare/?s=${first!.id},atlantis&i=weather`);
    const alert = page.getByRole('alert').filter({ hasText: 'not understood' });
    await expect(alert).toContainText('Unknown stakeholder: atlantis.');
    await expect(alert).toContainText('Unknown issue: weather.');
    for (const s of model.stakeholders) await expect(alert).toContainText(s.name);
    for (const i of model.issues) await expect(alert.getByRole('link', { name: i.title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(`${first!.name} vs ${second!.name}: every issue`);
  });

  test('without JavaScript: the default comparison and a GET form', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/compare/');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(`${first!.name} vs ${second!.name}: every issue`);
    await expect(page.getByRole('heading', { level: 3 })).toHaveCount(model.issues.length);
    await expect(page.locator('form[method="get"] input[type="checkbox"][name="s"]')).toHaveCount(
      model.stakeholders.length,
    );
    await expect(page.locator('form[method="get"] input[type="checkbox"][name="i"]')).toHaveCount(model.issues.length);
    await context.close();
  });

  test('has no axe violations', async ({ page }) => {
    await page.goto('/compare/');
    await expectNoAxeViolations(page);
    await page.goto('/compare/?s=nowhere');
    await expect(page.getByRole('alert').filter({ hasText: 'not understood' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
