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

  test('the waters’ key-gap band spans 30–80 (10–50 points), its nearer part 70–80; no label is squeezed', async ({
    page,
  }) => {
    // README: key gap ER–ICM 10–50, Eastreach at 80 and the Isle Council of Marrow 30–70. The band
    // must cover the most the gap can be (30 to 80), the least (70 to 80) drawn stronger inside it.
    const chart = await reachChart(page, 'spectrum-waters');
    const at = await chart
      .locator('.recharts-xAxis .recharts-cartesian-axis-tick-line')
      .evaluateAll((lines) => lines.map((l) => l.getBoundingClientRect().x));
    // Ticks 0, 25, 50, 75, 100: x of a value on the scale (a point is about 9 px; the band's edges
    // carry a stroke, so they are read to within 3 px).
    const x = (value: number) => at[0]! + ((at[4]! - at[0]!) * value) / 100;
    const extent = async (selector: string) => {
      const box = (await chart.locator(selector).first().boundingBox())!;
      return [box.x, box.x + box.width];
    };
    const [from, to] = await extent('.key-gap-band path');
    expect(Math.abs(from! - x(30))).toBeLessThan(3);
    expect(Math.abs(to! - x(80))).toBeLessThan(3);
    const [nearFrom, nearTo] = await extent('.key-gap-near path');
    expect(Math.abs(nearFrom! - x(70))).toBeLessThan(3);
    expect(Math.abs(nearTo! - x(80))).toBeLessThan(3);
    await expect(chart.locator('[data-key-gap-note]')).toContainText('50 points');
    await expect(chart.locator('[data-key-gap-note]')).toContainText('10 points');
    // Letters are never squeezed to fit, on this page or on a phone's timeline.
    await expect(page.locator('text[lengthAdjust]')).toHaveCount(0);
    await page.setViewportSize({ width: 390, height: 800 });
    await reachChart(page, 'timeline');
    await expect(page.locator('.timeline-lane-name')).toHaveCount(9);
    await expect(page.locator('text[lengthAdjust]')).toHaveCount(0);
  });

  test('the demand–response grid fits 1280 px with no cell cut; on a phone it says it scrolls', async ({ page }) => {
    const grid = await reachChart(page, 'demand-responses', { surface: false });
    const cut = () =>
      grid
        .locator('th, td')
        .evaluateAll((cells) =>
          cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => (c.textContent ?? '').slice(0, 40)),
        );
    const box = grid.locator('[data-grid-scroll]');
    // All 7 party columns (README) in the box, none cut: the Harbourmasters’ Guild's head whole.
    await expect(box).toHaveAttribute('data-grid-scroll', 'fits');
    expect(await box.evaluate((b) => b.scrollWidth <= b.clientWidth + 1)).toBe(true);
    expect(await cut()).toEqual([]);
    const guild = grid.getByRole('columnheader', { name: 'Harbourmasters’ Guild' });
    const [right, edge] = await Promise.all([
      guild.evaluate((h) => h.getBoundingClientRect().right),
      box.evaluate((b) => b.getBoundingClientRect().right),
    ]);
    expect(right).toBeLessThanOrEqual(edge + 1);
    await expect(grid.locator('[data-scroll-cue]')).toHaveCount(0);
    await page.setViewportSize({ width: 390, height: 800 });
    await expect(box).toHaveAttribute('data-grid-scroll', 'scrolls');
    await expect(grid.locator('[data-scroll-cue]')).toBeVisible();
    await expect(grid.getByRole('region', { name: /scrolls sideways/ })).toBeVisible();
    expect(await cut()).toEqual([]);
  });

  test('the 16:9 image of the waters spectrum gives the chart half the slide, its labels at least 18 px', async ({
    page,
    browser,
  }) => {
    await reachChart(page, 'spectrum-waters');
    const name = (await page.locator('#spectrum-waters-title').innerText()).trim();
    const svg = await slideSvgOf(page, name);
    const slide = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    try {
      await slide.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
      const drawn = await slide.evaluate(() => {
        const surface = document.querySelector('svg.recharts-surface')!;
        const sizes = [...surface.querySelectorAll('text')]
          .filter((t) => (t.textContent ?? '').trim())
          .map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.d);
        // The box the page draws the chart into: its width and height in the units of the page around
        // it, times that page's scale on the 1920 × 1080 slide (a nested <svg>'s client box is only
        // its contents' extent).
        const frame = surface.parentElement as unknown as SVGSVGElement;
        const scale = (frame.parentElement as unknown as SVGSVGElement).getScreenCTM()!.a;
        const root = document.querySelector('svg')!.getScreenCTM()!.a;
        const box = {
          width: frame.width.baseVal.value * (scale / root),
          height: frame.height.baseVal.value * (scale / root),
        };
        const unit = 1 / root;
        return {
          share: box.height / 1080,
          across: box.width / 1920,
          smallest: Math.min(...sizes) * unit,
        };
      });
      if (drawn.share < 0.55) expect(drawn.across).toBeGreaterThanOrEqual(0.95);
      expect(drawn.share).toBeGreaterThanOrEqual(0.5);
      expect(drawn.smallest).toBeGreaterThanOrEqual(18);
      expect(await slide.locator('text').allTextContents()).toContainEqual(
        expect.stringMatching(/more sources: see the data zip’s README/),
      );
    } finally {
      await slide.close();
    }
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

test('an issue’s spectrum with no stance yet prints no source line and cites no sources', async ({ page }) => {
  // README: the first statements are of 14 Mar 2033 (WH 10 on the waters); on 1 Mar nothing stands.
  await page.goto('/issues/waters/?asof=2033-03-01');
  const figure = page.locator('figure').filter({ has: chartRoot(page, 'spectrum-waters') });
  await expect(figure).toContainText('No side has a stance');
  await expect(figure.locator('figcaption')).toHaveCount(0);
  await expect(figure).not.toContainText('Source:');
  await expect(figure).not.toContainText('Sources: .');
  // Once a stance stands, its source is named.
  await page.goto('/issues/waters/?asof=2033-03-15');
  await expect(figure.locator('figcaption')).toContainText(/^Source: .*14 Mar 2033 · Standpoint/);
});
