import type { ReactNode } from 'react';
import { citation, readmeText, toCsv, type ChartWords, type TableData } from '@/lib/chart-export';
import { formatDate } from '@/lib/dates';
import { CiteThis } from '@/components/ui/cite-this';
import { ChartDownloads } from './chart-downloads';
import { SpreadWarning } from '@/components/time/spread-warning';
import { DataTable } from './data-table';

type Props = {
  /** Unique on the page; also the download file name and the chart root's test id. */
  id: string;
  title: string;
  /** One sentence computed from the data. */
  takeaway: string;
  /** Citation of the sources the chart draws on. */
  source: string;
  /** The dataset's as-of date (ISO, partial allowed): printed on every download and citation. */
  asOf: string;
  /** The chart's numbers, shown as a table and downloaded as CSV. */
  table: TableData;
  children: ReactNode;
  note?: ReactNode;
  /** The note in plain words, for the README beside the CSV (the note on the page may hold markup). */
  noteText?: string;
  /**
   * Said when the chart sets side by side positions further apart in time than the dataset's window:
   * shown under the takeaway, drawn into the images and written in the README.
   */
  warning?: string;
  /** More paragraphs for the README (the gap heatmap's date warnings, issue by issue). */
  readmeNotes?: string[];
  /** A key drawn into the downloaded image, for charts whose colours are explained outside the chart. */
  legend?: { label: string; fill?: string }[];
  /** The scale's end words, for charts that place stances; printed on the image. */
  scale?: { min: string; max: string; mid?: string };
  /** The chart shows stances: the image and README carry the "analyst judgement" label. */
  judgement?: boolean;
  /** Why the chart has nothing to download; by default, when the table has no rows. */
  empty?: string;
};

/**
 * The one frame every chart sits in: title, computed takeaway, the chart with an accessible name,
 * a source line, downloads (PNG, slide PNG, SVG, data zip), "Cite this", and a table with the numbers.
 */
export function ChartFrame(props: Props) {
  const { id, title, takeaway, source, table, children, note, legend } = props;
  const asOf = formatDate(props.asOf);
  const words: ChartWords = {
    title,
    takeaway,
    source,
    asOf,
    key: legend,
    scale: props.scale,
    judgement: props.judgement,
    ...(props.warning ? { warning: props.warning } : {}),
  };
  const notes = [
    ...(props.noteText ? [props.noteText] : []),
    ...(props.scale ? [`Scale: 0 = ${props.scale.min}; 100 = ${props.scale.max}.`] : []),
    ...(props.judgement ? ['Stances are analyst judgement, not the sides’ own numbers.'] : []),
    ...(props.warning ? [`Different dates: ${props.warning}`] : []),
    ...(props.readmeNotes ?? []),
  ];
  const empty = props.empty ?? (table.rows.length === 0 ? 'Nothing to download: this chart has no data.' : undefined);
  return (
    <figure className="rounded-lg border border-slate-300 bg-white p-4" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-xl font-bold">
        {title}
      </h2>
      <p id={`${id}-takeaway`} className="mt-1 text-lg leading-snug text-slate-900">
        {takeaway}
      </p>
      <SpreadWarning text={props.warning} />
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
      <figcaption className="mt-2 text-sm text-slate-700">
        Source: {source} · Standpoint · data as of {asOf}
      </figcaption>
      <div className="mt-2 flex flex-wrap items-start gap-x-6 gap-y-2">
        <ChartDownloads
          id={id}
          words={words}
          csv={toCsv(table)}
          readme={readmeText({ title, takeaway, source, asOf, notes })}
          empty={empty}
        />
        <CiteThis citation={citation({ title, asOf, source })} />
        <DataTable id={id} title={title} table={table} />
      </div>
    </figure>
  );
}
