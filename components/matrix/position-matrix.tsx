import type { Model } from '@/lib/model';
import { buildMatrix, cellStatementLimit } from '@/lib/analysis/positions';
import { stakeholderStyle } from '@/lib/colors';
import Link from 'next/link';
import { StakeholderMark } from '@/components/ui/stakeholder-mark';
import { MatrixCell } from './matrix-cell';

/**
 * Issues down, sides across; a plain table, server-rendered, that reads with JavaScript off.
 * Below the md breakpoint each row stacks into cards, every cell labelled with its side.
 */
const SIDES_ACROSS = 7;

export function PositionMatrix({ model }: { model: Model }) {
  const rows = buildMatrix(model);
  const limit = cellStatementLimit(rows);
  const table = (
    <table className="w-full table-fixed border-collapse max-md:block md:min-w-(--matrix-min)" style={{ ['--matrix-min' as string]: `${11 + model.stakeholders.length * 12}rem` }}>
      <caption className="sr-only">Positions by issue (rows) and stakeholder (columns)</caption>
      <thead className="max-md:hidden">
        <tr>
          <th scope="col" className="sticky top-0 z-10 w-44 border-b-2 border-slate-400 bg-white p-2 text-left align-bottom text-slate-700">
            Issue
          </th>
          {model.stakeholders.map((s, i) => {
            const style = stakeholderStyle(i);
            return (
              <th key={s.id} scope="col" className="sticky top-0 z-10 border-b-2 border-slate-400 bg-white p-2 text-left align-bottom shadow-[0_2px_0_0_var(--rule)]" style={{ ['--rule' as string]: style.color }}>
                <span className="inline-flex items-center gap-2 text-lg">
                  <StakeholderMark color={style.color} shape={style.shape} size={16} />
                  <Link href={`/stakeholders/${s.id}/`} className="text-blue-900 underline decoration-slate-400 underline-offset-4">
                    {s.name}
                  </Link>
                </span>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className="max-md:block">
        {rows.map((row) => {
          const issue = model.issueById.get(row.issue)!;
          return (
            <tr key={row.issue} className="border-b border-slate-300 max-md:mb-6 max-md:block">
              <th scope="row" className="p-2 text-left align-top max-md:block max-md:bg-slate-100">
                <Link href={`/issues/${issue.id}/`} className="text-lg font-bold text-blue-900 underline decoration-slate-400 underline-offset-4">
                  {issue.title}
                </Link>
                <span className="mt-1 block text-sm font-normal text-slate-700">{issue.question}</span>
              </th>
              {row.cells.map((cell, i) => {
                const stakeholder = model.stakeholderById.get(cell.stakeholder)!;
                const style = stakeholderStyle(i);
                return (
                  <td
                    key={cell.stakeholder}
                    data-stakeholder={cell.stakeholder}
                    data-issue={cell.issue}
                    className="border-l border-slate-200 p-2 align-top max-md:block max-md:border-l-4"
                    style={{ borderLeftColor: style.color }}
                  >
                    <p className="mb-1 flex items-center gap-2 font-semibold md:hidden">
                      <StakeholderMark color={style.color} shape={style.shape} /> {stakeholder.name}
                    </p>
                    <MatrixCell issue={issue} stakeholder={stakeholder} style={style} cell={cell} limit={limit} approx={model.positionDateApprox} />
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  // Up to seven sides fit across a 1280-px screen, and the side names stay pinned while the rows
  // scroll by. More sides scroll sideways rather than squeeze: each column keeps a readable width.
  if (model.stakeholders.length <= SIDES_ACROSS) return table;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Position matrix (scrolls sideways)">
      {table}
    </div>
  );
}
