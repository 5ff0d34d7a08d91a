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

/** Positions (from 0) of the slide shown and its neighbours: what the reader may reach next. */
export const nearby = (index: number, count: number) =>
  [index, index + 1, index - 1].filter((n) => n >= 0 && n < count);

/**
 * The default deck's slides (one static file each, /brief/slides/<n>.json) as they are loaded: the
 * page's first slides at once, then each position in `want` (from 0) as its file comes in.
 * `loadAll` loads every slide (print, .pptx), telling `progress` how many are in; `errors` says
 * which files failed, by position.
 */
export function useDeckParts(first: FirstSlides, want: number[]) {
  const { index } = first;
  const [loaded, setLoaded] = useState<Loaded>(() => ({ slides: first.slides, errors: {} }));
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const fetchSlide = useCallback(
    (n: number) =>
      loadSlide(n + 1, index.slides[n]).then(
        (slide) => {
          setLoaded((prev) => {
            if (prev.slides[n]) return prev;
            const slides = [...prev.slides];
            slides[n] = slide;
            const errors = { ...prev.errors };
            delete errors[n];
            return { slides, errors };
          });
          return slide;
        },
        (error: unknown) => {
          setLoaded((prev) => ({
            ...prev,
            errors: { ...prev.errors, [n]: `Could not load slide ${n + 1}: ${String(error)}` },
          }));
          throw error;
        },
      ),
    [index],
  );

  const wanted = want.join();
  useEffect(() => {
    for (const n of want) if (!loaded.slides[n]) fetchSlide(n).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `wanted` names `want`; a loaded slide is not fetched again (loadSlide caches)
  }, [wanted, fetchSlide]);

  /** Every slide, in order, once each is loaded (a .pptx needs them all). */
  const loadAll = useCallback(async (): Promise<ShownDeck> => {
    const total = index.slides.length;
    let done = 0;
    setProgress({ done, total });
    try {
      const slides = await Promise.all(
        index.slides.map((_, n) =>
          (first.slides[n] ? Promise.resolve(first.slides[n]) : fetchSlide(n)).then((slide) => {
            setProgress({ done: ++done, total });
            return slide;
          }),
        ),
      );
      // In the page before the caller prints: the print is laid out from what is rendered.
      flushSync(() => setLoaded({ slides, errors: {} }));
      return { ...index, slides };
    } finally {
      setProgress(null);
    }
  }, [index, first.slides, fetchSlide]);

  return { slides: loaded.slides, errors: loaded.errors, loadAll, progress };
}
