import { answerOf, DEMAND_HEAD, type DemandsSlide } from '@/lib/deck/slides/demands';
import { BORDER, HEADER, W, type PptxTarget } from './parts';

/** The demand column's width in inches; the sides share the rest. Rows were paged for 14 pt at this width. */
const DEMAND_COLUMN = 5.6;

export function demandsPptx({ slide, deck, side }: PptxTarget, s: DemandsSlide) {
  const header = [DEMAND_HEAD, ...deck.stakeholders.map((x) => x.abbreviation)].map((text) => ({
    text,
    options: HEADER,
  }));
  const rows = s.rows.map((r) => [
    { text: `${side(r.stakeholder).abbreviation}: ${r.text}` },
    ...deck.stakeholders.map((x) => ({ text: answerOf(r, x.id) })),
  ]);
  const rest = (W - 1 - DEMAND_COLUMN) / Math.max(1, deck.stakeholders.length);
  slide.addTable([header, ...rows], {
    x: 0.5,
    y: 1.2,
    w: W - 1,
    colW: [DEMAND_COLUMN, ...deck.stakeholders.map(() => rest)],
    fontSize: 14,
    border: BORDER,
    margin: 0.05,
  });
}
