/**
 * Stances as ranges, end to end: the seed data has range stances (Kyiv on territory 0–85, on the
 * summit format 0–50, …), read here through the loader. Compare, the gap heatmap, the stance spectrum
 * and the deck draw a range as a bar, say "range", and give a gap involving one as a range.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { reachChart } from './charts-helpers';
import { expect, model, positionsOf, test } from './fixtures';

/**
 * Worked out by hand from data/positions.json (current stances as of 7 Aug 2025): territory is the
 * first issue where a range meets another stance — Russia 90–100 and Ukraine 0–85; the United States,
 * the analysts and the source's own analysis have positions there without a stance, and nobody moved.
 * The gap is at least 90 − 85 = 5 and at most 100 − 0 = 100 points (a key gap the ranges allow to be
 * anything from close together to opposite ends; named in the data's side order, Russia–Ukraine, in words and on the spectrum's key,
 * RU–UA). On the deck's territory slide the same two ranges are drawn, and no point mark (both are ranges).
 */
const HAND = {
  issue: 'territory',
  ranges: [
    { stakeholder: 'russia', low: 90, high: 100 },
    { stakeholder: 'ukraine', low: 0, high: 85 },
  ],
  gap: { short: '5–100', words: 'between 5 and 100 points apart' },
  keyGap: 'RU–UA 5–100 pts',
  takeaway:
    'On territory, the key gap is Russia–Ukraine: 5–100 points apart: the ranges allow anything from close together to opposite ends. A range marks a stance the sources only bound.',
};

const ranged = model.positions.filter((p) => p.stance && p.stance.min !== undefined);
const issue = model.issueById.get(HAND.issue)!;
const name = (id: string) => model.stakeholderById.get(id)!.name;
const abbreviation = (id: string) => model.stakeholderById.get(id)!.abbreviation;

test('the data has range stances to show', () => {
  expect(ranged.length).toBeGreaterThan(0);
  expect(issue).toBeDefined();
  // The hand answers still describe data/: each range is the side's current stance there.
  for (const r of HAND.ranges)
    expect(positionsOf(r.stakeholder, HAND.issue)[0]!.stance).toMatchObject({ min: r.low, max: r.high });
});

test('compare: a range is a bar on the scale, and every gap with a range is given as a range', async ({ page }) => {
  const sides = HAND.ranges.map((r) => r.stakeholder);
  await page.goto(`/compare/?s=${sides.join(',')}&i=${issue.id}`);
  const scale = page.getByRole('img', { name: new RegExp(`^Stances on the scale for ${issue.title.toLowerCase()} `) });
  for (const r of HAND.ranges) {
    await expect(scale).toHaveAccessibleName(new RegExp(`${name(r.stakeholder)} ${r.low}–${r.high} \\(a range\\)`));
    await expect(scale.locator(`[data-range="${r.low}-${r.high}"]`)).toHaveCount(1);
  }
  // A side's mark is an svg on the scale: one per point, none for a range (red if a range gets a mark).
  await expect(scale.locator('svg')).toHaveCount(0);
  const gaps = page.getByRole('list', { name: `Stance gaps on ${issue.title}` }).getByRole('listitem');
  await expect(gaps).toHaveCount(1);
  await expect(gaps.first()).toContainText(`${HAND.ranges[0]!.low}–${HAND.ranges[0]!.high} and ${name('ukraine')}`);
  await expect(gaps.first()).toContainText(HAND.gap.words);
  await expect(page.getByText('A bar is a range')).toBeVisible();
});

async function chartsPage(page: Page) {
  await page.goto('/charts/');
}

test('gap heatmap: a pair with a range shows the least and most it can be', async ({ page }) => {
  await chartsPage(page);
  const chart = await reachChart(page, 'gap-heatmap', { surface: false });
  await chart.getByLabel('Issue').selectOption(issue.id);
  // Russia–Ukraine and Ukraine–Russia: the one pair with a range, both ways.
  const cells = chart.locator(`td[data-gap="${HAND.gap.short}"]`);
  await expect(cells).toHaveCount(2);
  await expect(cells.first()).toHaveText(HAND.gap.short);
  await expect(cells.first()).toHaveAttribute('title', HAND.gap.words);
});

