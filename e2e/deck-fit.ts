import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * What a reader would miss on an HTML slide: text clipped by a box that hides its overflow, cut by a
 * line clamp or an ellipsis, running out of its box over its neighbours, or past the slide's edge.
 * Run in the page on one `.slide`; returns one line per problem (empty when the slide fits).
 */
export function slideFitProblems(slide: Element): string[] {
  const edge = slide.getBoundingClientRect();
  const problems: string[] = [];
  const say = (why: string, el: Element) =>
    problems.push(`${why}: ${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 60)}”`);
  for (const el of slide.querySelectorAll('*')) {
    if (el.getClientRects().length === 0) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (
      box.right > edge.right + 1 ||
      box.bottom > edge.bottom + 1 ||
      box.left < edge.left - 1 ||
      box.top < edge.top - 1
    ) {
      say('past the slide’s edge', el);
      continue;
    }
    if (!(el instanceof HTMLElement)) continue; // SVG parts: the edge check above is theirs
    const style = getComputedStyle(el);
    const clamp = style.getPropertyValue('-webkit-line-clamp');
    const tall = el.scrollHeight > el.clientHeight + 1;
    const wide = el.scrollWidth > el.clientWidth + 1;
    if (clamp && clamp !== 'none' && tall) say('cut by a line clamp', el);
    else if (style.textOverflow === 'ellipsis' && wide) say('cut by an ellipsis', el);
    else if (el.clientHeight > 0 && style.display !== 'inline' && (tall || wide))
      say(
        style.overflowY !== 'visible' || style.overflowX !== 'visible'
          ? 'clipped (taller or wider than its box, which hides the rest)'
          : 'runs out of its box',
        el,
      );
  }
  return problems;
}

/**
 * The slides in the deck the page shows, once every slide is loaded (the full deck's files, or a narrowed
 * or over-time deck worked out): the page holds only the slide on screen (all of them only while printing).
 */
export async function deckSlideCount(page: Page): Promise<number> {
  // After hydration: the static HTML is the whole deck, ready and not pending, before the page reads its
  // address (a narrowed deck read then counted 17 slides where it has 8).
  await page.locator('html[data-deck-keys="on"]').waitFor({ state: 'attached' });
  const deck = page.locator('.deck[data-ready]:not([data-pending])');
  await deck.waitFor({ state: 'attached' });
  return Number(await deck.getAttribute('data-slides'));
}

/** Opens the deck at `query` and checks every slide in turn; returns "slide n (title): problem" lines and the slide count. */
export async function deckFitProblems(page: Page, query = ''): Promise<{ slides: number; problems: string[] }> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/brief/${query}`);
  await page.locator('html[data-deck-keys="on"]').waitFor({ state: 'attached' });
  const slides = await deckSlideCount(page);
  const problems: string[] = [];
  for (let n = 1; n <= slides; n++) {
    const slide = page.locator(`.deck .slide[data-active]`);
    await slide.and(page.locator(`[aria-label^="Slide ${n} of "]`)).waitFor();
    const title = (await slide.getAttribute('aria-label')) ?? '';
    for (const p of await slide.evaluate(slideFitProblems)) problems.push(`${title}: ${p}`);
    if (n < slides) await page.keyboard.press('ArrowRight');
  }
  return { slides, problems };
}

/** Saves the deck's .pptx from the Download .pptx button; returns its path and suggested name. */
export async function downloadDeckPptx(page: Page): Promise<{ file: string; name: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .pptx' }).click(),
  ]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-pptx-')), download.suggestedFilename());
  await download.saveAs(file);
  return { file, name: download.suggestedFilename() };
}

/** Text as written in XML (the slide parts, pdftotext's word list) back to plain text. */
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

type Word = { page: number; text: string; x0: number; y0: number; x1: number; y1: number };

/**
 * The .pptx as LibreOffice shows it: rendered to PDF headless (Debian's libreoffice-impress), then
 * every word's box read with `pdftotext -bbox`. Problems: a word past the slide's edge, two words
 * printed over each other (text run out of its frame onto another), a slide word that does not show.
 */
export function pptxRenderProblems(
  file: string,
  slideTexts: string[],
): { pages: number; problems: string[]; pdf: string } {
  const dir = path.dirname(file);
  // A profile of its own: two LibreOffice runs at once must not share one.
  const profile = `file://${fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-lo-'))}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const pdf = file.replace(/\.pptx$/, '.pdf');
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const pages = [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
  const problems: string[] = [];
  pages.forEach(([, w, h, body], i) => {
    const words: Word[] = [
      ...body!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
    ].map((m) => ({ page: i + 1, x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: unescapeXml(m[5]!) }));
    for (const word of words)
      if (word.x0 < 0 || word.y0 < 0 || word.x1 > +w! + 0.5 || word.y1 > +h! + 0.5)
        problems.push(`slide ${i + 1}: “${word.text}” runs past the slide’s edge`);
    for (let a = 0; a < words.length; a++)
      for (let b = a + 1; b < words.length; b++) {
        const p = words[a]!;
        const q = words[b]!;
        const dx = Math.min(p.x1, q.x1) - Math.max(p.x0, q.x0);
        const dy = Math.min(p.y1, q.y1) - Math.max(p.y0, q.y0);
        // More than a sliver (kerning, a descender touching the next line): one prints over the other.
        if (dx > 1.5 && dy > Math.min(p.y1 - p.y0, q.y1 - q.y0) * 0.35)
          problems.push(`slide ${i + 1}: “${p.text}” and “${q.text}” print over each other`);
      }
    const shown = new Set(words.map((x) => x.text.replace(/^\W+|\W+$/g, '')));
    const said = (slideTexts[i] ?? '').split(/\s+/).map((x) => x.replace(/^\W+|\W+$/g, ''));
    const missing = said.filter((x) => x.length >= 4 && /^[\p{L}\d]+$/u.test(x) && !shown.has(x));
    if (missing.length > 0) problems.push(`slide ${i + 1}: not shown: ${[...new Set(missing)].slice(0, 8).join(', ')}`);
  });
  return { pages: pages.length, problems, pdf };
}

/** Each slide's text in the .pptx (its a:t runs), in slide order. */
export async function pptxSlideTexts(file: string): Promise<string[]> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  return Promise.all(
    parts.map(async (f) =>
      [...(await zip.file(f)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)]
        .map((m) => unescapeXml(m[1]!))
        .join(' '),
    ),
  );
}
