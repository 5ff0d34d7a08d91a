import { buildCompareData } from '../lib/analysis/compare-data';
import { compareIssue } from '../lib/analysis/compare';
import { positionTrack } from '../lib/analysis/positions';
import { expect, expectNoAxeViolations, model, test } from './fixtures';
import { formatStance } from '../lib/stance';

const data = buildCompareData(model);
const name = (id: string) => model.stakeholderById.get(id)!.name;
const title = (id: string) => model.issueById.get(id)!.title;
const [first, second] = model.stakeholders;

test.describe('compare view', () => {
  test('compare two: positions side by side with their quotes, the gap, and red lines', async ({ page, offsite }) => {
    // The issue where these two sides have the most red lines between them, found from the data.
    const sides = ['russia', 'ukraine'];
    const issue = [...model.issues].sort(
      (a, b) => compareIssue(data, b.id, sides)!.redLines.length - compareIssue(data, a.id, sides)!.redLines.length,
    )[0]!.id;
    const expected = compareIssue(data, issue, sides)!;
    expect(expected.redLines.length).toBeGreaterThan(0);
    await page.goto(`/compare/?s=${sides.join(',')}&i=${issue}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      `${name('russia')} vs ${name('ukraine')}: 1 of ${model.issues.length} issues`,
    );
    for (const id of sides) {
      const region = page.getByRole('region', { name: `${name(id)} on ${title(issue)}` });
      await expect(region).toContainText(positionTrack(model, id, issue).current!.summary);
    }
    await expect(page.getByRole('list', { name: `Red lines on ${title(issue)}` }).getByRole('listitem')).toHaveCount(
      expected.redLines.length,
    );
    // A gap when both sides have a stance; otherwise the page says there is none to measure.
    const gap = expected.gaps.pairs[0];
    if (gap) await expect(page.getByRole('list', { name: `Stance gaps on ${title(issue)}` })).toContainText(gap.words);
    else await expect(page.getByText('Fewer than two of these sides have a stance on this issue')).toBeVisible();
    await expect(page.getByText('Stance gap')).toContainText('analyst judgements');
    expect(offsite).toEqual([]);
  });

  test('compare two: a side’s quotes are shown with the speaker', async ({ page }) => {
    const quoted = model.positions.find(
      (p) =>
        positionTrack(model, p.stakeholder, p.issue).current?.id === p.id &&
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
    const issue = model.issues.find((i) => compareIssue(data, i.id, sides)!.commonGround.length > 0)!.id;
    const expected = compareIssue(data, issue, sides)!;
    await page.goto(`/compare/?s=${sides.join(',')}&i=${issue}`);
    for (const id of sides)
      await expect(page.getByRole('region', { name: `${name(id)} on ${title(issue)}` })).toBeVisible();
    const gaps = page.getByRole('list', { name: `Stance gaps on ${title(issue)}` }).getByRole('listitem');
    await expect(gaps).toHaveCount(expected.gaps.pairs.length);
    for (const [i, p] of expected.gaps.pairs.entries())
      await expect(gaps.nth(i)).toContainText(
        `${name(p.a)} ${formatStance(p.stanceA, 'bare')} and ${name(p.b)} ${formatStance(p.stanceB, 'bare')}: ${p.words}`,
      );
    const ground = page.getByRole('list', { name: `Common ground on ${title(issue)}` }).getByRole('listitem');
    await expect(ground).toHaveCount(expected.commonGround.length);
    const accepted = expected.commonGround.find((c) => c.kind === 'accepted-demand');
    if (accepted?.kind === 'accepted-demand')
      await expect(ground.filter({ hasText: accepted.demand.text })).toContainText(`${name(accepted.by)} accepts`);
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
