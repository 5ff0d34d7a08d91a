/**
 * Stances as ranges, end to end: the seed data has range stances (Kyiv on territory 0–85, on the
 * summit format 0–50, …), read here through the loader. Compare, the gap heatmap, the stance spectrum
 * and the deck draw a range as a bar, say "range", and give a gap involving one as a range.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { gapMatrix, spectrum, spectrumTakeaway } from '../lib/analysis/charts';
import { buildCompareData } from '../lib/analysis/compare-data';
import { compareIssue } from '../lib/analysis/compare';
import { buildDeck } from '../lib/deck/build';
import { presentDeck } from '../lib/deck/deck';
import { formatGap, formatGapShort, formatStance, isRange, stanceBounds } from '../lib/stance';
import { expect, model, test } from './fixtures';

const ranged = model.positions.filter((p) => p.stance && isRange(p.stance));
/** An issue where a current range stance meets at least one other current stance. */
const issue = model.issues.find((i) => {
  const marks = spectrum(model, i.id).marks.filter((m) => m.current);
  return marks.length >= 2 && marks.some((m) => isRange(m));
})!;
const marks = spectrum(model, issue.id).marks.filter((m) => m.current);
const name = (id: string) => model.stakeholderById.get(id)!.name;

test('the data has range stances to show', () => {
  expect(ranged.length).toBeGreaterThan(0);
  expect(issue).toBeDefined();
});

test('compare: a range is a bar on the scale, and every gap with a range is given as a range', async ({ page }) => {
  const sides = marks.map((m) => m.stakeholder);
  const expected = compareIssue(buildCompareData(model), issue.id, sides)!;
  await page.goto(`/compare/?s=${sides.join(',')}&i=${issue.id}`);
  const scale = page.getByRole('img', { name: new RegExp(`^Stances on the scale for ${issue.title.toLowerCase()} `) });
  for (const m of marks.filter((x) => isRange(x))) {
    await expect(scale).toHaveAccessibleName(
      new RegExp(`${name(m.stakeholder)} ${formatStance(m, 'bare')} \\(a range\\)`),
    );
    const { low, high } = stanceBounds(m);
    await expect(scale.locator(`[data-range="${low}-${high}"]`)).toHaveCount(1);
  }
  const gaps = page.getByRole('list', { name: `Stance gaps on ${issue.title}` }).getByRole('listitem');
  await expect(gaps).toHaveCount(expected.gaps.pairs.length);
  for (const [i, p] of expected.gaps.pairs.entries()) {
    await expect(gaps.nth(i)).toContainText(`${formatStance(p.stanceA, 'bare')} and ${name(p.b)}`);
    await expect(gaps.nth(i)).toContainText(formatGap(p.gap));
    if (p.gap.min !== p.gap.max)
      await expect(gaps.nth(i)).toContainText(/between \d+ and \d+ points apart|overlapping/);
  }
  await expect(page.getByText('A bar is a range')).toBeVisible();
  // A side's mark is an svg on the scale: one per point, none for a range (red if a range gets a mark).
  await expect(scale.locator('svg')).toHaveCount(marks.filter((m) => !isRange(m)).length);
});

async function chartsPage(page: Page) {
  await page.goto('/charts/');
}

test('gap heatmap: a pair with a range shows the least and most it can be', async ({ page }) => {
  await chartsPage(page);
  const chart = page.getByTestId('chart-gap-heatmap');
  await chart.getByLabel('Issue').selectOption(issue.id);
  const data = gapMatrix(model, issue.id);
  const rangeCells = data.distance.flatMap((row, i) => row.filter((d, j) => i !== j && d.min !== d.max));
  expect(rangeCells.length).toBeGreaterThan(0);
  for (const d of rangeCells) {
    const cells = chart.locator(`td[data-gap="${formatGapShort(d)}"]`);
    await expect(cells.first()).toHaveText(`${d.min}–${d.max}`);
    await expect(cells.first()).toHaveAttribute('title', formatGap(d));
  }
});

