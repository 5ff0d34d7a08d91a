import type { Metadata } from 'next';
import { getModel } from '@/lib/data';
import { builtDeck, builtDeckFacts } from '@/lib/deck/built';
import { deckIndex } from '@/lib/deck/parts';
import { DeckClient } from '@/components/brief/deck-client';
import { dataRange } from '@/lib/url';

export const metadata: Metadata = { title: 'Briefing' };

/**
 * Slides the static page carries, complete: the title and the matrix. Every other slide is its own
 * static file (/brief/slides/<n>.json, app/brief/slides/[file]/route.ts), loaded as the reader
 * reaches it; a narrowed deck is built in the browser from its issues' facts (/brief/facts/*.json, lib/deck/split.ts).
 */
const FIRST_SLIDES = 2;

/** Shows the slides the page carries, one after another, when JavaScript is off (the deck presents one at a time). */
const NO_SCRIPT_CSS =
  '.deck[data-ready] .slide:not([data-active]) { display: block; } .deck-controls { display: none; }';

export default function BriefPage() {
  const model = getModel();
  const facts = builtDeckFacts();
  const shown = builtDeck();
  const first = { index: deckIndex(shown), slides: shown.slides.slice(0, FIRST_SLIDES) };
  const rest = shown.slides.length - first.slides.length;
  return (
    <>
      <h1 className="sr-only">Briefing: {shown.title}</h1>
      <noscript>
        <style>{NO_SCRIPT_CSS}</style>
        {rest > 0 ? (
          <p className="mb-2 rounded border border-amber-700 bg-amber-50 p-2 text-amber-950">
            This page holds the deck’s first {first.slides.length} slides; the other {rest} are built in the browser and
            need JavaScript.
          </p>
        ) : null}
      </noscript>
      <DeckClient first={first} sides={facts.stakeholders} issues={facts.issues} range={dataRange(model)} />
    </>
  );
}
