'use client';

import { downloadBlob, pngFromSvg, svgFromChart, type LegendEntry } from './download';

type Props = { id: string; title: string; source: string; csv: string; legend?: LegendEntry[] };

/** PNG (2×), SVG and CSV downloads of one chart; everything is made in the browser, offline. */
export function ChartDownloads({ id, title, source, csv, legend }: Props) {
  const drawing = () => svgFromChart(document.querySelector(`[data-testid="chart-${id}"]`), title, source, legend);
  const button =
    'rounded border border-slate-400 bg-white px-3 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100';
  return (
    <div className="flex gap-2" role="group" aria-label={`Download ${title}`}>
      <button
        type="button"
        className={button}
        onClick={async () => downloadBlob(await pngFromSvg(drawing(), 2), `${id}.png`)}
      >
        PNG<span className="sr-only"> image of {title}</span>
      </button>
      <button
        type="button"
        className={button}
        onClick={() => downloadBlob(new Blob([drawing()], { type: 'image/svg+xml' }), `${id}.svg`)}
      >
        SVG<span className="sr-only"> drawing of {title}</span>
      </button>
      <button
        type="button"
        className={button}
        onClick={() => downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${id}.csv`)}
      >
        CSV<span className="sr-only"> data of {title}</span>
      </button>
    </div>
  );
}
