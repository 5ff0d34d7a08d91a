import type { CellView } from '@/lib/reshape';
import type { PositionHistory as History } from '@/lib/analysis/position-history';
import { PositionSummary } from '@/components/positions/position-summary';
import { PositionHistory } from '@/components/positions/position-history';
import { RelatedStatements } from '@/components/positions/related-statements';
import { StakeholderName } from '@/components/ui/stakeholder-name';

/**
 * A side on an issue page: the position that stands, with its statements, and its history — every
 * position on a step chart, each step saying what changed (moved, and by how much, or restated).
 */
export function SideTrack({ cell, history }: { cell: CellView; history?: History }) {
  const { side, issue } = cell;
  return (
    <section
      id={`side-${side.id}`}
      aria-labelledby={`side-${side.id}-h`}
      className="scroll-mt-4 rounded border border-slate-300 border-l-4 p-3"
      style={{ borderLeftColor: side.style.color }}
    >
      <h3 id={`side-${side.id}-h`} className="text-lg font-semibold">
        <StakeholderName side={side} size={16} />
      </h3>
      {/* Earlier positions are in the history below, each with what changed. */}
      <PositionSummary issue={issue} side={side} position={cell.current} related={cell.uncited.length} />
      {/* With no position drawn, the side's words on the issue are shown here, not only elsewhere on the page. */}
      {cell.current ? null : <RelatedStatements statements={cell.uncited} sideName={side.name} />}
      {history ? <PositionHistory history={history} side={side} issue={issue} /> : null}
    </section>
  );
}