test('stance spectrum: a range is a bar, its mark says the range, the takeaway gives the gap as a range', async ({
  page,
}) => {
  await chartsPage(page);
  const root = page.getByTestId(`chart-spectrum-${issue.id}`);
  await root.scrollIntoViewIfNeeded();
  const data = spectrum(model, issue.id);
  await expect(root.locator('.spectrum-mark')).toHaveCount(data.marks.length);
  const range = data.marks.find((m) => m.current && isRange(m))!;
  const mark = root.getByRole('img', {
    name: new RegExp(`^${name(range.stakeholder)}: stance ${formatStance(range, 'spoken')} \\(a range\\)`),
  });
  await expect(mark).toHaveCount(1);
  await expect(mark).toContainText(
    `${model.stakeholderById.get(range.stakeholder)!.abbreviation} ${formatStance(range, 'bare')}`,
  );
  // A range draws its bar alone: no shape at its middle (red if a range gets a mark), and the image
  // downloaded from the chart is the same drawing.
  await expect(mark.locator('path')).toHaveCount(0);
  await expect(root.locator('.spectrum-mark[data-current="true"] path')).toHaveCount(
    data.marks.filter((m) => m.current && !isRange(m)).length,
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('group', { name: `Download Stance spectrum: ${issue.title}` })
      .getByRole('button', { name: /^SVG/ })
      .click(),
  ]);
  const svg = fs.readFileSync((await download.path())!).toString();
  const groups = [...svg.matchAll(/<g[^>]*class="spectrum-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/g)];
  expect(groups).toHaveLength(data.marks.length);
  for (const [, inner] of groups.filter(([whole]) => whole.includes('(a range)')))
    expect(inner, 'a range in the downloaded image has a point mark').not.toContain('<path');
  // One bar per range mark (Recharts draws an error bar as a line group per point).
  await expect(root.locator('.recharts-errorBar')).toHaveCount(data.marks.filter((m) => isRange(m)).length);
  await expect(page.locator('figure').filter({ has: root })).toContainText(spectrumTakeaway(model, data));
  const ab = (id: string) => model.stakeholderById.get(id)!.abbreviation;
  if (data.gap)
    await expect(root).toContainText(
      `Key gap ${ab(data.gap.a)}–${ab(data.gap.b)} ${formatGapShort(data.gap.gap)} pts`,
    );
});

test('deck: the issue slide draws a range as a bar on the scale and gives the gap in words', async ({ page }) => {
  const deck = presentDeck(buildDeck(model), { stakeholders: [], issues: [] });
  const n = deck.slides.findIndex((s) => s.kind === 'issue' && s.issue === issue.id) + 1;
  const slide = deck.slides[n - 1]!;
  if (slide.kind !== 'issue') throw new Error('not an issue slide');
  await page.goto(`/brief/?slide=${n}`);
  const active = page.locator('.deck[data-ready] .slide[data-active]');
  const picture = active.getByRole('img', { name: /^Stances \(analyst judgements\)/ });
  for (const line of slide.lines.filter((l) => l.stance && isRange(l.stance))) {
    const { low, high } = stanceBounds(line.stance!);
    await expect(picture.locator(`rect[data-range="${low}-${high}"]`)).toHaveCount(1);
    await expect(picture).toHaveAccessibleName(new RegExp(`${formatStance(line.stance!, 'spoken')} \\(a range\\)`));
    await expect(active).toContainText(`stance ${formatStance(line.stance!)} (a range)`);
  }
  // A mark for each point, none for a range (red if a range gets a point mark as well as its bar).
  await expect(picture.locator('[data-point]')).toHaveCount(
    slide.lines.filter((l) => l.stance && !isRange(l.stance)).length,
  );
  // The key gap is named, with its size in points (the same words as the matrix row's).
  if (slide.gap) await expect(picture).toContainText(`Key gap (analyst judgement): ${slide.gap.words}`);
  if (slide.gap) await expect(picture).toContainText(formatGapShort(slide.gap.gap));
});

test('deck .pptx: the issue slide draws a range as a bar, with no point mark', async ({ page }) => {
  const deck = presentDeck(buildDeck(model), { stakeholders: [], issues: [] });
  const n = deck.slides.findIndex((s) => s.kind === 'issue' && s.issue === issue.id) + 1;
  const slide = deck.slides[n - 1]!;
  if (slide.kind !== 'issue') throw new Error('not an issue slide');
  await page.goto('/brief/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .pptx' }).click(),
  ]);
  const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
  const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
  // Points are ellipses; a range is a rectangle labelled "(range)" and no ellipse.
  const placed = slide.lines.filter((l) => l.stance);
  expect((xml.match(/prst="ellipse"/g) ?? []).length).toBe(placed.filter((l) => !isRange(l.stance!)).length);
  for (const l of placed.filter((x) => isRange(x.stance!)))
    expect(xml).toContain(`${formatStance(l.stance!, 'bare')} (range)`);
});
