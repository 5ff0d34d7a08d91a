import type { Model } from '../../model';
import { matrixView } from '../../reshape';
import type { MatrixFacts } from './matrix';
import { sideLine } from './side-line.build';

export function buildMatrixSlide(model: Model): MatrixFacts {
  return {
    id: 'matrix',
    kind: 'matrix',
    title: 'Where each side stands',
    rows: matrixView(model).rows.map((row) => ({
      issue: row.issue.id,
      cells: row.cells.map((c) => ({
        ...sideLine(model, c.side.id, row.issue.id),
        conflict: (c.current?.conflicts.length ?? 0) > 0,
      })),
    })),
    notes: [
      {
        text: 'Stance numbers are analyst judgements on each issue’s 0–100 scale. A side with no position drawn on an issue has its related statements counted: its statements on the issue that no position is drawn from (with none, the sources hold no stated position).',
      },
    ],
  };
}
