import { cellPlace, type MatrixSlide } from '@/lib/deck/slides/matrix';
import { BORDER, HEADER, W, type PptxTarget } from './parts';

type Cell = MatrixSlide['rows'][number]['cells'][number];

export function matrixPptx({ slide, deck }: PptxTarget, s: MatrixSlide) {
  const header = ['Issue', ...deck.stakeholders.map((x) => x.name)].map((text) => ({ text, options: HEADER }));
  const cell = (c: Cell) =>
    c.summary === null
      ? 'No stated position'
      : [
          c.stance !== null ? `${c.stance}/100` : 'Assessment',
          cellPlace(c),
          c.conflict ? '⚠ conflicting statements' : null,
        ]
          .filter(Boolean)
          .join('\n');
  const rows = s.rows.map((r) => [
    { text: deck.issues.find((i) => i.id === r.issue)?.title ?? r.issue, options: { bold: true } },
    ...r.cells.map((c) => ({ text: cell(c) })),
  ]);
  slide.addTable([header, ...rows], { x: 0.5, y: 1.2, w: W - 1, fontSize: 12, border: BORDER });
}
