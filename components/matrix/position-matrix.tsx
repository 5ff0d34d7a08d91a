import type { CellView } from '@/lib/reshape';
import { AsOfLink as Link } from '@/components/time/as-of-link';
import { SideMark } from '@/components/ui/side-mark';
import { keyOf, MatrixCell } from './matrix-cell';
import { DenseMatrix } from './dense-matrix';
import { MatrixHead, type MatrixProps } from './matrix-head';
import { keyGap, keyGapWords } from '@/lib/analysis/key-gap';

/** The gap the issue turns on (lib/analysis/key-gap.ts's rule), named, in points and in words. */
function KeyGapNote({ cells }: { cells: CellView[] }) {
  const key = keyGap(cells.map((c) => ({ side: c.side, stance: c.current?.stance })));
  if (!key) return null;
  return (
    <span data-key-gap className="mt-0.5 block text-xs font-normal leading-tight text-slate-800">
      <span className="font-semibold">Key gap</span> {keyGapWords({ a: key.a.name, b: key.b.name }, key.gap)}
    </span>
  );
}

/**
 * Up to eight sides keep readable cells across a 1280-px screen (9 rem for the issue column and at
 * least 8 rem a side: 73 rem = 1,168 px at eight, inside the page's 1,230 px); more get the compact squares.
 */
const SIDES_ACROSS = 8;

/**
 * Issues down, sides across; a plain table, server-rendered, that reads with JavaScript off. Cells
 * hold only what a glance needs, so the seed matrix fits one 1280×720 screen; the detail opens in
 * the panel beside it (CellPanel), never inside the row. Below the md breakpoint each issue becomes
 * a card with one line per side.
 */
export function PositionMatrix({ matrix, markers = {}, linkDay, painted }: MatrixProps) {
  const { sides, rows } = matrix;
  if (sides.length > SIDES_ACROSS)
    return <DenseMatrix matrix={matrix} markers={markers} linkDay={linkDay} painted={painted} />;
  return (
    <div className="md:overflow-x-auto" role="region" aria-label="Position matrix" tabIndex={-1}>
      <table
        className="w-full table-fixed border-collapse max-md:block md:min-w-(--matrix-min)"
        style={{ ['--matrix-min' as string]: `${9 + sides.length * 8}rem` }}
      >
        <MatrixHead
          sides={sides}
          className="max-md:hidden"
          cornerClass="w-36 border-b-2 border-slate-400 px-1.5 py-1 text-left align-bottom text-slate-700"
          sideClass="border-b-2 border-slate-400 px-1.5 py-1 text-left align-bottom text-sm leading-tight shadow-[0_2px_0_0_var(--rule)]"
          sideStyle={(s) => ({ ['--rule' as string]: s.style.color })}
          label={(s) => (
            <span className="inline-flex items-start gap-1.5">
              <SideMark side={s} size={14} />
              <Link
                href={`/stakeholders/${s.id}/`}
                className="text-blue-900 underline decoration-slate-400 underline-offset-2"
              >
                {s.name}
              </Link>
            </span>
          )}
        />
        <tbody className="max-md:block">
          {rows.map(({ issue, cells }) => (
            <tr key={issue.id} className="border-b border-slate-300 max-md:mb-4 max-md:block max-md:border">
              <th scope="row" className="px-1.5 py-1 text-left text-sm align-top max-md:block max-md:bg-slate-100">
                <Link
                  href={`/issues/${issue.id}/`}
                  className="font-bold leading-snug text-blue-900 underline decoration-slate-400 underline-offset-2"
                >
                  {issue.title}
                </Link>
                <span className="block text-sm font-normal text-slate-700 md:sr-only">{issue.question}</span>
                <KeyGapNote cells={cells} />
              </th>
              {cells.map((cell) => (
                <td
                  key={cell.side.id}
                  data-stakeholder={cell.side.id}
                  data-issue={issue.id}
                  data-position={cell.current?.id}
                  className="border-l-4 px-1.5 py-1 align-top max-md:flex max-md:gap-3 max-md:border-t max-md:border-t-slate-200 max-md:border-l-(--side) md:border-l md:border-l-slate-200"
                  style={{ ['--side' as string]: cell.side.style.color }}
                >
                  <p className="flex w-28 shrink-0 items-start gap-1.5 text-sm font-semibold md:hidden">
                    <SideMark side={cell.side} /> {cell.side.name}
                  </p>
                  <div className="min-w-0 flex-1">
                    <MatrixCell cell={cell} markers={markers[keyOf(cell)]} linkDay={linkDay} />
                  </div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
