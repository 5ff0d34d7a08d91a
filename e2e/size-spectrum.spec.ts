/**
 * The deck's stance picture when several sides stand close together: no label prints over another,
 * in HTML and in the .pptx rendered through LibreOffice. The size fixture's patrols issue (six sides
 * placed, fictional; lib/fixtures/size-data/README.md) with its stances moved, by hand, into one
 * cluster around 50 — values written here, not computed by the code under test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { formatProblem, readDataFolder } from '../lib/load';
import { buildModel } from '../lib/model';
import { buildDeck } from '../lib/deck/build';
import { presentDeck, type ShownDeck } from '../lib/deck/deck';
import type { IssueSlide } from '../lib/deck/slides/issue';
import type { SideLine } from '../lib/deck/slides/side-line';
import { Slide } from '../components/brief/slides';
import { buildPptx } from '../components/brief/pptx';
import { deckSlideCount, pptxRenderProblems, pptxSlideTexts, slideFitProblems } from './deck-fit';
import { expect, test } from './fixtures';

/** Six sides within 12 points of one another: four points, two of them on the same value, and two ranges. */
const CLUSTER: Record<string, NonNullable<SideLine['stance']>> = {
  westhaven: { value: 52 },
  eastreach: { value: 48 },
  southport: { value: 50 },
  marrow: { min: 44, max: 56 },
  mediators: { value: 50 },
  dunmere: { min: 46, max: 54 },
};
const SIDES = Object.keys(CLUSTER);

const clustered: ShownDeck = (() => {
  const result = readDataFolder(path.resolve('lib/fixtures/size-data'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const shown = presentDeck(buildDeck(buildModel(result.data)), { stakeholders: SIDES, issues: ['patrols'] });
  const issue = shown.slides.find((s): s is IssueSlide => s.kind === 'issue')!;
  const slide = { ...issue, lines: issue.lines.map((l) => ({ ...l, stance: CLUSTER[l.stakeholder] ?? null })) };
  return { ...shown, slides: [slide] };
})();

test.describe('the stance picture with six sides clustered near 50', () => {
  test('the fixture issue places all six sides (README: patrols)', () => {
    const slide = clustered.slides[0] as IssueSlide;
    expect(slide.lines.map((l) => l.stakeholder).sort()).toEqual([...SIDES].sort());
  });

  test('HTML: every side has its label, no label box meets another or the key gap line, and the slide fits', async ({
    page,
  }) => {
    await page.goto('/brief/');
    await deckSlideCount(page);
    const html = renderToStaticMarkup(
      createElement(Slide, { slide: clustered.slides[0]!, deck: clustered, index: 0, count: 1, active: true }),
    );
    await page.locator('.deck div[aria-live="polite"]').evaluate((el, markup) => (el.innerHTML = markup), html);
    const slide = page.locator('.deck .slide[data-active]');
    const labels = slide.locator('[data-stance-label]');
    await expect(labels).toHaveCount(6);
    // Abbreviations from the fixture's stakeholders.json, values from CLUSTER above.
    await expect(labels).toContainText(['WH 52', 'ER 48', 'SPL 50', 'ICM 44–56', 'CMO 50', 'RCD 46–54'], {
      useInnerText: false,
    });
    const boxes = await slide
      .locator('[data-stance-label], [data-key-gap]')
      .evaluateAll((els) => els.map((e) => ({ text: e.textContent, ...e.getBoundingClientRect().toJSON() })));
    type Box = { text: string | null; left: number; right: number; top: number; bottom: number };
    const meet = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const clashes = boxes.flatMap((a: Box, i) =>
      boxes.slice(i + 1).flatMap((b: Box) => (meet(a, b) ? [`“${a.text}” over “${b.text}”`] : [])),
    );
    expect(clashes).toEqual([]);
    expect(await slide.evaluate(slideFitProblems)).toEqual([]);
    await slide.screenshot({ path: test.info().outputPath('clustered-slide.png') });
  });

  test('.pptx rendered by LibreOffice: every label shows and no text prints over other text', async () => {
    test.setTimeout(120_000);
    const pptx = await buildPptx(clustered, {
      asOfDate: clustered.asOfDate,
      stakeholders: SIDES,
      issues: ['patrols'],
      since: null,
    });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-cluster-')), 'clustered.pptx');
    await pptx.writeFile({ fileName: file });
    const texts = await pptxSlideTexts(file);
    for (const label of ['WH 52', 'ER 48', 'SPL 50', 'ICM 44–56 (range)', 'CMO 50', 'RCD 46–54 (range)'])
      expect(texts[0]).toContain(label);
    const { pages, problems } = pptxRenderProblems(file, texts);
    expect(pages).toBe(1);
    expect(problems).toEqual([]);
  });
});
