'use client';

import type { ChartBodyData } from '@/lib/reshape-charts';
import { LazyChart } from './lazy-chart';
import DemandBars from './demand-bars';
import { drawnChart } from './registry';
import { DemandsBySide } from './demand-list';
import { ResponseGrid } from './response-grid';
import { GapHeatmap } from './gap-heatmap';

/** A chart's drawing, by kind, from its display-ready data (lib/reshape-charts.ts). */
export function DrawnBody({ body }: { body: ChartBodyData }) {
  switch (body.kind) {
    case 'demands':
      return (
        <>
          <DemandBars {...body.bars} height={drawnChart('demand-bars', body.bars).plot} />
          <DemandsBySide groups={body.groups} />
        </>
      );
    case 'responses':
      return <ResponseGrid columns={body.columns} rows={body.rows} total={body.total} />;
    case 'spectrum':
      return body.spectrum ? (
        <LazyChart {...drawnChart('spectrum', body.spectrum)} />
      ) : (
        <p className="p-4 text-slate-700">No side has a stance on this issue in the data.</p>
      );
    case 'gaps':
      return <GapHeatmap views={body.views} />;
    case 'timeline':
      return (
        <>
          <LazyChart {...drawnChart('timeline', body.timeline)} />
          <ol className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-800 sm:grid-cols-2">
            {body.events.map((e) => (
              <li key={e.id}>{e.label}</li>
            ))}
          </ol>
        </>
      );
    default:
      // A kind added to ChartBodyData without a drawing here fails to compile.
      return body satisfies never;
  }
}
