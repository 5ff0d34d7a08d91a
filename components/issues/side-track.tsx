import type { CellView } from '@/lib/reshape';
import { PositionSummary } from '@/components/positions/position-summary';
import { StakeholderName } from '@/components/ui/stakeholder-name';

/** A side on an issue page: the position that stands, with its statements, and every earlier one. */
export function SideTrack({ cell }: { cell: CellView }) {
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
      <PositionSummary issue={issue} side={side} position={cell.current} history={cell.history} />
    </section>
  );
}
