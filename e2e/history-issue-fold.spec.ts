/**
 * The issue page on a phone, on the history fixture's build (out-history/: sides whose positions move
 * over months, read through the project's own loader): its long lists — the statements and each
 * side's position history — are one tap away on a phone, open on a wide screen and without JavaScript.
 */
import { buildModel } from '../lib/model';
import { expect, historyData, positionsOf, test } from './fixtures';

const model = buildModel(historyData());
const count = (issue: string) =>
  model.stakeholders.reduce((n, s) => n + Math.max(0, positionsOf(s.id, issue, model).length - 1), 0);

test.describe('the issue page on a phone', () => {
  test('on a phone the statement list and each position history are one tap away; the first screen keeps the key gap and every stance', async ({
    browser,
    baseURL,
  }) => {
    // The issue with the most history (the pier: 9.8 screens long on a phone before its lists folded).
    const issue = [...model.issues].sort((a, b) => count(b.id) - count(a.id))[0]!;
    const statements = model.statements.filter((s) => s.issues.includes(issue.id));
    const sides = model.stakeholders.filter((s) => positionsOf(s.id, issue.id, model).length > 1);
    expect(sides.length, 'an issue with a side whose position changed').toBeGreaterThan(0);
    const summary = `Show the ${statements.length} statements`;
    for (const [name, viewport, javaScriptEnabled] of [
      ['phone', { width: 390, height: 844 }, true],
      ['wide screen', { width: 1280, height: 720 }, true],
      ['phone without JavaScript', { width: 390, height: 844 }, false],
    ] as const) {
      const context = await browser.newContext({ viewport, javaScriptEnabled, baseURL });
      const page = await context.newPage();
      await page.goto(`/issues/${issue.id}/`);
      const fold = page.locator('details[data-phone-fold]').filter({ has: page.getByText(summary) });
      const first = fold.getByRole('article').first();
      const side = page.getByRole('region', { name: sides[0]!.name, exact: true });
      const earlier = side.getByText(positionsOf(sides[0]!.id, issue.id, model)[1]!.summary).first();
      if (name === 'phone') {
        // Closed once the page runs; one tap opens each, with everything in it.
        await expect(fold).not.toHaveAttribute('open');
        await expect(first).toBeHidden();
        await expect(earlier).toBeHidden();
        // The first screen: the key gap and every side's stance, as before.
        for (const box of [
          await page.getByText('Key gap:').boundingBox(),
          ...(await Promise.all((await page.locator('[data-side-stance]').all()).map((l) => l.boundingBox()))),
        ])
          expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
        await page.getByText(summary).click();
        await expect(page.getByRole('status')).toHaveText(`${statements.length} of ${statements.length} statements`);
        await expect(first).toBeVisible();
        await side.locator('summary', { hasText: /positions, dated/ }).click();
        await expect(earlier).toBeVisible();
      } else {
        // Open as the HTML has it: on a wide screen with no summary to tap, and on a phone without JavaScript.
        await expect(fold).toHaveAttribute('open');
        await expect(first).toBeVisible();
        await expect(earlier).toBeVisible();
        if (name === 'wide screen') await expect(page.getByText(summary)).toBeHidden();
      }
      await context.close();
    }
  });
});
