'use client';

import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { DeckSlide, ShownDeck } from '@/lib/deck/deck';
import type { DeckIndex } from '@/lib/deck/parts';
import { loadSlide } from './load-deck';

/** The default deck as the static page carries it: its index and its first slides. */
export type FirstSlides = { index: DeckIndex; slides: DeckSlide[] };

/** Each position's slide once loaded, and why a position's file failed (cleared when a retry loads it). */
type Loaded = { slides: (DeckSlide | undefined)[]; errors: Record<number, string> };
/** A position's file as it came in: its slide, or why not. */
type Outcome = [n: number, slide: DeckSlide | null, error?: string];

/** Positions (from 0) of the slide shown and its neighbours: what the reader may reach next. */
export const nearby = (index: number, count: number) =>
  [index, index + 1, index - 1].filter((n) => n >= 0 && n < count);

/** Slides loaded in the background between two renders. */
const BATCH = 16;

function settle(prev: Loaded, outcomes: Outcome[]): Loaded {
  const slides = [...prev.slides];
  const errors = { ...prev.errors };
  for (const [n, slide, error] of outcomes) {
    if (slide) {
      slides[n] ??= slide;
      delete errors[n];
    } else errors[n] = `Could not load slide ${n + 1}: ${error}`;
  }
  return { slides, errors };
}

/**
 * The default deck's slides (one static file each, /brief/slides/<n>.json) as they are loaded: the
 * page's first slides at once, then each position in `want` (from 0) as its file comes in, and —
 * with `rest`, once those are in — every other slide, one file at a time, so that a print from the
 * browser's own menu holds the whole deck. `loadAll` loads every slide at once (the print and .pptx buttons), telling
 * `progress` how many are in; `errors` says which files failed, by position.
 */
export function useDeckParts(first: FirstSlides, want: number[], rest: boolean) {
  const { index } = first;
  const [loaded, setLoaded] = useState<Loaded>(() => ({ slides: first.slides, errors: {} }));
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const outcome = useCallback(
    (n: number): Promise<Outcome> =>
      first.slides[n]
        ? Promise.resolve([n, first.slides[n]])
        : loadSlide(n + 1, index.slides[n]).then(
            (slide): Outcome => [n, slide],
            (error: unknown): Outcome => [n, null, String(error)],
          ),
    [index, first.slides],
  );

  // The background load starts once the wanted slides are in (or failed), and then runs to the end.
  const [started, setStarted] = useState(false);
  if (rest && !started && want.every((n) => loaded.slides[n] || loaded.errors[n])) setStarted(true);

  const wanted = want.join();
  useEffect(() => {
    for (const n of want) if (!loaded.slides[n]) void outcome(n).then((o) => setLoaded((prev) => settle(prev, [o])));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `wanted` names `want`; a file is fetched once (loadSlide caches it)
  }, [wanted, outcome]);

  useEffect(() => {
    if (!started) return;
    let live = true;
    void (async () => {
      let batch: Outcome[] = [];
      for (let n = 0; n < index.slides.length && live; n++) {
        batch.push(await outcome(n));
        if (batch.length === BATCH || n === index.slides.length - 1) {
          const done = batch;
          if (live) setLoaded((prev) => settle(prev, done));
          batch = [];
        }
      }
    })();
    return () => {
      live = false;
    };
  }, [started, index, outcome]);

  /** Every slide, in order (a .pptx and a print need them all); rejects if any cannot load. */
  const loadAll = useCallback(async (): Promise<ShownDeck> => {
    const total = index.slides.length;
    let done = 0;
    setProgress({ done, total });
    try {
      const outcomes = await Promise.all(
        index.slides.map((_, n) =>
          outcome(n).then((o) => {
            setProgress({ done: ++done, total });
            return o;
          }),
        ),
      );
      // In the page before the caller prints: the print is laid out from what is rendered.
      flushSync(() => setLoaded((prev) => settle(prev, outcomes)));
      const failed = outcomes.find(([, slide]) => !slide);
      if (failed) throw new Error(`Could not load slide ${failed[0] + 1}: ${failed[2]}`);
      return { ...index, slides: outcomes.map(([, slide]) => slide!) };
    } finally {
      setProgress(null);
    }
  }, [index, outcome]);

  return { slides: loaded.slides, errors: loaded.errors, loadAll, progress };
}
