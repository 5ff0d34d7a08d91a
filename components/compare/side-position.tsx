import type { Issue } from '@/lib/schema';
import type { CompareSide, ComparePosition } from '@/lib/analysis/compare';
import { PositionSummary } from '@/components/positions/position-summary';
import { StakeholderName } from '@/components/ui/stakeholder-name';

/** One side's latest position on an issue, with the quotes behind it — or an honest "none". */
export function SidePosition({
  issue,
  side,
  position,
}: {
  issue: Issue;
  side: CompareSide;
  position?: ComparePosition;
}) {
  return (
    <section
      aria-label={`${side.name} on ${issue.title}`}
      className="rounded border border-slate-300 border-t-4 p-3"
      style={{ borderTopColor: side.style.color }}
    >
      <h4 className="text-lg font-semibold">
        <StakeholderName side={side} size={16} />
      </h4>
      <PositionSummary issue={issue} side={side} position={position} quotes={2} />
    </section>
  );
}
