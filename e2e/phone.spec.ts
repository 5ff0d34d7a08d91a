import { expect, model, test } from './fixtures';
import { phoneChecks, smallTargets } from './phone';

/**
 * An issue page on a 390-px phone: the first screen reaches the positions, the stance spectrum's
 * labels do not print over each other, and controls are at least 24 px to tap. Then the seed's main
 * pages and every timeline on a phone (e2e/phone.ts, as on the history and size builds).
 */
test.use({ viewport: { width: 390, height: 844 } });

// The issue with the most placed stances in data/ (through the loader): the hardest spectrum to fit.
const issue = [...model.issues].sort(
  (a, b) =>
    model.positions.filter((p) => p.issue === b.id && p.stance).length -
    model.positions.filter((p) => p.issue === a.id && p.stance).length,
)[0]!;

test.describe('issue page on a phone', () => {
  test('the first screen shows positions', async ({ page }) => {
    await page.goto(`/issues/${issue.id}/`);
    const first = page.locator('[data-side-stance]').first();
    await expect(first).toBeVisible();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
  });

  test('the stance spectrum and the timeline stack, each the full width of the page', async ({ page }) => {
    await page.goto(`/issues/${issue.id}/`);
    // The width the page's content can take: main less its padding.
    const width = await page
      .getByRole('main')
      .evaluate(
        (m) =>
          m.clientWidth - parseFloat(getComputedStyle(m).paddingLeft) - parseFloat(getComputedStyle(m).paddingRight),
      );
    const boxes = [];
    for (const id of [`spectrum-${issue.id}`, `timeline-${issue.id}`]) {
      const chart = page.getByTestId(`chart-${id}`);
      await chart.scrollIntoViewIfNeeded();
      // Where it sits on the page (not in the viewport, which scrolling moves).
      const box = await chart.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height };
      });
      // Full width, less its frame's padding: the 66-px spectrum of issue 19 turns this red.
      expect(box.width, `${id} is ${Math.round(box.width)} px wide of ${width}`).toBeGreaterThanOrEqual(width * 0.85);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      boxes.push(box);
    }
    // One under the other, not side by side.
    expect(boxes[1]!.y).toBeGreaterThanOrEqual(boxes[0]!.y + boxes[0]!.height);
  });

  // The timeline's words, all of them, are checked on every issue page by phoneChecks below.
  for (const [chartName, id, labelled] of [['stance spectrum', `spectrum-${issue.id}`, '.spectrum-mark text']] as const)
    test(`${chartName} labels do not overlap`, async ({ page }) => {
      await page.goto(`/issues/${issue.id}/`);
      const chart = page.getByTestId(`chart-${id}`);
      await chart.scrollIntoViewIfNeeded();
      const labels = chart.locator(labelled);
      await labels.first().waitFor();
      const boxes = await labels.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
        }),
      );
      const overlaps: string[] = [];
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
            overlaps.push(`${a.text} × ${b.text}`);
        }),
      );
      expect(overlaps).toEqual([]);
    });

  test('controls are at least 24 px to tap', async ({ page }) => {
    await page.goto(`/issues/${issue.id}/`);
    expect(await smallTargets(page)).toEqual([]);
  });
});

phoneChecks({ name: 'seed build', model });
