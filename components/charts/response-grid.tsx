import { AsOfLink as Link } from '@/components/time/as-of-link';
import { RESPONSE_LABELS } from '@/lib/format';
import type { ResponseKind } from '@/lib/schema';
import type { ResponseRowView, ChartSide } from '@/lib/reshape-charts';
import { passageHref } from '@/components/statements/statement-card';
import { SideMark } from '@/components/ui/side-mark';

const LOOK: Record<ResponseKind | 'none', { symbol: string; className: string; cell: string }> = {
  accepts: { symbol: '✓', className: 'bg-emerald-50 text-emerald-950 border-emerald-700', cell: 'bg-emerald-50/60' },
  partly: { symbol: '◐', className: 'bg-amber-50 text-amber-950 border-amber-700', cell: 'bg-amber-50/60' },
  rejects: { symbol: '✗', className: 'bg-rose-50 text-rose-950 border-rose-700', cell: 'bg-rose-50/60' },
  none: { symbol: '—', className: 'text-slate-600 border-transparent', cell: '' },
};

type Column = Pick<ChartSide, 'id' | 'name' | 'color' | 'shape'>;

const SideName = ({ side }: { side: Column }) => (
  <span className="inline-flex items-center gap-1 font-semibold">
    <SideMark color={side.color} shape={side.shape} /> {side.name}
  </span>
);

/** Chart 2's drawing: each side's demands (rows) against the other sides' stated responses, each linked to its words. */
export function ResponseGrid({ columns, rows, total }: { columns: Column[]; rows: ResponseRowView[]; total: number }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-[0.95rem]">
        <caption className="sr-only">
          Each side’s demands (rows) and the other parties’ responses (columns), each an analysts’ reading of the side’s
          words
        </caption>
        <thead>
          <tr>
            <th scope="col" className="border-b-2 border-slate-400 p-2 text-left">
              Demand
            </th>
            {columns.map((side) => (
              <th key={side.id} scope="col" className="border-b-2 border-slate-400 p-2 text-left">
                <SideName side={side} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.demand} className="border-b border-slate-200" data-demand={r.demand}>
              <th scope="row" className="p-2 text-left align-top font-normal">
                <SideName side={r.side} />
                <span className="block">
                  {r.kind === 'rules-out' ? 'Rules out: ' : ''}
                  {r.text}
                </span>
                <span className="text-sm text-slate-700">{r.issue}</span>
              </th>
              {r.cells.map((c, i) => {
                const key = columns[i]?.id ?? i;
                if (c.own)
                  return (
                    <td key={key} className="bg-slate-100 p-2 text-sm text-slate-600">
                      Own demand
                    </td>
                  );
                const look = LOOK[c.response];
                return (
                  <td key={key} className={`p-2 align-top ${look.cell}`} data-response={c.response}>
                    <span className={`inline-block rounded border px-2 py-0.5 font-semibold ${look.className}`}>
                      <span aria-hidden="true">{look.symbol}</span> {RESPONSE_LABELS[c.response]}
                    </span>
                    {c.statements.map((st) => (
                      <Link
                        key={st.id}
                        href={passageHref(st)}
                        className="mt-1 block text-sm text-blue-800 underline underline-offset-2"
                      >
                        {/* The summary is our paraphrase, so it stands outside quotation marks and says so. */}
                        {st.speaker} (summary): {st.text}
                      </Link>
                    ))}
                    {c.rationale ? <p className="mt-1 text-xs text-slate-700">Judgement: {c.rationale}</p> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {total > rows.length ? (
        <p className="mt-2 text-sm text-slate-700">
          The first {rows.length} of {total} demands are drawn; the table and the downloads hold them all.
        </p>
      ) : null}
    </div>
  );
}
