import Link from 'next/link';
import type { CellView } from '@/lib/reshape';
import { PositionSummary } from '@/components/positions/position-summary';

/** A side's current position on every issue; contradictions among its own officials spelled out. */
export function StakeholderPositions({ cells }: { cells: CellView[] }) {
  return (
    <ul className="grid gap-3 lg:grid-cols-2">
      {cells.map(({ issue, side, current, history }) => (
        <li key={issue.id} className="rounded border border-slate-300 p-3">
          <h3 className="text-lg font-semibold">
            <Link href={`/issues/${issue.id}/`} className="text-blue-800 underline underline-offset-2">
              {issue.title}
            </Link>
          </h3>
          {/* The page lists every statement below, and the issue page every earlier position. */}
          <PositionSummary
            issue={issue}
            side={side}
            position={current}
            history={history}
            statements={false}
            earlier="count"
          />
        </li>
      ))}
    </ul>
  );
}
