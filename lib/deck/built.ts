/**
 * The deck the build writes, worked out once per build process (not once per page or file): its
 * facts (/brief/deck.json) and the default deck as shown (the /brief/ page's first slides and
 * index, and /brief/slides/<n>.json). Server only.
 */
import { getModel } from '../data';
import type { Model } from '../model';
import { getProposals } from '../proposals/data';
import { buildDeck } from './build';
import { presentDeck, type Deck, type ShownDeck } from './deck';

const built = new WeakMap<Model, { facts: Deck; shown?: ShownDeck }>();

function entry() {
  const model = getModel();
  let deck = built.get(model);
  if (!deck) built.set(model, (deck = { facts: buildDeck(model, getProposals()) }));
  return deck;
}

/** The deck's facts, from the data folder and its proposals. */
export const builtDeckFacts = (): Deck => entry().facts;

/** The deck as shown with nothing narrowed: every side and issue, the latest data. */
export function builtDeck(): ShownDeck {
  const deck = entry();
  deck.shown ??= presentDeck(deck.facts, { stakeholders: [], issues: [] });
  return deck.shown;
}
