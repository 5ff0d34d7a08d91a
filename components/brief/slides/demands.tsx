import { answerOf, DEMAND_HEAD, type DemandsSlide } from '@/lib/deck/slides/demands';
import { SideColumnsHead, type BodyProps } from './parts';

export function DemandsBody({ slide, deck, side }: BodyProps<DemandsSlide>) {
  return (
    <table className="w-full table-fixed border-collapse slide-text-[1.46] leading-tight">
      <SideColumnsHead table="demands" label={DEMAND_HEAD} sides={deck.stakeholders} head={(s) => s.abbreviation} />
      <tbody>
        {slide.rows.map((r, i) => (
          <tr key={i} className="border-t border-current/30" data-side={r.stakeholder}>
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
