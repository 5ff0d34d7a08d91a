/**
 * Shared by the charts specs (the seed's e2e/charts.spec.ts, the size fixture's
 * e2e/size-charts.spec.ts): reaching a chart that loads as the reader scrolls to it, and the 16:9
 * image of a chart with its text labels' boxes measured in Chromium.
 */
import type { Browser, Page } from '@playwright/test';
import { expect } from './fixtures';

export const chartRoot = (page: Page, id: string) => page.getByTestId(`chart-${id}`);

/**
 * Scrolls to a chart and waits until its data has loaded and its body is drawn (a drawn Recharts
 * chart has its surface; `surface: false` for charts that are HTML tables).
 */
export async function reachChart(page: Page, id: string, { surface = true } = {}) {
  const root = chartRoot(page, id);
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-chart-state', 'drawn');
  if (surface) await expect(root.locator('svg.recharts-surface, svg[data-chart-drawing]').first()).toBeVisible();
  return root;
}

/** Opens a chart's table (it loads with the chart) and gives its body rows. */
export async function openTable(page: Page, id: string) {
  const figure = page.locator('figure').filter({ has: chartRoot(page, id) });
  await figure.getByText('Show the table').click();
  return page.getByTestId(`table-${id}`).locator('tbody tr');
}

/**
 * Keeps every SVG the page turns into an object URL (the 16:9 PNG is rasterised from one), so a test
 * can read the very drawing the PNG is made of. Install before the page loads.
 */
export async function keepSvgBlobs(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __svgs: Promise<string>[] };
    w.__svgs = [];
    const make = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob && blob.type === 'image/svg+xml') w.__svgs.push(blob.text());
      return make(blob);
    };
  });
}

/** Clicks "PNG 16:9" in a chart's downloads and gives the 1920×1080 SVG the PNG was drawn from. */
export async function slideSvgOf(page: Page, title: string): Promise<string> {
  const before = await page.evaluate(() => (window as unknown as { __svgs: unknown[] }).__svgs.length);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('group', { name: `Download ${title}` })
      .getByRole('button', { name: /^PNG 16:9/ })
      .click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-16x9\.png$/);
  return page.evaluate((n) => (window as unknown as { __svgs: Promise<string>[] }).__svgs[n]!, before);
}

/**
 * The text labels of an SVG drawn at its own size in Chromium that print over each other: each pair
 * whose boxes intersect by more than a pixel either way, named by their words.
 */
export async function overprintedLabels(browser: Browser, svg: string): Promise<string[]> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  try {
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    return await page.evaluate(() => {
      const boxes = [...document.querySelectorAll('text')]
        .map((t) => ({ text: (t.textContent ?? '').trim(), box: t.getBoundingClientRect() }))
        .filter((b) => b.text && b.box.width > 0 && b.box.height > 0);
      const overlaps: string[] = [];
      const EPS = 1;
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (x > EPS && y > EPS) overlaps.push(`"${a.text}" × "${b.text}"`);
        }),
      );
      return overlaps;
    });
  } finally {
    await page.close();
  }
}
