import type { ReactNode } from 'react';
import { toCsv, type TableData } from '@/lib/chart-export';
import { ChartDownloads } from './chart-downloads';
import { DataTable } from './data-table';

type Props = {
  /** Unique on the page; also the download file name and the chart root's test id. */
  id: string;
  title: string;
  /** One sentence computed from the data. */
  takeaway: string;
  /** Citation of the sources the chart draws on. */
  source: string;
  /** The chart's numbers, shown as a table and downloaded as CSV. */
  table: TableData;
  children: ReactNode;
  note?: ReactNode;
  /** A key drawn into the downloaded image, for charts whose colours are explained outside the chart. */
  legend?: { label: string; fill: string }[];
};

/**
 * The one frame every chart sits in: title, computed takeaway, the chart with an accessible name,
 * a source line, downloads (PNG, SVG, CSV) and a table with the same numbers.
 */
export function ChartFrame({ id, title, takeaway, source, table, children, note, legend }: Props) {
  return (
    <figure className="rounded-lg border border-slate-300 bg-white p-4" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-xl font-bold">
        {title}
      </h2>
      <p id={`${id}-takeaway`} className="mt-1 text-lg leading-snug text-slate-900">
        {takeaway}
      </p>
      {note ? <div className="mt-1 text-sm text-slate-700">{note}</div> : null}
      <div
        data-testid={`chart-${id}`}
        role="group"
        tabIndex={0}
        aria-label={`${title} (chart)`}
        aria-describedby={`${id}-takeaway`}
        className="mt-3 rounded"
      >
        {children}
      </div>
      <figcaption className="mt-2 text-sm text-slate-700">Source: {source}</figcaption>
      <div className="mt-2 flex flex-wrap items-start gap-x-6 gap-y-2">
        <ChartDownloads id={id} title={title} source={source} csv={toCsv(table, source)} legend={legend} />
        <DataTable id={id} title={title} table={table} />
      </div>
    </figure>
  );
}
