/**
 * The briefing deck at scale, for `npm run bench`: its per-slide files (/brief/slides/<n>.json,
 * lib/deck/parts.ts) and the deck's facts in parts (/brief/facts/*.json, lib/deck/split.ts: loaded
 * only for a narrowed deck) by size, and how long a reader waits for a slide the page does not carry:
 * slide 3 after pressing → twice on a loaded page, and slide 3 and the last slide opened cold by
 * address (`?slide=`); and a narrowed deck (3 sides × 4 issues) opened cold: the bytes it fetches and
 * when slides 1 and 3 are on screen.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

/** The targets this figure is held to (flagged by the bench, not enforced). */
export const DECK_TARGETS = { slideMs: 1000, slideFileGzip: 300 * 1024, slideFileRaw: 1024 * 1024 };

type FileSize = { file: string; raw: number; gzip: number };
export type DeckBench = {
  slides: number;
  largest: FileSize | null;
  total: { raw: number; gzip: number };
  /** Every facts file (/brief/facts/*.json) together, and the largest. */
  facts: { files: number; raw: number; gzip: number; largest: FileSize | null };
  narrowed: NarrowedBench;
  /** Medians of 3, ms. */
  nextToSlide3Ms: number;
  coldSlide3Ms: number;
  coldLastMs: number;
};

const size = (file: string): FileSize => {
  const text = fs.readFileSync(file);
  return { file, raw: text.length, gzip: zlib.gzipSync(text, { level: 9 }).length };
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Resolves when slide n is on screen (a slide is drawn only once its file is in) in the deck `deck`
 * selects; returns performance.now() then.
 */
async function slideShown(page: Page, n: number, deck = '.deck'): Promise<number> {
  const at = await page.waitForFunction(
    (selector) => !!document.querySelector(selector) && performance.now(),
    `${deck} .slide[data-active][aria-label^="Slide ${n} of "]`,
    { timeout: 120_000, polling: 16 },
  );
  return (await at.jsonValue()) as number;
}

/** A page in a fresh browser context (nothing cached), 1280×720. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  return context.newPage();
}

/** A narrowed deck opened cold: the bytes its requests bring (bodies, as served) and when slides 1 and 3 show. */
export type NarrowedBench = { query: string; bytes: number; files: number; slide1Ms: number; slide3Ms: number };

/** The narrowing measured: the first 3 sides and the first 4 issues of the data. */
export function narrowedQuery(outDir: string): string {
  const index = JSON.parse(fs.readFileSync(path.join(outDir, 'brief', 'facts', 'common.json'), 'utf8')) as {
    stakeholders: { id: string }[];
    issues: { id: string }[];
  };
  const ids = (xs: { id: string }[], n: number) =>
    xs
      .slice(0, n)
      .map((x) => x.id)
      .join(',');
  return `?s=${ids(index.stakeholders, 3)}&i=${ids(index.issues, 4)}`;
}

/** Three cold openings of the narrowed deck (medians); its bytes are those of the first. */
export async function benchNarrowed(
  browser: Browser,
  base: string,
  query: string,
  fullCount: number,
): Promise<NarrowedBench> {
  // The page's own first slides are the default deck's: the narrowed deck is the one worked out, of another count.
  const narrowed = `.deck[data-ready]:not([data-pending]):not([data-slides="${fullCount}"])`;
  const runs = { slide1: [] as number[], slide3: [] as number[] };
  let bytes = 0;
  let files = 0;
  for (let i = 0; i < 3; i++) {
    const page = await freshPage(browser);
    const sizes: Promise<number>[] = [];
    page.on('response', (r) =>
      sizes.push(
        r.body().then(
          (b) => b.length,
          () => 0,
        ),
      ),
    );
    await page.goto(`${base}/brief/${query}`, { waitUntil: 'commit', timeout: 120_000 });
    runs.slide1.push(await slideShown(page, 1, narrowed));
    await page.locator('html[data-deck-keys="on"]').waitFor({ state: 'attached', timeout: 120_000 });
    const start = await page.evaluate(() => performance.now());
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    runs.slide3.push((await slideShown(page, 3, narrowed)) - start);
    if (i === 0) {
      const all = await Promise.all(sizes);
      bytes = all.reduce((n, b) => n + b, 0);
      files = all.length;
    }
    await page.context().close();
  }
  return { query, bytes, files, slide1Ms: median(runs.slide1), slide3Ms: median(runs.slide3) };
}

/** The deck's files in `outDir` and three runs of each timing against the build served at `base`. */
export async function benchDeck(browser: Browser, base: string, outDir: string): Promise<DeckBench> {
  const dir = path.join(outDir, 'brief', 'slides');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^\d+\.json$/.test(f)) : [];
  const sizes = files.map((f) => size(path.join(dir, f)));
  const factsDir = path.join(outDir, 'brief', 'facts');
  const factSizes = fs.existsSync(factsDir) ? fs.readdirSync(factsDir).map((f) => size(path.join(factsDir, f))) : [];
  const runs = { next: [] as number[], slide3: [] as number[], last: [] as number[] };
  let slides = 0;
  for (let i = 0; i < 3; i++) {
    const page = await freshPage(browser);
    await page.goto(`${base}/brief/`, { waitUntil: 'load', timeout: 120_000 });
    await page.locator('html[data-deck-keys="on"]').waitFor({ state: 'attached', timeout: 120_000 });
    slides = Number(await page.locator('.deck[data-ready]').getAttribute('data-slides'));
    const start = await page.evaluate(() => performance.now());
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    runs.next.push((await slideShown(page, 3)) - start);
    await page.context().close();
    for (const [n, into] of [
      [3, runs.slide3],
      [slides, runs.last],
    ] as const) {
      const cold = await freshPage(browser);
      await cold.goto(`${base}/brief/?slide=${n}`, { waitUntil: 'commit', timeout: 120_000 });
      into.push(await slideShown(cold, n));
      await cold.context().close();
    }
  }
  return {
    slides,
    largest: sizes.sort((a, b) => b.gzip - a.gzip)[0] ?? null,
    total: { raw: sizes.reduce((n, s) => n + s.raw, 0), gzip: sizes.reduce((n, s) => n + s.gzip, 0) },
    facts: {
      files: factSizes.length,
      raw: factSizes.reduce((n, s) => n + s.raw, 0),
      gzip: factSizes.reduce((n, s) => n + s.gzip, 0),
      largest: factSizes.sort((a, b) => b.raw - a.raw)[0] ?? null,
    },
    narrowed: await benchNarrowed(browser, base, narrowedQuery(outDir), slides),
    nextToSlide3Ms: median(runs.next),
    coldSlide3Ms: median(runs.slide3),
    coldLastMs: median(runs.last),
  };
}

