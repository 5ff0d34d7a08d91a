import type { Metadata } from 'next';
import { getModel } from '@/lib/data';
import { buildDeck } from '@/lib/deck/build';
import { DeckClient } from '@/components/brief/deck-client';
import { dataRange } from '@/lib/url';

export const metadata: Metadata = { title: 'Briefing' };

/** Shows every slide, one after another, when JavaScript is off (the deck presents one at a time). */
const NO_SCRIPT_CSS =
  '.deck[data-ready] .slide:not([data-active]) { display: block; } .deck-controls { display: none; }';

export default function BriefPage() {
  const model = getModel();
  const deck = buildDeck(model);
  return (
    <>
      <h1 className="sr-only">Briefing: {deck.title}</h1>
      <noscript>
        <style>{NO_SCRIPT_CSS}</style>
      </noscript>
      <DeckClient deck={deck} range={dataRange(model)} />
    </>
  );
}
