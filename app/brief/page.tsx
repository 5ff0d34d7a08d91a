import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getModel } from '@/lib/data';
import { buildDeck } from '@/lib/analysis/deck';
import { fitDeck } from '@/lib/analysis/narrow-deck';
import { DeckClient } from '@/components/brief/deck-client';
import { Slide } from '@/components/brief/slides';

export const metadata: Metadata = { title: 'Briefing' };

export default function BriefPage() {
  const deck = buildDeck(getModel());
  // Without JavaScript (and before it runs) every slide shows, in order; the client then presents one at a time.
  const fitted = fitDeck(deck);
  const allSlides = (
    <div className="deck" data-theme="light">
      {fitted.slides.map((slide, i) => (
        <Slide key={slide.id} slide={slide} deck={fitted} index={i} active={false} />
      ))}
    </div>
  );
  return (
    <>
      <h1 className="deck-controls sr-only">Briefing: {deck.title}</h1>
      <Suspense fallback={allSlides}>
        <DeckClient deck={deck} />
      </Suspense>
    </>
  );
}
