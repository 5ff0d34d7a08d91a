import { cellNoPosition, cellPlace, type MatrixSlide } from '@/lib/deck/slides/matrix';
import { formatStance } from '@/lib/stance';
import { UNPLACED_WORDS } from '@/lib/format';
import { MATRIX_CAPTION } from '@/lib/deck/slides/matrix';
import { BORDER, HEADER, W, type PptxTarget } from './parts';

type Cell = MatrixSlide['rows'][number]['cells'][number];

export function matrixPptx({ slide, deck }: PptxTarget, s: MatrixSlide) {
  const header = ['Issue', ...deck.stakeholders.map((x) => x.name)].map((text) => ({ text, options: HEADER }));
  const cell = (c: Cell) =>
    c.summary === null
      ? cellNoPosition(c)
      : [
          cellPlace(c) && c.stance !== null
            ? `${cellPlace(c)} ${formatStance(c.stance, 'bare')}`
            : UNPLACED_WORDS[deck.stakeholders.find((s) => s.id === c.stakeholder)?.role ?? 'party'].cell,
          c.conflict ? '⚠ conflicting statements' : null,
        ]
          .filter(Boolean)
          .join('\n');
  const rows = s.rows.map((r) => [
    { text: deck.issues.find((i) => i.id === r.issue)?.title ?? r.issue, options: { bold: true } },
    ...r.cells.map((c) => ({ text: cell(c) })),
  ]);
  slide.addText(MATRIX_CAPTION, { x: 0.5, y: 1.05, w: W - 1, h: 0.4, fontSize: 14, italic: true, color: '334155' });
  slide.addTable([header, ...rows], { x: 0.5, y: 1.5, w: W - 1, fontSize: 12, border: BORDER });
}
