import type { Model } from '../../model';
import { buildMatrix } from '../../analysis/positions';
import type { MatrixFacts } from './matrix';
import { sideLine } from './side-line.build';

export function buildMatrixSlide(model: Model): MatrixFacts {
  return {
    id: 'matrix',
    kind: 'matrix',
    title: 'Where each side stands',
    rows: buildMatrix(model).map((row) => ({
      issue: row.issue,
      cells: row.cells.map((c) => ({ ...sideLine(model, c.stakeholder, row.issue), conflict: c.conflicts.length > 0 })),
    })),
    notes: [
      {
        text: 'Stance numbers are analyst judgements on each issue’s 0–100 scale; No stated position means no sourced statement supports one.',
      },
    ],
  };
}
