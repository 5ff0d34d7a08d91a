import type { MatrixView } from '@/lib/reshape';
import Link from 'next/link';
import { SideMark } from '@/components/ui/side-mark';
import { MatrixCell } from './matrix-cell';

/**
 * Issues down, sides across; a plain table, server-rendered, that reads with JavaScript off.
 * Below the md breakpoint each row stacks into cards, every cell labelled with its side.
 */
const SIDES_ACROSS = 7;

export function PositionMatrix({ matrix }: { matrix: MatrixView }) {
  const { sides, rows, limit } = matrix;
  const table = (
    <table
      className="w-full table-fixed border-collapse max-md:block md:min-w-(--matrix-min)"
      style={{ ['--matrix-min' as string]: `${11 + sides.length * 12}rem` }}
    >
      <caption className="sr-only">Positions by issue (rows) and stakeholder (columns)</caption>
      <thead className="max-md:hidden">
        <tr>
          <th
            scope="col"
            className="sticky top-0 z-10 w-44 border-b-2 border-slate-400 bg-white p-2 text-left align-bottom text-slate-700"
          >
            Issue
          </th>
          {sides.map((s) => (
            <th
              key={s.id}
              scope="col"
              className="sticky top-0 z-10 border-b-2 border-slate-400 bg-white p-2 text-left align-bottom shadow-[0_2px_0_0_var(--rule)]"
              style={{ ['--rule' as string]: s.style.color }}
            >
              <span className="inline-flex items-center gap-2 text-lg">
                <SideMark side={s} size={16} />
                <Link
                  href={`/stakeholders/${s.id}/`}
                  className="text-blue-900 underline decoration-slate-400 underline-offset-4"
                >
                  {s.name}
                </Link>
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="max-md:block">
        {rows.map(({ issue, cells }) => (
          <tr key={issue.id} className="border-b border-slate-300 max-md:mb-6 max-md:block">
            <th scope="row" className="p-2 text-left align-top max-md:block max-md:bg-slate-100">
              <Link
                href={`/issues/${issue.id}/`}
                className="text-lg font-bold text-blue-900 underline decoration-slate-400 underline-offset-4"
              >
                {issue.title}
              </Link>
              <span className="mt-1 block text-sm font-normal text-slate-700">{issue.question}</span>
            </th>
            {cells.map((cell) => (
              <td
                key={cell.side.id}
                data-stakeholder={cell.side.id}
                data-issue={issue.id}
                className="border-l border-slate-200 p-2 align-top max-md:block max-md:border-l-4"
                style={{ borderLeftColor: cell.side.style.color }}
              >
                <p className="mb-1 flex items-center gap-2 font-semibold md:hidden">
                  <SideMark side={cell.side} /> {cell.side.name}
                </p>
                <MatrixCell cell={cell} limit={limit} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  // Up to seven sides fit across a 1280-px screen, and the side names stay pinned while the rows
  // scroll by. More sides scroll sideways rather than squeeze: each column keeps a readable width.
  if (sides.length <= SIDES_ACROSS) return table;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Position matrix (scrolls sideways)">
      {table}
    </div>
  );
}