/** The figure's lines for the bench's output, and its two budget rows. */
export function deckReport(d: DeckBench) {
  const kib = (n: number) => (n / 1024).toFixed(1);
  const lines = [
    `Slide files (/brief/slides/<n>.json): ${d.slides} slides, ${kib(d.total.raw)} KiB in all (${kib(d.total.gzip)} KiB gz); largest ${d.largest ? `${path.basename(d.largest.file)} ${kib(d.largest.raw)} KiB (${kib(d.largest.gzip)} KiB gz)` : 'none — this build has no slide files'}.`,
    `The deck's facts in parts (/brief/facts/*.json, loaded only for a narrowed deck, by its issues): ${d.facts.files} files, ${kib(d.facts.raw)} KiB in all (${kib(d.facts.gzip)} KiB gz); largest ${d.facts.largest ? `${path.basename(d.facts.largest.file)} ${kib(d.facts.largest.raw)} KiB` : 'none'}.`,
    `A narrowed deck (${d.narrowed.query}), opened cold: ${d.narrowed.files} requests, ${kib(d.narrowed.bytes)} KiB fetched; slide 1 on screen ${d.narrowed.slide1Ms.toFixed(0)} ms from navigation start, slide 3 ${d.narrowed.slide3Ms.toFixed(0)} ms after → → (medians of 3).`,
    `Slide 3 on screen after → → on a loaded page: ${d.nextToSlide3Ms.toFixed(0)} ms; opened cold by address, from navigation start: slide 3 ${d.coldSlide3Ms.toFixed(0)} ms, the last slide (${d.slides}) ${d.coldLastMs.toFixed(0)} ms (medians of 3).`,
  ];
  const budgets: [string, boolean | null, string][] = [
    [
      `deck at scale: slide 3 on screen after → → ≤ ${DECK_TARGETS.slideMs} ms`,
      d.nextToSlide3Ms <= DECK_TARGETS.slideMs,
      `${d.nextToSlide3Ms.toFixed(0)} ms (cold by address: ${d.coldSlide3Ms.toFixed(0)} ms)`,
    ],
    [
      `deck at scale: largest slide file ≤ ${kib(DECK_TARGETS.slideFileGzip)} KiB gz and ≤ ${kib(DECK_TARGETS.slideFileRaw)} KiB raw`,
      d.largest ? d.largest.gzip <= DECK_TARGETS.slideFileGzip && d.largest.raw <= DECK_TARGETS.slideFileRaw : false,
      d.largest ? `${kib(d.largest.gzip)} KiB gz, ${kib(d.largest.raw)} KiB raw` : 'no slide files',
    ],
  ];
  return { lines, budgets };
}
