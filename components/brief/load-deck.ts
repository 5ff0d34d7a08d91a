import type { Deck } from '@/lib/deck/deck';

/** The deck's facts, written at build time by app/brief/deck.json/route.ts. */
export const DECK_URL = '/brief/deck.json';

let deckRequest: Promise<Deck> | undefined;

/** The deck's facts from the same origin, fetched once per page (again after a failure). */
export function loadDeck(): Promise<Deck> {
  deckRequest ??= fetch(DECK_URL).then(
    async (response) => {
      if (response.ok) return (await response.json()) as Deck;
      deckRequest = undefined;
      throw new Error(`${DECK_URL}: ${response.status} ${response.statusText}`);
    },
    (error: unknown) => {
      deckRequest = undefined;
      throw error;
    },
  );
  return deckRequest;
}
