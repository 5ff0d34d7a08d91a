import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import { buildDeck } from '../lib/deck/build';
import { getProposals } from '../lib/proposals/data';
import { presentDeck } from '../lib/deck/deck';
import { buildPptx } from '../components/brief/pptx';
import { factsPartFile, joinFacts } from '../lib/deck/split';
import { expect, expectNoAxeViolations, model, test } from './fixtures';
import { deckFitProblems, deckSlideCount, downloadDeckPptx, pptxRenderProblems, pptxSlideTexts } from './deck-fit';

// The deck /brief/ builds: with the data folder's proposals (a slide per proposal).
const full = buildDeck(model, getProposals());
const deck = presentDeck(full, { stakeholders: [], issues: [] });
const count = deck.slides.length;
const current = (page: import('@playwright/test').Page) => page.locator('.deck[data-ready] .slide[data-active]');
/** Opens the deck and waits until its keys work (the listener is attached after hydration). */
async function openDeck(page: import('@playwright/test').Page, query = '') {
  await page.goto(`/brief/${query}`);
  await page.locator('html[data-deck-keys="on"]').waitFor({ state: 'attached' });
}
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

test.describe('briefing deck', () => {
  test('the keyboard goes through every slide, with its number in the URL', async ({ page }) => {
    await openDeck(page);
    await expect(current(page)).toHaveAttribute('aria-label', `Slide 1 of ${count}: ${deck.slides[0]!.title}`);
    for (let n = 2; n <= count; n++) {
      await page.keyboard.press(n % 2 === 0 ? 'ArrowRight' : 'PageDown');
      await expect(page).toHaveURL(new RegExp(`slide=${n}(&|$)`));
      await expect(current(page)).toHaveAttribute('aria-label', `Slide ${n} of ${count}: ${deck.slides[n - 1]!.title}`);
    }
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`slide=${count}(&|$)`));
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/slide=1(&|$)/);
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/slide=2(&|$)/);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/slide=1(&|$)/);
    await page.keyboard.press('End');
    await expect(page).toHaveURL(new RegExp(`slide=${count}(&|$)`));
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(new RegExp(`slide=${count - 1}(&|$)`));
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await expect(current(page)).toHaveAttribute('aria-label', `Slide 3 of ${count}: ${deck.slides[2]!.title}`);
  });

  test('after a click on a deck button, the keys still drive the deck', async ({ page }) => {
    await openDeck(page);
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect(page).toHaveURL(/slide=2(&|$)/);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/slide=3(&|$)/);
    await page.getByRole('button', { name: 'Notes' }).click();
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/slide=4(&|$)/);
    await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toBeInViewport();
  });

  test('a deep link opens its slide, and notes show its quotes', async ({ page }) => {
    const n = deck.slides.findIndex((s) => s.kind === 'issue') + 1;
    await openDeck(page, `?slide=${n}`);
    await expect(current(page)).toHaveAttribute('aria-label', `Slide ${n} of ${count}: ${deck.slides[n - 1]!.title}`);
    await page.keyboard.press('n');
    const notes = page.getByRole('complementary', { name: 'Speaker notes' });
    for (const note of deck.slides[n - 1]!.notes) await expect(notes).toContainText(note.slice(0, 60));
  });

  test('a narrowed deck holds only the chosen sides and issues', async ({ page }) => {
    const sides = model.stakeholders.slice(0, 2).map((s) => s.id);
    const issue = model.issues[0]!.id;
    const narrowed = presentDeck(full, { stakeholders: sides, issues: [issue] });
    await page.goto(`/brief/?s=${sides.join(',')}&i=${issue}&slide=2`);
    await expect(page.getByText(`Slide 2 of ${narrowed.slides.length}`)).toBeVisible();
    const matrix = current(page);
    await expect(matrix.getByRole('columnheader')).toHaveText([
      'Issue',
      ...sides.map((id) => model.stakeholderById.get(id)!.name),
    ]);
    await expect(matrix.getByRole('rowheader')).toHaveCount(1);
    expect(narrowed.slides.filter((s) => s.kind === 'issue')).toHaveLength(1);
    // Every slide follows the narrowing: the timeline counts only the chosen sides' statements on the issue.
    const timeline = narrowed.slides.findIndex((s) => s.kind === 'timeline');
    await page.goto(`/brief/?s=${sides.join(',')}&i=${issue}&slide=${timeline + 1}`);
    const shown = model.statements.filter((st) => sides.includes(st.stakeholder) && st.issues.includes(issue)).length;
    await expect(current(page)).toContainText(
      `${shown} statement${shown === 1 ? '' : 's'} on ${model.issues[0]!.title.toLowerCase()}`,
    );
    const others = model.stakeholders.filter((s) => !sides.includes(s.id));
    await page.goto(`/brief/?s=${sides.join(',')}&i=${issue}&slide=${timeline + 2}`);
    await expect(current(page)).toHaveAttribute('data-slide', 'watch');
    // The watch items (not the footnote, whose outlet may share a side's name).
    const items = current(page).getByRole('listitem');
    await expect(items.first()).toBeVisible();
    for (const other of others) await expect(items.filter({ hasText: other.name })).toHaveCount(0);
    // The form that changes the narrowing shows it too.
    await page.getByText('Choose sides and issues').click();
    for (const s of model.stakeholders) {
      const box = page.getByRole('group', { name: 'Sides' }).getByRole('checkbox', { name: s.name });
      if (sides.includes(s.id)) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
    }
  });

  test('a narrowed deck loads only its issues’ facts, never the whole deck, and shows no side it was not asked for', async ({
    page,
  }) => {
    const sides = model.stakeholders.slice(1, 3).map((s) => s.id);
    const issues = [model.issues[2]!.id, model.issues[0]!.id];
    const narrowed = presentDeck(full, { stakeholders: sides, issues });
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await openDeck(page, `?s=${sides.join(',')}&i=${issues.join(',')}`);
    const n = narrowed.slides.length;
    await expect(current(page)).toHaveAttribute('aria-label', `Slide 1 of ${n}: ${narrowed.slides[0]!.title}`);
    // Its facts: the common part and the chosen issues' parts (lib/deck/split.ts); no other issue's, no whole deck.
    expect(asked.filter((p) => p.startsWith('/brief/facts/')).sort()).toEqual(
      ['/brief/facts/common.json', ...issues.map((i) => `/brief/facts/i-${i}.json`)].sort(),
    );
    expect(asked).not.toContain('/brief/deck.json');
    // Every slide, as the whole facts narrow it; a side's name, column or demand only of the chosen sides.
    for (let k = 1; k <= n; k++) {
      if (k > 1) await page.keyboard.press('ArrowRight');
      const slide = narrowed.slides[k - 1]!;
      await expect(current(page)).toHaveAttribute('aria-label', `Slide ${k} of ${n}: ${slide.title}`);
      if (slide.footnote) await expect(current(page).locator('footer')).toContainText(slide.footnote);
      const shown = await current(page)
        .locator('[data-side]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-side')));
      for (const id of shown) expect(sides, `slide ${k} (${slide.id}) shows ${id}`).toContain(id);
    }
    expect(asked).not.toContain('/brief/deck.json');
  });

  test('on an issue slide a side’s stance sits on the baseline of its name', async ({ page }) => {
    const n = deck.slides.findIndex((s) => s.kind === 'issue' && s.lines.some((l) => l.stance)) + 1;
    await openDeck(page, `?slide=${n}`);
    await expect(current(page)).toHaveAttribute('aria-label', new RegExp(`^Slide ${n} of `));
    // The bottom of the first line of the name's text and of the stance's text, for each side with a stance.
    const lines = await current(page)
      .locator('li:has([data-side])')
      .evaluateAll((items) =>
        items.flatMap((li) => {
          const name = li.querySelector('[data-side]')!;
          const stance = name.nextElementSibling;
          if (!stance?.textContent?.startsWith('stance')) return [];
          const bottom = (node: Node) => {
            const range = document.createRange();
            range.selectNodeContents(node);
            return range.getClientRects()[0]!.bottom;
          };
          return [{ side: name.textContent, off: Math.abs(bottom(name.lastChild!) - bottom(stance)) }];
        }),
      );
    expect(lines.length).toBeGreaterThan(0);
    for (const { side, off } of lines) expect(off, `${side}: stance below the name by ${off} px`).toBeLessThan(1);
  });

  test('without JavaScript the page’s first slides show, in order, and it says the rest need JavaScript', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/brief/');
    const slides = page.locator('[aria-roledescription="slide"]');
    // The static page holds the title and the matrix, complete; the other slides are built in the browser.
    await expect(slides).toHaveCount(2);
    for (const [i, slide] of deck.slides.slice(0, 2).entries()) {
      await expect(slides.nth(i)).toBeVisible();
      await expect(slides.nth(i)).toHaveAttribute('aria-label', `Slide ${i + 1} of ${count}: ${slide.title}`);
    }
    // (Inside <noscript>, which Playwright's text search skips.)
    const note = page.locator('noscript p');
    await expect(note).toBeVisible();
    await expect(note).toContainText(`the other ${count - 2} are built in the browser and need JavaScript`);
    await context.close();
  });

  test('a slide past the first two loads from its own file when the reader reaches it, without the deck’s facts, and prints', async ({
    page,
    request,
  }) => {
    const n = 3;
    const slide = deck.slides[n - 1]!;
    // Its file holds the slide as the project's loader presents it: a stale or broken file turns this red.
    const file = await request.get(`/brief/slides/${n}.json`);
    expect(file.ok(), `/brief/slides/${n}.json`).toBe(true);
    expect(await file.json()).toEqual(JSON.parse(JSON.stringify(slide)));
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await openDeck(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(current(page)).toHaveAttribute('aria-label', `Slide ${n} of ${count}: ${slide.title}`);
    await expect(current(page).locator('footer')).toContainText(slide.footnote);
    // The default deck never loads the deck's facts (/brief/facts/*.json, once /brief/deck.json): only slide files.
    expect(asked).toContain(`/brief/slides/${n}.json`);
    expect(asked.filter((p) => p.startsWith('/brief/facts/') || p === '/brief/deck.json')).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.deck[data-printing] .slide')).toHaveCount(count);
    const printed = page.locator(`.deck[data-printing] .slide[data-slide="${slide.id}"]`);
    await expect(printed).toHaveAttribute('aria-label', `Slide ${n} of ${count}: ${slide.title}`);
    await expect(printed.locator('footer')).toContainText(slide.footnote);
  });

  for (const [name, body] of [
    ['missing', null],
    ['another slide', JSON.stringify(deck.slides[0])],
    ['cut short', JSON.stringify(deck.slides[2]).slice(0, 40)],
  ] as const)
    test(`a slide whose file is ${name} is reported, never shown as that slide`, async ({ page }) => {
      await page.route('**/brief/slides/3.json', (route) =>
        body === null
          ? route.fulfill({ status: 404, body: 'not found' })
          : route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
      await openDeck(page, '?slide=3');
      await expect(page.getByRole('alert').filter({ hasText: 'Could not load slide 3' })).toBeVisible();
      await expect(page.locator('.deck .slide[data-active]')).toHaveCount(0);
      // The other slides still come.
      await page.keyboard.press('ArrowRight');
      await expect(current(page)).toHaveAttribute('aria-label', `Slide 4 of ${count}: ${deck.slides[3]!.title}`);
    });

  test('the page carries only its first slides; the rest come from their own files, and printing puts every slide in', async ({
    page,
    request,
  }) => {
    const html = await (await request.get('/brief/')).text();
    expect(html.match(/aria-roledescription="slide"/g)).toHaveLength(2);
    expect(html).not.toContain(deck.slides.at(-1)!.title === deck.slides[0]!.title ? '\u0000' : `Slide ${count} of`);
    // The deck's facts in parts (lib/deck/split.ts) give back the whole facts: a stale or broken part turns this red.
    const part = async (file: string) => (await (await request.get(`/brief/facts/${file}`)).json()) as never;
    const parts = await Promise.all(full.issues.map((i) => part(factsPartFile(i.id))));
    expect(joinFacts(await part('common.json'), parts)).toEqual(JSON.parse(JSON.stringify(full)));
    expect((await request.get('/brief/deck.json')).status()).toBe(404);
    await openDeck(page, `?slide=${count}`);
    await expect(current(page)).toHaveAttribute(
      'aria-label',
      `Slide ${count} of ${count}: ${deck.slides.at(-1)!.title}`,
    );
    // On screen only the slide shown is in the page.
    await expect(page.locator('.deck .slide')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.deck .slide')).toHaveCount(count);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.deck .slide')).toHaveCount(1);
  });

  test('unknown ids in the URL get a message and the valid choices', async ({ page }) => {
    await page.goto('/brief/?s=russia,atlantis');
    const alert = page.getByRole('alert').filter({ hasText: 'Not in the data' });
    await expect(alert).toContainText('atlantis');
    await expect(alert).toContainText(model.stakeholders.map((s) => s.id).join(', '));
  });

  test('printing gives one page per slide', async ({ page }) => {
    await page.goto('/brief/');
    await expect(current(page)).toBeVisible();
    // Printing builds every slide from the deck's facts, once they are loaded. The print media is set
    // first and every slide awaited: Chromium's PDF does not wait for the page to answer the media
    // change (a reader's Ctrl+P fires beforeprint, which the deck answers at once — flushSync).
    expect(await deckSlideCount(page)).toBe(count);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.deck .slide')).toHaveCount(count);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(pdf)).toBe(count);
  });

  test('the .pptx download has one slide per slide, holding the quotes', async ({ page }) => {
    await page.goto('/brief/');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .pptx' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pptx$/);
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const slideParts = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slideParts).toHaveLength(count);
    const text = (await Promise.all(slideParts.map((f) => zip.file(f)!.async('string')))).join('\n');
    const quotes = deck.slides.flatMap((s) =>
      s.kind === 'issue' ? s.lines.map((l) => l.quote?.text).filter((q): q is string => !!q) : [],
    );
    expect(quotes.length).toBeGreaterThan(0);
    const escape = (s: string) =>
      s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
    for (const q of quotes) expect(text.includes(escape(q)) || text.includes(q), q).toBe(true);
    // Slide n of the file is deck slide n: slide parts are named slide1.xml, slide2.xml, …
    const presentation = await zip.file('ppt/presentation.xml')!.async('string');
    const slideHeight = Number(presentation.match(/<p:sldSz[^>]*cy="(\d+)"/)![1]);
    for (const [n, slide] of deck.slides.entries()) {
      const xml = await zip.file(`ppt/slides/slide${n + 1}.xml`)!.async('string');
      // No frame (text box, table, picture) runs past the slide's bottom edge.
      for (const frame of xml.matchAll(/<a:off x="\d+" y="(\d+)"\/>\s*<a:ext cx="\d+" cy="(\d+)"\/>/g))
        expect(Number(frame[1]) + Number(frame[2]), `slide ${n + 1} (${slide.title})`).toBeLessThanOrEqual(slideHeight);
      // Every issue slide draws its scale (a picture, a chart, or drawn shapes besides text boxes),
      // with its stances on it, or empty and saying why.
      if (slide.kind === 'issue')
        expect(/<p:pic>|<c:chart|<a:prstGeom prst="(?!rect")/.test(xml) || /<p:cxnSp>/.test(xml), slide.title).toBe(
          true,
        );
    }
  });

  for (const [name, query] of [
    ['the full deck', ''],
    ['a narrowed deck with a since-date', '?s=russia,ukraine,united-states&i=territory,security&since=2025-08-01'],
  ] as const)
    test(`no slide of ${name} clips, cuts or overruns text (HTML, 1280×720)`, async ({ page }) => {
      test.setTimeout(90_000);
      const { slides, problems } = await deckFitProblems(page, query);
      expect(slides).toBeGreaterThan(3);
      expect(problems).toEqual([]);
    });

  test('the .pptx, rendered by LibreOffice, shows every slide’s text, none over other text or past the edge; it is named and titled', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const sides = ['russia', 'ukraine'];
    await page.goto(`/brief/?s=${sides.join(',')}&i=territory`);
    const slides = await deckSlideCount(page);
    const { file, name } = await downloadDeckPptx(page);
    // The data's as-of date and the narrowing (the README's example).
    expect(name).toBe(`standpoint-brief-${model.dataset.asOf}-russia-ukraine-territory.pptx`);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:creator>Standpoint</dc:creator>');
    expect(core).toContain(`<dc:title>${model.dataset.title}</dc:title>`);
    expect(core).toMatch(/<dc:subject>Briefing as of [^<]+<\/dc:subject>/);
    const texts = await pptxSlideTexts(file);
    expect(texts).toHaveLength(slides);
    const { pages, problems } = pptxRenderProblems(file, texts);
    expect(pages).toBe(slides);
    expect(problems).toEqual([]);
  });

  test('the whole deck’s .pptx (its proposal slides’ long titles too), rendered by LibreOffice: no title runs onto the line under it, no text over other text', async () => {
    test.setTimeout(180_000);
    const pptx = await buildPptx(deck, { asOfDate: deck.asOfDate, stakeholders: [], issues: [], since: null });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-whole-')), 'whole.pptx');
    await pptx.writeFile({ fileName: file });
    const texts = await pptxSlideTexts(file);
    expect(texts).toHaveLength(count);
    const { pages, problems } = pptxRenderProblems(file, texts);
    expect(pages).toBe(count);
    expect(problems).toEqual([]);
  });

  test('npm run export:pdf writes a PDF with a page per slide', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-pdf-')), 'briefing.pdf');
    execFileSync(
      process.execPath,
      [
        'scripts/export-pdf.mjs',
        '--out',
        out,
        '--port',
        // Beside this run's own server port, so parallel checkouts on one machine never share the PDF server.
        String(Number(process.env.E2E_PORT ?? 3100) + 90 + Number(process.env.TEST_PARALLEL_INDEX ?? 0)),
      ],
      { stdio: 'pipe' },
    );
    expect(pdfPages(fs.readFileSync(out))).toBe(count);
  });

  test('has no axe violations, in light and dark themes and with notes open', async ({ page }) => {
    await openDeck(page, '?slide=3');
    await expectNoAxeViolations(page);
    await page.keyboard.press('t');
    await page.keyboard.press('n');
    await expectNoAxeViolations(page);
  });
});
