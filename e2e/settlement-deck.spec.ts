/**
 * The deck's "<proposal> against the sides" slides and the proposal pages' fixes, on the settlement
 * fixture's build. Expected values are the hand-written answers of lib/fixtures/settlement-data/README.md
 * ("Expected answers" and "Deck slide").
 */
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import { expect, test } from './fixtures';
import { chartPage, slideSvg } from '../lib/chart-export';
import { deckFitProblems, deckSlideCount, downloadDeckPptx, pptxRenderProblems, pptxSlideTexts } from './deck-fit';

const COUNTER = 'Eastholm’s counter-plan against the sides';
const PLAN = 'The Lakes Council’s plan against the sides';
const REVISED = 'The Lakes Council’s revised plan against the sides';

/** A slide's title without its "(1 of 2)": a proposal whose terms do not fit one slide continues on the next. */
const base = (title: string) => title.replace(/ \(\d+ of \d+\)$/, '');

/** Steps through the deck to the slide titled `title` (continued or not) that shows `term`; returns it and the titles passed. */
async function openSlide(page: Page, query: string, title: string, term?: string) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/brief/${query}`);
  await page.locator('html[data-deck-keys="on"]').waitFor({ state: 'attached' });
  const slides = await deckSlideCount(page);
  const titles: string[] = [];
  for (let n = 1; n <= slides; n++) {
    const slide = page.locator('.deck .slide[data-active]').and(page.locator(`[aria-label^="Slide ${n} of "]`));
    await slide.waitFor();
    const heading = (await slide.locator('h2').textContent()) ?? '';
    titles.push(heading);
    if (base(heading) === title && (!term || (await slide.locator(`[data-term="${term}"]`).count()) > 0))
      return { slide, titles };
    if (n < slides) await page.keyboard.press('ArrowRight');
  }
  return { slide: null, titles };
}

const sideLine = (page: Page, term: string, side: string) =>
  page.locator(`.deck .slide[data-active] [data-term="${term}"] li[data-side="${side}"]`);

test.describe('the proposal slides', () => {
  test('the counter-plan: terms, distances, the red line crossed and the response with its quote', async ({ page }) => {
    test.setTimeout(90_000);
    const { slide } = await openSlide(page, '', COUNTER, 'water-sixty');
    expect(slide).not.toBeNull();
    const west = sideLine(page, 'water-sixty', 'westria');
    await expect(west).toContainText('10 points from the term to the nearest edge of its range; outside its range');
    await expect(west).toContainText('crosses red line: Giving Eastholm more than half of the water');
    // README "Deck slide": the verdict is the analysts' reading; the side that put the plan forward proposed it.
    await expect(west).toContainText('Rejects (analysts’ reading) “is a non-starter on water” — Ivo Lenk');
    await expect(sideLine(page, 'water-sixty', 'eastholm')).toContainText('Proposed it');
    await expect(sideLine(page, 'water-sixty', 'eastholm')).not.toContainText('No stated response');
    await expect(sideLine(page, 'water-sixty', 'lakes-council')).toContainText('No stated response');
    await expect(sideLine(page, 'water-sixty', 'eastholm')).toContainText('0 points; inside its range');
    await expect(sideLine(page, 'water-sixty', 'eastholm')).not.toContainText('crosses red line');
    await expect(sideLine(page, 'water-sixty', 'lakes-council')).toContainText('nothing can be said: no stance placed');
    // The observer is no side to the talks; a range is a bar with no point mark.
    await expect(slide!.locator('[data-side="lake-watch"]')).toHaveCount(0);
    await expect(slide!.locator('[data-term-scale="water-sixty"] [data-range="0-50"]')).toHaveCount(1);
    await expect(slide!.locator('[data-term-scale="water-sixty"] [data-point]')).toHaveCount(0);
    const bay = await openSlide(page, '', COUNTER, 'eastern-bay');
    await expect(sideLine(page, 'eastern-bay', 'westria')).toContainText('20–40 points');
    await expect(bay.slide!.locator('[data-term-scale="eastern-bay"] [data-term-place="70-90"]')).toHaveCount(1);
  });

  test('the revised plan: joint patrols against a red line that cannot be placed, rejected', async ({ page }) => {
    test.setTimeout(90_000);
    const { slide } = await openSlide(page, '', REVISED, 'joint-patrols');
    expect(slide).not.toBeNull();
    const east = sideLine(page, 'joint-patrols', 'eastholm');
    await expect(east).toContainText('50 points from its stance; not at its stance');
    await expect(east).not.toContainText('crosses red line');
    await expect(east).toContainText('Rejects (analysts’ reading) “are still patrols” — Mara Quist');
    await expect(sideLine(page, 'joint-patrols', 'lakes-council')).toContainText('Proposed it');
    await expect(sideLine(page, 'joint-patrols', 'westria')).toContainText('no stance placed');
  });

  test('as of 2 March 2032 only the Council plan stands, cut to that day; ?i= narrows the terms', async ({ page }) => {
    test.setTimeout(90_000);
    const { slide } = await openSlide(page, '?asof=2032-03-02', PLAN, 'water-half');
    expect(slide).not.toBeNull();
    await expect(sideLine(page, 'water-half', 'westria')).toContainText('nothing can be said: no stance placed');
    await expect(sideLine(page, 'water-half', 'westria')).toContainText('Accepts (analysts’ reading)');
    await expect(sideLine(page, 'water-half', 'eastholm')).toContainText('No stated response');
    await openSlide(page, '?asof=2032-03-02', PLAN, 'fishing-tilt');
    await expect(sideLine(page, 'fishing-tilt', 'westria')).toContainText(
      '10 points from its stance; not at its stance',
    );
    const rest = await openSlide(page, '?asof=2032-03-02', COUNTER);
    expect(rest.slide).toBeNull();
    expect(new Set(rest.titles.map(base).filter((t) => t.endsWith('against the sides')))).toEqual(new Set([PLAN]));
    const narrowed = await openSlide(page, '?i=patrols', REVISED);
    expect(narrowed.slide).not.toBeNull();
    expect(narrowed.titles.filter((t) => t.includes('against the sides'))).toEqual([REVISED]);
    await expect(narrowed.slide!.locator('[data-term]')).toHaveCount(1);
  });

  test('a quote stands only under the issue its statement bears on alone (README "Deck: the one quote")', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/brief/');
    await deckSlideCount(page);
    await page.emulateMedia({ media: 'print' });
    await page.locator('.deck[data-printing]').waitFor({ state: 'attached' });
    // Red before: Westria's fishing line quoted "will never give up more than half of the water".
    const fishing = page.locator('.slide[data-slide^="issue-fishing"] li');
    await expect(fishing.filter({ hasText: 'Westria' })).toContainText('Words bear on several issues: see notes');
    await expect(fishing.filter({ hasText: 'Eastholm' })).toContainText('Words bear on several issues: see notes');
    await expect(page.locator('.slide[data-slide^="issue-fishing"] ul')).not.toContainText('of the water');
    await expect(page.locator('.slide[data-slide^="issue-patrols"] ul')).toContainText('“are still patrols”');
    await expect(page.locator('.slide[data-slide^="issue-patrols"] ul')).not.toContainText('of the water');
    const tilt = page.locator('[data-term="fishing-tilt"] li[data-side="westria"]');
    await expect(tilt).toContainText('Partly (analysts’ reading) · Words bear on several issues: see notes');
    await expect(tilt).not.toContainText('“');
  });

  test('no proposal slide clips, cuts or overruns text (HTML, 1280×720)', async ({ page }) => {
    test.setTimeout(120_000);
    const { problems } = await deckFitProblems(page, '');
    expect(problems.filter((p) => p.includes('against the sides'))).toEqual([]);
  });

  test('the .pptx, rendered by LibreOffice, shows the proposal slides’ text, none over other text or past the edge', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto('/brief/');
    await deckSlideCount(page);
    const { file } = await downloadDeckPptx(page);
    const texts = await pptxSlideTexts(file);
    const ours = texts.flatMap((t, i) => (t.includes('against the sides') ? [i + 1] : []));
    // Each proposal's two terms take a slide each at 1280×720 ("(1 of 2)", "(2 of 2)").
    expect(ours).toHaveLength(6);
    const counter = texts.find((t) => t.startsWith(COUNTER) && t.includes('Sixty percent'))!;
    expect(counter).toContain('10 points from the term to the nearest edge of its range; outside its range');
    expect(counter).toContain('crosses red line: Giving Eastholm more than half of the water');
    // The verdict and the quote are two runs (the quote in italics): the text between them is white space.
    expect(counter).toMatch(/Rejects \(analysts’ reading\)\s+“is a non-starter on water” — Ivo Lenk/);
    expect(counter).toMatch(/Eastholm:\s+stance 40–100 · 0 points; inside its range · Proposed it/);
    // README "Deck: the one quote": Westria's fishing words bear on water too, so none is quoted there.
    const fishing = texts.find((t) => t.startsWith('Fishing'))!;
    expect(fishing).toContain('Words bear on several issues: see notes');
    expect(fishing).not.toContain('“');
    const { problems } = pptxRenderProblems(file, texts);
    expect(problems.filter((p) => ours.some((n) => p.startsWith(`slide ${n}:`)))).toEqual([]);
  });
});

test.describe('the proposals pages under ?asof=', () => {
  test('the list says the day it shows, not the latest', async ({ page }) => {
    await page.goto('/proposals/?asof=2032-03-02');
    await expect(page.getByTestId('proposals-as-of')).toHaveText('Data as of 2 Mar 2032.');
    await expect(page.getByText('Data as of 31 Mar 2032').filter({ visible: true })).toHaveCount(0);
    await page.goto('/proposals/');
    await expect(page.getByTestId('proposals-as-of')).toHaveText('Data as of 31 Mar 2032.');
  });

  test('the proposal page offers the terms against the sides as an image that stands alone', async ({ page }) => {
    await page.goto('/proposals/eastholm-counter/');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('proposal-image').getByRole('button', { name: /^SVG/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('proposal-eastholm-counter.svg');
    const svg = fs.readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain(COUNTER);
    expect(svg).toContain('10 points from the term to the nearest edge of its range; outside its range');
    expect(svg).toContain('“is a non-starter on water” — Ivo Lenk');
    expect(svg).toContain('data as of 31 Mar 2032');
    // README "Responses on a proposal's page and image": a verdict is labelled; the proposer proposed it.
    expect(svg).toContain('Rejects (analysts’ reading)');
    expect(svg).toContain('Proposed it');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByTestId('proposal-image')
        .getByRole('button', { name: /^PNG of/ })
        .click(),
    ]);
    expect(png.suggestedFilename()).toBe('proposal-eastholm-counter.png');
  });

  test('a long title wraps inside the image (the PNG’s page and the 16:9 slide), measured in Chromium', async ({
    page,
  }) => {
    // A fictional title as long as the seed's longest ("…summit sequence with Putin and Zelensky against the sides").
    const words = {
      title: 'Westhaven’s sequence: meet Dunmore, then a summit with Dunmore and Marrowmede, against the sides',
      takeaway: 'Put forward by the Lakes Council, 1 Mar 2032.',
      judgement: true,
      source: 'none',
      asOf: '31 Mar 2032',
    };
    const body = { svg: '<rect width="900" height="120" fill="#e2e8f0"/>', width: 900, height: 120 };
    for (const svg of [chartPage(words, body).svg, slideSvg(words, body)]) {
      await page.setContent(svg);
      // Each text's right edge against the width of the picture it is drawn in (its own svg's viewBox).
      const over = await page.evaluate(() =>
        [...document.querySelectorAll('text')].flatMap((t) => {
          const frame = t.closest('svg')!.viewBox.baseVal.width;
          const box = t.getBBox();
          return box.x + box.width > frame ? [`${t.textContent} (${Math.round(box.x + box.width)} > ${frame})`] : [];
        }),
      );
      expect(over).toEqual([]);
      expect(await page.locator('text[font-weight="700"]').first().textContent()).toMatch(/^Westhaven’s sequence/);
    }
  });

  test('the what-if link says the what-if uses the latest data', async ({ page }) => {
    await page.goto('/proposals/council-plan/?asof=2032-03-02');
    await expect(page.getByTestId('whatif-latest')).toContainText('the what-if always uses the latest data');
  });
});
