'use client';

import { useEffect, useRef, useState } from 'react';
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
  <span className="font-semibold">
    <SideMark color={side.color} shape={side.shape} /> {side.name}
  </span>
);

/**
 * Whether the box's content is wider than the box, followed as either changes: a grid that cannot
 * fit (many sides on a phone) scrolls sideways, and the reader is told so rather than left with a
 * silently cut column.
 */
function useOverflow<T extends HTMLElement>() {
  const box = useRef<T>(null);
  const [overflow, setOverflow] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const check = () => setOverflow(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return { box, overflow };
}

/** Chart 2's drawing: each side's demands (rows) against the other sides' stated responses, each linked to its words. */
export function ResponseGrid({ columns, rows, total }: { columns: Column[]; rows: ResponseRowView[]; total: number }) {
  const { box, overflow } = useOverflow<HTMLDivElement>();
  return (
    <div>
      {overflow ? (
        <p className="sticky top-0 z-10 mb-1 bg-white py-1 text-sm font-semibold text-slate-800" data-scroll-cue="">
          Wider than this screen: scroll the grid sideways to see all {columns.length} sides’ columns →
        </p>
      ) : null}
      <div
        ref={box}
        className={`overflow-x-auto ${overflow ? 'border-r-4 border-slate-400 pb-2' : ''}`}
        {...(overflow ? { role: 'region', 'aria-label': 'Demand–response grid, scrolls sideways', tabIndex: 0 } : {})}
        data-grid-scroll={overflow ? 'scrolls' : 'fits'}
      >
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">
            Each side’s demands (rows) and the other parties’ responses (columns), each an analysts’ reading of the
            side’s words
          </caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-slate-400 p-1.5 text-left align-bottom">
                Demand
              </th>
              {columns.map((side) => (
                <th key={side.id} scope="col" className="border-b-2 border-slate-400 p-1.5 text-left align-bottom">
                  <SideName side={side} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.demand} className="border-b border-slate-200" data-demand={r.demand}>
                <th scope="row" className="min-w-36 p-1.5 text-left align-top font-normal sm:min-w-48">
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
                      <td key={key} className="bg-slate-100 p-1.5 text-slate-600">
                        Own demand
                      </td>
                    );
                  const look = LOOK[c.response];
                  return (
                    <td key={key} className={`p-1.5 align-top ${look.cell}`} data-response={c.response}>
                      <span className={`inline-block rounded border px-1.5 py-0.5 font-semibold ${look.className}`}>
                        <span aria-hidden="true">{look.symbol}</span> {RESPONSE_LABELS[c.response]}
                      </span>
                      {c.statements.map((st) => (
                        <Link
                          key={st.id}
                          href={passageHref(st)}
                          className="mt-1 block text-blue-800 underline underline-offset-2"
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
      </div>
      {total > rows.length ? (
        <p className="mt-2 text-sm text-slate-700">
          The first {rows.length} of {total} demands are drawn; the table and the downloads hold them all.
        </p>
      ) : null}
    </div>
  );
}
