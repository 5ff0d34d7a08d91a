import type { Deck, DeckSlide } from '@/lib/deck/deck';
import { checkSlide, slideUrl, type SlideEntry } from '@/lib/deck/parts';

/** The deck's facts, written at build time by app/brief/deck.json/route.ts: what a narrowed deck is built from. */
export const DECK_URL = '/brief/deck.json';

/** A JSON file from the same origin, fetched once per page (again after a failure). */
function once<T>(cache: Map<string, Promise<T>>, url: string, read: (body: unknown) => T): Promise<T> {
  let request = cache.get(url);
  if (!request) {
    request = fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
        return read(await response.json());
      })
      .catch((error: unknown) => {
        cache.delete(url);
        throw error;
      });
    cache.set(url, request);
  }
  return request;
}

const decks = new Map<string, Promise<Deck>>();
const slides = new Map<string, Promise<DeckSlide>>();

/** The deck's facts. */
export const loadDeck = (): Promise<Deck> => once(decks, DECK_URL, (body) => body as Deck);

/** Slide n (from 1) of the default deck, checked against the index's entry for it. */
export const loadSlide = (n: number, entry: SlideEntry | undefined): Promise<DeckSlide> =>
  once(slides, slideUrl(n), (body) => checkSlide(n, entry, body));
