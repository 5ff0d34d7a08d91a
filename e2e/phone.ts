/**
 * A build's main pages on a 390-px phone, as a reader holds it (shared by e2e/phone.spec.ts for the
 * seed, history-phone.spec.ts and size-phone.spec.ts for the fixtures):
 *
 * - the statement timeline — on /charts/ and every issue page — prints no word over another word or
 *   over a mark (its statement counts, side names, dates and event labels, all of them);
 * - no main page scrolls sideways and no text is cut off, every chart drawn;
 * - every control a finger taps (buttons, menus, fields, disclosures, links) is at least 24 px each way.
 */
import type { Page } from '@playwright/test';
import type { Model } from '../lib/model';
import { expect, test } from './fixtures';

export const PHONE = { width: 390, height: 844 };

/** Scrolls to every chart of the page and waits until each has drawn (charts load as the reader nears them). */
export async function drawAllCharts(page: Page) {
  for (const chart of await page.locator('[data-chart-state]').all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-chart-state', 'drawn');
  }
}

/**
 * The words of the timeline `id` that print over another word or over a mark (not their own mark),
 * each pair named, measured in Chromium as drawn.
 */
export async function timelineOverprints(page: Page, id: string): Promise<string[]> {
  const chart = page.getByTestId(`chart-${id}`);
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-chart-state', 'drawn');
  await chart.locator('.timeline-mark').first().waitFor();
  return chart.evaluate((root) => {
    const surface = root.querySelector('svg.recharts-surface')!;
    const boxOf = (el: Element) => el.getBoundingClientRect();
    const words = [...surface.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim())
      .map((t) => ({ text: t.textContent!.trim(), mark: t.closest('.timeline-mark'), box: boxOf(t) }));
    const marks = [...surface.querySelectorAll('.timeline-mark')].map((g) => ({
      g,
      name: g.getAttribute('aria-label') ?? '',
      box: boxOf(g.querySelector('path')!),
    }));
    // More than a pixel either way (antialiasing), as e2e/charts-helpers.ts's overprintedLabels.
    const over = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const found: string[] = [];
    words.forEach((a, i) => {
      words.slice(i + 1).forEach((b) => over(a.box, b.box) && found.push(`"${a.text}" over "${b.text}"`));
      marks.forEach((m) => m.g !== a.mark && over(a.box, m.box) && found.push(`"${a.text}" over the mark ${m.name}`));
    });
    return found;
  });
}

/** The controls smaller than 24 px to tap, each named with its size. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page
    .locator('button, select, input:not([type="hidden"]), summary, header a, nav a, main a')
    .evaluateAll((els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null && !el.closest('.sr-only'))
        .map((el) => ({ what: el.outerHTML.slice(0, 70), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.height < 24 || r.width < 24))
        .map(({ what, r }) => `${what} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
}

/**
 * Words cut off: an element of the page that cuts what passes its edge (hidden overflow, or CSS
 * containment) and holds more than fits (a range "40–60" in a one-number square of the matrix
 * wrapped and showed "40–"), leaving out 1-px text for screen readers only.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.locator('main *').evaluateAll((els) =>
    els
      .filter((el) => {
        if (!el.checkVisibility() || (el.clientWidth <= 1 && el.clientHeight <= 1) || !/\S/.test(el.textContent ?? ''))
          return false;
        if (el instanceof SVGElement || getComputedStyle(el).display === 'inline') return false;
        const style = getComputedStyle(el);
        // A box that cuts what passes its edge: hidden overflow, or containment (which also paints the
        // next box over it, as the matrix's squares do).
        const cuts = (overflow: string) =>
          /hidden|clip/.test(overflow) || /size|layout|paint|strict|content/.test(style.contain);
        const wide = cuts(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
        const tall = cuts(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
        return wide || tall;
      })
      .map(
        (el) =>
          `${el.outerHTML.slice(0, 70)} ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight} px`,
      ),
  );
}

/** The main pages of a build, from its data: one of each kind. */
export function mainPages(model: Model): string[] {
  return [
    '/',
    `/issues/${model.issues[0]!.id}/`,
    '/compare/',
    '/charts/',
    '/changes/',
    '/brief/',
    '/proposals/',
    '/settlement/',
    `/stakeholders/${model.stakeholders[0]!.id}/`,
    `/sources/${model.sources[0]!.id}/`,
  ];
}

export function phoneChecks(build: { name: string; model: Model }) {
  test.describe(`${build.name} on a 390-px phone`, () => {
    test.use({ viewport: PHONE });

    const timelines = [
      ['/charts/', 'timeline'],
      ...build.model.issues.map((i) => [`/issues/${i.id}/`, `timeline-${i.id}`]),
    ] as const;
    for (const [path, id] of timelines)
      test(`${path}: the timeline prints no word over another or over a mark`, async ({ page }) => {
        await page.goto(path);
        expect(await timelineOverprints(page, id)).toEqual([]);
      });

    for (const path of mainPages(build.model))
      test(`${path}: no sideways scroll, no text cut, every control at least 24 px`, async ({ page }) => {
        await page.goto(path);
        await drawAllCharts(page);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(wide, `${path} is ${wide} px wide`).toBeLessThanOrEqual(PHONE.width);
        expect(await smallTargets(page)).toEqual([]);
        expect(await clippedText(page)).toEqual([]);
      });
  });
}
