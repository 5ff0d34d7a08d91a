/**
 * The deck in parts: the default deck (every side and issue, the latest data) as one static JSON
 * file per slide (/brief/slides/<n>.json, written at build time by app/brief/slides/[file]/route.ts)
 * and an index the page carries (every slide's id, kind and title: counts, the presenter's "Next:",
 * file names). The browser loads the slide shown and its neighbours, and every slide to print or
 * make a .pptx. A narrowed or over-time deck is worked out from the facts (/brief/facts/*.json,
 * /data/history.json). Browser-safe.
 */
import type { DeckSlide, ShownDeck, SlideKindName } from './deck';

/** Where slide n (from 1) of the default deck is served. */
export const slideUrl = (n: number) => `/brief/slides/${n}.json`;

/** A slide as the index names it. */
export type SlideEntry = { id: string; kind: SlideKindName; title: string };

/** The deck without its slides' bodies. */
export type DeckIndex = Omit<ShownDeck, 'slides'> & { slides: SlideEntry[] };

export function deckIndex({ slides, ...deck }: ShownDeck): DeckIndex {
  return { ...deck, slides: slides.map(({ id, kind, title }) => ({ id, kind, title })) };
}

/**
 * A slide file's contents, checked against the index: a file that is not the slide the index names
 * there (missing, cut short, another build's) is an error, never shown as that slide.
 */
export function checkSlide(n: number, entry: SlideEntry | undefined, body: unknown): DeckSlide {
  const slide = body as Partial<DeckSlide> | null;
  if (
    !entry ||
    !slide ||
    typeof slide !== 'object' ||
    slide.id !== entry.id ||
    slide.kind !== entry.kind ||
    slide.title !== entry.title
  )
    throw new Error(`${slideUrl(n)} is not slide ${n}${entry ? ` (${entry.title})` : ''} of this deck`);
  return slide as DeckSlide;
}
