import { answerOf, type DemandsSlide } from '@/lib/deck/slides/demands';
import { BORDER, HEADER, W, type PptxTarget } from './parts';

export function demandsPptx({ slide, deck, side }: PptxTarget, s: DemandsSlide) {
  const header = ['Demand', ...deck.stakeholders.map((x) => x.abbreviation)].map((text) => ({ text, options: HEADER }));
  const rows = s.rows.map((r) => [
    { text: `${side(r.stakeholder).abbreviation}: ${r.text}` },
    ...deck.stakeholders.map((x) => ({ text: answerOf(r, x.id) })),
  ]);
  slide.addTable([header, ...rows], { x: 0.5, y: 1.2, w: W - 1, fontSize: 11, border: BORDER });
}
