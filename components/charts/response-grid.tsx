import { AsOfLink as Link } from '@/components/time/as-of-link';
import type { Model } from '@/lib/model';
import { responseGrid, responseGridTakeaway, type ResponseCell } from '@/lib/analysis/charts';
import { RESPONSE_LABELS } from '@/lib/format';
import { passageHref } from '@/components/statements/statement-card';
import { SideMark } from '@/components/ui/side-mark';
import { ChartFrame } from './chart-frame';
import { chartSides } from '@/lib/reshape';
import { citeStatementSources } from '@/lib/analysis/citations';

const LOOK: Record<ResponseCell['response'], { symbol: string; className: string; cell: string }> = {
  accepts: { symbol: '✓', className: 'bg-emerald-50 text-emerald-950 border-emerald-700', cell: 'bg-emerald-50/60' },
  partly: { symbol: '◐', className: 'bg-amber-50 text-amber-950 border-amber-700', cell: 'bg-amber-50/60' },
  rejects: { symbol: '✗', className: 'bg-rose-50 text-rose-950 border-rose-700', cell: 'bg-rose-50/60' },
  none: { symbol: '—', className: 'text-slate-600 border-transparent', cell: '' },
};

/** Demands drawn in the grid; the takeaway, table and downloads cover them all. */
const GRID_DEMAND_LIMIT = 40;

/** Chart 2: each side's demands against the other sides' stated responses, each linked to its words. */
export function ResponseGrid({ model }: { model: Model }) {
  const rows = responseGrid(model);
  const drawn = rows.slice(0, GRID_DEMAND_LIMIT);
  const styles = chartSides(model);
  const name = (id: string) => styles.get(id)!.name;
  const others = model.stakeholders.map((s) => s.id);
  const columns = ['Side', 'Demand', ...others.map(name)];
  const cellFor = (row: (typeof rows)[number], side: string) => row.cells.find((c) => c.stakeholder === side);
  const table = {
    columns,
    rows: rows.map((r) => [
      name(r.stakeholder),
      `${r.kind === 'rules-out' ? 'Rules out: ' : ''}${r.text}`,
      ...others.map((s) => (s === r.stakeholder ? '(own demand)' : RESPONSE_LABELS[cellFor(r, s)!.response])),
    ]),
  };
  return (
    <ChartFrame
      id="demand-responses"
      title="Demand–response grid"
      takeaway={responseGridTakeaway(model, rows)}
      asOf={model.dataset.asOf}
      source={citeStatementSources(model)}
      table={table}
    >
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-[0.95rem]">
          <caption className="sr-only">
            Each side’s demands (rows) and the other sides’ stated responses (columns)
          </caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-slate-400 p-2 text-left">
                Demand
              </th>
              {others.map((s) => (
                <th key={s} scope="col" className="border-b-2 border-slate-400 p-2 text-left">
                  <span className="inline-flex items-center gap-1">
                    <SideMark color={styles.get(s)!.color} shape={styles.get(s)!.shape} /> {name(s)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {drawn.map((r) => (
              <tr key={r.demand} className="border-b border-slate-200" data-demand={r.demand}>
                <th scope="row" className="p-2 text-left align-top font-normal">
                  <span className="inline-flex items-center gap-1 font-semibold">
                    <SideMark color={styles.get(r.stakeholder)!.color} shape={styles.get(r.stakeholder)!.shape} />{' '}
                    {name(r.stakeholder)}
                  </span>
                  <span className="block">
                    {r.kind === 'rules-out' ? 'Rules out: ' : ''}
                    {r.text}
                  </span>
                  <span className="text-sm text-slate-700">{model.issueById.get(r.issue)?.title}</span>
                </th>
                {others.map((s) => {
                  if (s === r.stakeholder)
                    return (
                      <td key={s} className="bg-slate-100 p-2 text-sm text-slate-600">
                        Own demand
                      </td>
                    );
                  const c = cellFor(r, s)!;
                  const look = LOOK[c.response];
                  return (
                    <td key={s} className={`p-2 align-top ${look.cell}`} data-response={c.response}>
                      <span className={`inline-block rounded border px-2 py-0.5 font-semibold ${look.className}`}>
                        <span aria-hidden="true">{look.symbol}</span> {RESPONSE_LABELS[c.response]}
                      </span>
                      {c.statements.map((id) => {
                        const st = model.statementById.get(id)!;
                        return (
                          <Link
                            key={id}
                            href={passageHref(st)}
                            className="mt-1 block text-sm text-blue-800 underline underline-offset-2"
                          >
                            {/* The summary is our paraphrase, so it stands outside quotation marks and says so. */}
                            {st.actorRecord.name} (summary): {st.summary}
                          </Link>
                        );
                      })}
                      {c.rationale ? <p className="mt-1 text-xs text-slate-700">Judgement: {c.rationale}</p> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > drawn.length ? (
          <p className="mt-2 text-sm text-slate-700">
            The first {drawn.length} of {rows.length} demands are drawn; the table and the downloads hold them all.
          </p>
        ) : null}
      </div>
    </ChartFrame>
  );
}
