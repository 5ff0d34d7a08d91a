import type { DemandsSlide } from '@/lib/deck/slides/demands';
import type { DeckSide } from '@/lib/deck/types';
import { BORDER, HEADER, W, type BodyProps, type PptxTarget } from './parts';

type Row = DemandsSlide['rows'][number];
const answer = (r: Row, s: DeckSide) => (s.id === r.stakeholder ? '(own)' : (r.responses.find((x) => x.stakeholder === s.id)?.label ?? ''));

export function DemandsBody({ slide, deck, side }: BodyProps<DemandsSlide>) {
  return (
    <table className="w-full border-collapse text-[1.2cqw] leading-tight">
      <thead>
        <tr>
          <th scope="col" className="p-[0.3cqw] text-left">Demand</th>
          {deck.stakeholders.map((s) => (
            <th key={s.id} scope="col" className="p-[0.3cqw] text-left">{s.abbreviation}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {slide.rows.map((r, i) => (
          <tr key={i} className="border-t border-current/30">
            <th scope="row" className="p-[0.3cqw] text-left font-normal"><strong>{side(r.stakeholder).abbreviation}</strong> {r.text}</th>
            {deck.stakeholders.map((s) => (
              <td key={s.id} className="p-[0.3cqw]">{answer(r, s)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function demandsPptx({ slide, deck, side }: PptxTarget, s: DemandsSlide) {
  const header = ['Demand', ...deck.stakeholders.map((x) => x.abbreviation)].map((text) => ({ text, options: HEADER }));
  const rows = s.rows.map((r) => [{ text: `${side(r.stakeholder).abbreviation}: ${r.text}` }, ...deck.stakeholders.map((x) => ({ text: answer(r, x) }))]);
  slide.addTable([header, ...rows], { x: 0.5, y: 1.2, w: W - 1, fontSize: 11, border: BORDER });
}
