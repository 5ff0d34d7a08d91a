/**
 * The deck the build writes, worked out once per build process (not once per page or file): its
 * facts in parts (/brief/facts/*.json, lib/deck/split.ts) and the default deck as shown (the /brief/ page's first slides and
 * index, and /brief/slides/<n>.json). Server only.
 */
import { getModel } from '../data';
import type { Model } from '../model';
import { getProposals } from '../proposals/data';
import { buildDeck } from './build';
import { presentDeck, type Deck, type ShownDeck } from './deck';
import { splitFacts } from './split';

const built = new WeakMap<Model, { facts: Deck; shown?: ShownDeck; split?: ReturnType<typeof splitFacts> }>();

function entry() {
  const model = getModel();
  let deck = built.get(model);
  if (!deck) built.set(model, (deck = { facts: buildDeck(model, getProposals()) }));
  return deck;
}

/** The deck's facts, from the data folder and its proposals. */
export const builtDeckFacts = (): Deck => entry().facts;

/** The deck's facts in parts: a common part and one per issue (what a narrowed deck loads). */
export function builtFactsParts() {
  const deck = entry();
  deck.split ??= splitFacts(deck.facts);
  return deck.split;
}

/** The deck as shown with nothing narrowed: every side and issue, the latest data. */
export function builtDeck(): ShownDeck {
  const deck = entry();
  deck.shown ??= presentDeck(deck.facts, { stakeholders: [], issues: [] });
  return deck.shown;
}
