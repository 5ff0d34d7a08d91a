import { answerOf, type DemandsSlide } from '@/lib/deck/slides/demands';
import type { BodyProps } from './parts';

export function DemandsBody({ slide, deck, side }: BodyProps<DemandsSlide>) {
  return (
    <table className="w-full table-fixed border-collapse text-[1.46cqw] leading-tight">
      <thead>
        <tr>
          <th scope="col" className="w-[42%] p-[0.3cqw] text-left">
            Demand
          </th>
          {deck.stakeholders.map((s) => (
            <th key={s.id} scope="col" className="p-[0.3cqw] text-left">
              {s.abbreviation}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {slide.rows.map((r, i) => (
          <tr key={i} className="border-t border-current/30">
            <th scope="row" className="p-[0.3cqw] text-left font-normal">
              <strong>{side(r.stakeholder).abbreviation}</strong> {r.text}
            </th>
            {deck.stakeholders.map((s) => (
              <td key={s.id} className="p-[0.3cqw]">
                {answerOf(r, s.id)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
