/**
 * The deck on the size fixture (lib/fixtures/size-data, fictional: 9 sides, 14 sources with long
 * titles, long summaries, moves inside the default window): every slide of the full deck and of a
 * narrowed deck with a since-date fits at 1280×720 in HTML, and the .pptx rendered through
 * LibreOffice shows every slide's text with nothing over anything else or past the edge. Expected
 * counts and words are the fixture README's, checked against the data through the project's loader.
 */
import path from 'node:path';
import { formatProblem, readDataFolder } from '../lib/load';
import { deckFitProblems, deckSlideCount, downloadDeckPptx, pptxRenderProblems, pptxSlideTexts } from './deck-fit';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const size = (() => {
  const result = readDataFolder(path.resolve('lib/fixtures/size-data'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.data;
})();

/** The whole deck with every slide in the page, as when printing (on screen it holds only the slide shown). */
async function printedDeck(page: Page) {
  await page.goto('/brief/');
  await deckSlideCount(page);
  await page.emulateMedia({ media: 'print' });
  await page.locator('.deck[data-printing]').waitFor({ state: 'attached' });
}

/** The README's narrowed deck: three sides, two issues, the changes since 1 Jun 2033. */
const NARROWED = '?s=westhaven,eastreach,norvale&i=waters,guarantees&since=2033-06-01';

test.describe('the deck on the size fixture', () => {
  test('the fixture is the size the README says', () => {
    expect(size.sources).toHaveLength(14);
    expect(size.stakeholders).toHaveLength(9);
    expect(size.statements).toHaveLength(33);
    expect(size.events).toHaveLength(15);
  });

  for (const [name, query] of [
    ['the full deck', ''],
    ['the full deck with a since-date', '?since=2033-05-31'],
    ['a narrowed deck with a since-date', NARROWED],
  ] as const)
    test(`no slide of ${name} clips, cuts or overruns text (HTML, 1280×720)`, async ({ page }) => {
      test.setTimeout(90_000);
      const { slides, problems } = await deckFitProblems(page, query);
      expect(slides).toBeGreaterThan(5);
      expect(problems).toEqual([]);
    });

  test('the title counts the sources the Sources slides list; a red line stays one on What to watch', async ({
    page,
  }) => {
    await printedDeck(page);
    // README: every source carries a statement, so the whole deck cites all 14.
    await expect(page.locator('.slide[data-slide="title"]')).toContainText('14 sources · 33 statements');
    await expect(page.locator('.slide[data-slide^="sources"] ol > li')).toHaveCount(14);
    const watch = page.locator('.slide[data-slide^="watch"] li');
    for (const redLine of [
      'Westhaven rules out: Any arrangement that gives Eastreach a veto over ships sailing from the Westhaven shore',
      'Isle Council of Marrow rules out: Armed patrols within sight of the Marrow Isle harbour while the talks go on',
      'Harbourmasters’ Guild rules out: Any closure of the outer fishing grounds to Guild members',
    ])
      await expect(watch.filter({ hasText: redLine })).toHaveCount(1);
    // README "What to watch" and "Deck: long quotes": a verdict says it is the analysts' reading; a quote
    // too long for the slide says it is in the notes (red before: the words vanished unsaid).
    await expect(watch.filter({ hasText: 'Eastreach partly accepts (analysts’ reading)' })).not.toHaveCount(0);
    await expect(page.locator('.slide[data-slide^="demands"] thead').first()).toContainText(
      'Response — analysts’ reading of the side’s words',
    );
    const waters = page.locator('.slide[data-slide^="issue-waters"] li').filter({ hasText: 'Westhaven' });
    await expect(waters.first()).toContainText('Words too long for the slide: in the notes');
    // Every footer is one short line: the citations, or how many sources (listed at the end).
    for (const footer of await page.locator('.slide footer > span:first-child').allInnerTexts())
      expect(footer.length, footer).toBeLessThanOrEqual(150);
  });

  test('the waters slide draws the key gap ER–ICM 10–50 over 30–80, darker over 70–80; no squeezed words', async ({
    page,
  }) => {
    await printedDeck(page);
    // README (Charts): ICM 30–70, ER 80, so the gap is 10–50 points: light 30–80, darker 70–80
    // (red before: one band over 70–80 only, which drew a 10-point gap).
    const slide = page.locator('.slide[data-slide^="issue-waters"]').first();
    await expect(slide.locator('[data-key-gap]')).toContainText('10–50 points apart');
    // Where each band falls on the drawn 0–100 axis, as a share of it.
    const spans = await slide
      .locator('svg')
      .first()
      .evaluate((svg) => {
        const axis = [...svg.querySelectorAll('line')].find((l) => l.getAttribute('x1') !== l.getAttribute('x2'))!;
        const { left, width } = axis.getBoundingClientRect();
        const at = (sel: string) => {
          const r = svg.querySelector(sel)!.getBoundingClientRect();
          return [((r.left - left) / width) * 100, ((r.right - left) / width) * 100].map(Math.round);
        };
        return { band: at('[data-gap-band]'), near: at('[data-gap-near]') };
      });
    expect(spans).toEqual({ band: [30, 80], near: [70, 80] });
    // Words are wrapped, never squeezed letter by letter, anywhere in the deck.
    await expect(page.locator('.deck text[lengthAdjust], .deck text[textLength]')).toHaveCount(0);
  });

  for (const [name, query, file] of [
    ['the full deck', '', 'standpoint-brief-2033-06-30.pptx'],
    [
      'a narrowed deck with a since-date',
      NARROWED,
      'standpoint-brief-2033-06-30-westhaven-eastreach-norvale-waters-guarantees-since-2033-06-01.pptx',
    ],
  ] as const)
    test(`the .pptx of ${name}, rendered by LibreOffice, shows every slide's text, none over other text or past the edge`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.goto(`/brief/${query}`);
      // Once the deck's facts are loaded and a since-date's slide is worked out.
      const slides = await deckSlideCount(page);
      const { file: pptx, name: saved } = await downloadDeckPptx(page);
      expect(saved).toBe(file);
      const texts = await pptxSlideTexts(pptx);
      expect(texts).toHaveLength(slides);
      const demands = texts.filter((t) => t.startsWith('Demands and responses'));
      for (const t of demands) expect(t).toContain('Response — analysts’ reading of the side’s words');
      const { pages, problems } = pptxRenderProblems(pptx, texts);
      expect(pages).toBe(slides);
      expect(problems).toEqual([]);
    });

  test('the stance chart’s data CSV has the date as ISO, an approximate flag and the scale words', async ({ page }) => {
    const fs = await import('node:fs');
    const { default: JSZip } = await import('jszip');
    await page.goto('/issues/waters/');
    const group = page.getByRole('group', { name: 'Download Stance spectrum: Lagoon waters' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      group.getByRole('button', { name: /^Data/ }).click(),
    ]);
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const rows = (await zip.file('data.csv')!.async('string'))
      .slice(1)
      .trimEnd()
      .split('\r\n')
      // Fields in quotation marks may hold commas ("" inside is one ").
      .map((line) =>
        [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) =>
          m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'),
        ),
      );
    const column = (name: string) => rows[0]!.indexOf(name);
    expect(column('As of (ISO date)')).toBe(column('As of') + 1);
    expect(column('As of approximate')).toBe(column('As of') + 2);
    // README: Westhaven moved to 35 on 12 Jun 2033 (an exact date), between Westhaven governs and Shared authority.
    const westhaven = rows.find((r) => r[0] === 'Westhaven' && r[1] === '35')!;
    expect(westhaven[column('As of (ISO date)')]).toBe('2033-06-12');
    expect(westhaven[column('As of approximate')]).toBe('no');
    expect(westhaven.join(',')).toContain('Westhaven governs');
  });
});
