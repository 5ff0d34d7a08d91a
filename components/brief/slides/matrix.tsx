import type { MatrixSlide } from '@/lib/deck/slides/matrix';
import { BORDER, HEADER, SideName, W, type BodyProps, type PptxTarget } from './parts';

type Cell = MatrixSlide['rows'][number]['cells'][number];
const issueTitle = (deck: BodyProps<MatrixSlide>['deck'], id: string) => deck.issues.find((i) => i.id === id)?.title ?? id;
/** "At or near X" reads as just "X" in a cell this small. */
const place = (c: Cell) => c.stanceWords?.replace(/^At or near |^Near the middle: /, '') ?? null;

export function MatrixBody({ slide, deck }: BodyProps<MatrixSlide>) {
  return (
    <table className="w-full table-fixed border-collapse text-[1.45cqw] leading-tight">
      <thead>
        <tr>
          <th className="w-[14%] p-[0.4cqw] text-left" scope="col">Issue</th>
          {deck.stakeholders.map((s) => (
            <th key={s.id} className="p-[0.4cqw] text-left" scope="col">
              <SideName side={s} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {slide.rows.map((row) => (
          <tr key={row.issue} className="border-t border-current/30">
            <th scope="row" className="p-[0.4cqw] text-left align-top">{issueTitle(deck, row.issue)}</th>
            {row.cells.map((c) => (
              <td key={c.stakeholder} className="p-[0.4cqw] align-top">
                {c.summary === null ? (
                  <span className="opacity-70">No stated position</span>
                ) : (
                  <>
                    <strong>{c.stance !== null ? `${c.stance}/100` : 'Assessment'}</strong>
                    {place(c) ? <span className="block">{place(c)}</span> : null}
                    {c.conflict ? <span className="block font-bold">⚠ conflicting statements</span> : null}
                  </>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function matrixPptx({ slide, deck }: PptxTarget, s: MatrixSlide) {
  const header = ['Issue', ...deck.stakeholders.map((x) => x.name)].map((text) => ({ text, options: HEADER }));
  const cell = (c: Cell) =>
    c.summary === null ? 'No stated position' : [c.stance !== null ? `${c.stance}/100` : 'Assessment', place(c), c.conflict ? '⚠ conflicting statements' : null].filter(Boolean).join('\n');
  const rows = s.rows.map((r) => [{ text: issueTitle(deck, r.issue), options: { bold: true } }, ...r.cells.map((c) => ({ text: cell(c) }))]);
  slide.addTable([header, ...rows], { x: 0.5, y: 1.2, w: W - 1, fontSize: 12, border: BORDER });
}
