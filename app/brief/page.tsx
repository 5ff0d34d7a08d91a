import type { Metadata } from 'next';
import { getModel } from '@/lib/data';
import { buildDeck } from '@/lib/deck/build';
import { getProposals } from '@/lib/proposals/data';
import { presentDeck } from '@/lib/deck/deck';
import { DeckClient } from '@/components/brief/deck-client';
import { dataRange } from '@/lib/url';

export const metadata: Metadata = { title: 'Briefing' };

/**
 * Slides the static page carries, complete: the title and the matrix. Every other slide is built in
 * the browser from /brief/deck.json (app/brief/deck.json/route.ts), so the page stays light at scale.
 */
const FIRST_SLIDES = 2;

/** Shows the slides the page carries, one after another, when JavaScript is off (the deck presents one at a time). */
const NO_SCRIPT_CSS =
  '.deck[data-ready] .slide:not([data-active]) { display: block; } .deck-controls { display: none; }';

export default function BriefPage() {
  const model = getModel();
  const deck = buildDeck(model, getProposals());
  const shown = presentDeck(deck, { stakeholders: [], issues: [] });
  const first = { deck: { ...shown, slides: shown.slides.slice(0, FIRST_SLIDES) }, count: shown.slides.length };
  const rest = shown.slides.length - first.deck.slides.length;
  return (
    <>
      <h1 className="sr-only">Briefing: {deck.title}</h1>
      <noscript>
        <style>{NO_SCRIPT_CSS}</style>
        {rest > 0 ? (
          <p className="mb-2 rounded border border-amber-700 bg-amber-50 p-2 text-amber-950">
            This page holds the deck’s first {first.deck.slides.length} slides; the other {rest} are built in the
            browser and need JavaScript.
          </p>
        ) : null}
      </noscript>
      <DeckClient first={first} sides={deck.stakeholders} issues={deck.issues} range={dataRange(model)} />
    </>
  );
}
