import { cellNoPosition, cellPlace, MATRIX_CAPTION, type MatrixSlide } from '@/lib/deck/slides/matrix';
import { formatStance } from '@/lib/stance';
import { UNPLACED_WORDS } from '@/lib/format';
import { SideColumnsHead, SideName, type BodyProps } from './parts';

export function MatrixBody({ slide, deck }: BodyProps<MatrixSlide>) {
  return (
    <>
      <p className="mb-[0.6cqw] slide-text-[1.46] italic opacity-80">{MATRIX_CAPTION}</p>
      <table className="w-full table-fixed border-collapse slide-text-[1.3] leading-tight">
        <SideColumnsHead table="matrix" label="Issue" sides={deck.stakeholders} head={(s) => <SideName side={s} />} />
        <tbody>
          {slide.rows.map((row) => (
            <tr key={row.issue} data-issue={row.issue} className="border-t border-current/30">
              <th scope="row" className="p-[0.4cqw] text-left align-top">
                {deck.issues.find((i) => i.id === row.issue)?.title}
              </th>
              {row.cells.map((c) => (
                <td key={c.stakeholder} data-side={c.stakeholder} className="p-[0.4cqw] align-top">
                  {c.summary === null ? (
                    <span className="opacity-70">{cellNoPosition(c)}</span>
                  ) : (
                    <>
                      {cellPlace(c) ? (
                        <strong className="block">
                          {cellPlace(c)}{' '}
                          <span className="font-normal">
                            {c.stance !== null ? formatStance(c.stance, 'bare') : null}
                          </span>
                        </strong>
                      ) : (
                        <span className="block italic">
                          {UNPLACED_WORDS[deck.stakeholders.find((s) => s.id === c.stakeholder)?.role ?? 'party'].cell}
                        </span>
                      )}
                      {c.conflict ? <span className="block font-bold">⚠ conflicting statements</span> : null}
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
