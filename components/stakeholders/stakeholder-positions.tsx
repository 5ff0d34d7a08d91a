import { AsOfLink as Link } from '@/components/time/as-of-link';
import type { CellView } from '@/lib/reshape';
import type { PositionHistory as History } from '@/lib/analysis/position-history';
import { PositionSummary } from '@/components/positions/position-summary';
import { PositionHistory } from '@/components/positions/position-history';

/** A side's current position on every issue; contradictions among its own officials spelled out. */
export function StakeholderPositions({
  cells,
  histories = {},
}: {
  cells: CellView[];
  /** Its stance over time on each issue, by issue id. */
  histories?: Record<string, History | undefined>;
}) {
  return (
    <ul className="grid gap-3 lg:grid-cols-2">
      {cells.map(({ issue, side, current, uncited }) => (
        <li key={issue.id} className="rounded border border-slate-300 p-3">
          <h3 className="text-lg font-semibold">
            <Link href={`/issues/${issue.id}/`} className="text-blue-800 underline underline-offset-2">
              {issue.title}
            </Link>
          </h3>
          {/* The page lists every statement below; earlier positions are in the history. */}
          <PositionSummary issue={issue} side={side} position={current} statements={false} related={uncited.length} />
          {histories[issue.id] ? <PositionHistory history={histories[issue.id]!} side={side} issue={issue} /> : null}
        </li>
      ))}
    </ul>
  );
}
