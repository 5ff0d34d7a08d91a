/**
 * /charts/ on the size fixture (lib/fixtures/size-data, fictional: 9 sides with long names, ranges,
 * stances moving and clustering): every chart loads as the reader scrolls to it and draws what the
 * fixture README's "Charts" section says (answers worked out by hand), and no chart's 16:9 image
 * prints a text label over another (label boxes measured in Chromium).
 */
import { expect, test } from './fixtures';
import { chartRoot, keepSvgBlobs, openTable, overprintedLabels, reachChart, slideSvgOf } from './charts-helpers';

/** The README's answers. */
const ISSUES = [
  { id: 'waters', marks: 7, earlier: 2, rows: ['WH', 'ER', 'NVF', 'ICM', 'LPI'], gap: 'ER–ICM 10–50' },
  { id: 'fishing', marks: 6, earlier: 1, rows: ['WH', 'ER', 'SPL', 'LPI', 'HG'], gap: 'ER–HG 70' },
  { id: 'guarantees', marks: 5, earlier: 1, rows: ['WH', 'NVF', 'CMO', 'LPI'], gap: 'WH–NVF 55' },
  { id: 'patrols', marks: 6, earlier: 0, rows: ['WH', 'ER', 'SPL', 'ICM', 'CMO', 'RCD'], gap: 'ER–ICM 90' },
] as const;

test.describe('charts on the size fixture', () => {
  test.beforeEach(async ({ page }) => {
    await keepSvgBlobs(page);
    await page.goto('/charts/');
  });

  test('demands by side: 10 segments for 12 standing demands, a row per side', async ({ page }) => {
    const chart = await reachChart(page, 'demands-by-side');
    await expect(chart.locator('.demand-segment rect')).toHaveCount(10);
    await expect(chart.locator('[id^="demands-"] li')).toHaveCount(12);
    await expect(await openTable(page, 'demands-by-side')).toHaveCount(9);
  });

  test('demand–response grid: 84 cells (no observer column), 4 accept, 2 partly, 3 reject, 75 unstated', async ({
    page,
  }) => {
    const grid = await reachChart(page, 'demand-responses', { surface: false });
    await expect(grid.locator('td[data-response]')).toHaveCount(84);
    await expect(grid.getByRole('columnheader', { name: 'Lagoon Policy Institute' })).toHaveCount(0);
    for (const [kind, n] of [
      ['accepts', 4],
      ['partly', 2],
      ['rejects', 3],
      ['none', 75],
    ] as const)
      await expect(grid.locator(`td[data-response="${kind}"]`), kind).toHaveCount(n);
  });

  for (const issue of ISSUES)
    test(`stance spectrum on ${issue.id}: ${issue.marks} marks, ${issue.earlier} earlier, key gap ${issue.gap}`, async ({
      page,
    }) => {
      const chart = await reachChart(page, `spectrum-${issue.id}`);
      await expect(chart.locator('.spectrum-mark')).toHaveCount(issue.marks);
      await expect(chart.locator('.spectrum-mark[data-current="false"]')).toHaveCount(issue.earlier);
      await expect(chart).toContainText(`Key gap ${issue.gap} pts`);
      // Every side with a mark has its row named, in column order.
      const ticks = chart.locator('.recharts-yAxis-tick-labels text');
      await expect(ticks).toHaveCount(issue.rows.length);
      for (const [i, abbreviation] of issue.rows.entries())
        await expect(ticks.nth(i)).toContainText(`(${abbreviation})`);
    });

  test('gap heatmap: 20 cells on the waters', async ({ page }) => {
    const chart = await reachChart(page, 'gap-heatmap', { surface: false });
    await expect(chart.locator('td[data-gap]')).toHaveCount(20);
  });

  test('timeline: 9 labelled lanes and 15 events', async ({ page }) => {
    const chart = await reachChart(page, 'timeline');
    await expect(chart.locator('.recharts-yAxis-tick-labels text')).toHaveCount(9);
    await expect(chart.locator('.recharts-reference-line')).toHaveCount(15);
  });

  const IMAGES = [
    ['demands-by-side', 'Demands by side and issue', true],
    ['demand-responses', 'Demand–response grid', false],
    ...ISSUES.map((i) => [`spectrum-${i.id}`, '', true] as const),
    ['gap-heatmap', 'Gap heatmap', false],
    ['timeline', 'Timeline of statements', true],
  ] as const;
  for (const [id, title, surface] of IMAGES)
    test(`the 16:9 image of ${id} prints no label over another`, async ({ page, browser }) => {
      await reachChart(page, id, { surface });
      const name = title || (await page.locator(`#${id}-title`).innerText()).trim();
      const svg = await slideSvgOf(page, name);
      expect(svg).toContain('width="1920" height="1080"');
      expect(await overprintedLabels(browser, svg)).toEqual([]);
    });

  test('the label check sees two labels printed over each other', async ({ browser }) => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><text x="10" y="40" font-size="20">UA 15</text>' +
      '<text x="30" y="45" font-size="20">c. 7 Aug: 10</text><text x="10" y="90" font-size="20">apart</text></svg>';
    expect(await overprintedLabels(browser, svg)).toHaveLength(1);
  });

  test('each chart waits until the reader nears it', async ({ page }) => {
    await expect(chartRoot(page, 'timeline')).toHaveAttribute('data-chart-state', 'waiting');
  });
});