test('stance spectrum: a range is a bar, its mark says the range, the takeaway gives the gap as a range', async ({
  page,
}) => {
  await chartsPage(page);
  const root = await reachChart(page, `spectrum-${issue.id}`);
  // One mark per stance a side has taken on the issue: the two ranges (nobody moved).
  await expect(root.locator('.spectrum-mark')).toHaveCount(HAND.ranges.length);
  for (const range of HAND.ranges) {
    const mark = root.getByRole('img', {
      name: new RegExp(
        `^${name(range.stakeholder)}: stance between ${range.low} and ${range.high} of 100 \\(a range\\)`,
      ),
    });
    await expect(mark).toHaveCount(1);
    await expect(mark).toContainText(`${abbreviation(range.stakeholder)} ${range.low}–${range.high}`);
  }
  // One bar per range mark (Recharts draws an error bar as a line group per point).
  await expect(root.locator('.recharts-errorBar')).toHaveCount(HAND.ranges.length);
  // A range draws its bar alone: no shape at its middle (red if a range gets a mark), and the image
  // downloaded from the chart is the same drawing.
  await expect(root.locator('.spectrum-mark path')).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('group', { name: `Download Stance spectrum: ${issue.title}` })
      .getByRole('button', { name: /^SVG/ })
      .click(),
  ]);
  const svg = fs.readFileSync((await download.path())!).toString();
  const groups = [...svg.matchAll(/<g[^>]*class="spectrum-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/g)];
  expect(groups).toHaveLength(HAND.ranges.length);
  for (const [, inner] of groups)
    expect(inner, 'a range in the downloaded image has a point mark').not.toContain('<path');
  await expect(page.locator('figure').filter({ has: root })).toContainText(HAND.takeaway);
  await expect(root).toContainText(`Key gap ${HAND.keyGap}`);
});

/** The territory slide's number, from its own label on the page ("Slide 4 of 12: …"): no deck code asked. */
async function territorySlide(page: Page): Promise<number> {
  await page.goto('/brief/');
  await expect(page.locator('.deck[data-ready]:not([data-pending])')).toHaveCount(1);
  // The deck puts only the slide shown in the page; printing puts them all in.
  await page.emulateMedia({ media: 'print' });
  const label = await page
    .locator(`.deck[data-ready] .slide[data-slide="issue-${issue.id}"]`)
    .getAttribute('aria-label');
  const n = Number(/^Slide (\d+) of/.exec(label ?? '')?.[1]);
  expect(n, 'the territory slide is in the deck').toBeGreaterThan(0);
  await page.emulateMedia({ media: 'screen' });
  return n;
}

test('deck: the issue slide draws a range as a bar on the scale and gives the gap in words', async ({ page }) => {
  const n = await territorySlide(page);
  await page.goto(`/brief/?slide=${n}`);
  const active = page.locator('.deck[data-ready] .slide[data-active]');
  const picture = active.getByRole('img', { name: /^Stances \(analyst judgements\)/ });
  for (const r of HAND.ranges) {
    await expect(picture.locator(`rect[data-range="${r.low}-${r.high}"]`)).toHaveCount(1);
    await expect(picture).toHaveAccessibleName(new RegExp(`between ${r.low} and ${r.high} of 100 \\(a range\\)`));
    await expect(active).toContainText(`stance between ${r.low} and ${r.high} (a range)`);
  }
  // The key gap is named, with its size in points (the same words as the matrix row's).
  await expect(picture).toContainText(
    'Key gap (analyst judgement): Russia–Ukraine: 5–100 points apart: the ranges allow anything from close together to opposite ends',
  );
  await expect(picture).toContainText(HAND.gap.short);
  // A mark for each point, none for a range (red if a range gets a point mark as well as its bar).
  await expect(picture.locator('[data-point]')).toHaveCount(0);
});

test('deck .pptx: the issue slide draws a range as a bar, with no point mark', async ({ page }) => {
  const n = await territorySlide(page);
  await page.goto(`/brief/?slide=${n}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .pptx' }).click(),
  ]);
  const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
  const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
  // Points are ellipses; a range is a rectangle labelled "(range)" and no ellipse.
  expect((xml.match(/prst="ellipse"/g) ?? []).length).toBe(0);
  for (const r of HAND.ranges) expect(xml).toContain(`${r.low}–${r.high} (range)`);
});
