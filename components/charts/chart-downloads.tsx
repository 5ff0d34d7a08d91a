'use client';

import { useState } from 'react';
import {
  chartPage,
  chartReadme,
  chartWords,
  slideSvg,
  toCsv,
  zipFiles,
  type ChartAbout,
  type ChartWords,
  type TableData,
} from '@/lib/chart-export';
import { downloadBlob, drawingOf, pngFromSvg } from './download';

type Props = {
  id: string;
  /** The chart's words: on its images and in the README beside the CSV. */
  about: ChartAbout;
  /** The chart's numbers, downloaded as CSV. */
  table: TableData;
  /** Why there is nothing to download (a chart with no data); the buttons are disabled and say so. */
  empty?: string;
};

const BUTTON =
  'rounded border border-slate-400 bg-white px-3 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60 disabled:hover:bg-white';

/**
 * PNG (page size, 2×), PNG for a 16:9 slide, SVG, and the data as a zip (data.csv + README.txt),
 * all made in the browser, offline. The images carry the chart's words (lib/chart-export chartPage).
 */
/**
 * The chart's words as the chart shows them now: a chart whose view can change (the gap heatmap's
 * issue) marks an element inside it with the title, takeaway and date warning of what it shows
 * (data-export-title, data-export-takeaway, data-export-warning); the image carries those.
 */
function shownWords(id: string, words: ChartWords): ChartWords {
  const shown = document.querySelector(`[data-testid="chart-${id}"] [data-export-takeaway]`);
  if (!shown) return words;
  const warning = shown.getAttribute('data-export-warning');
  const { warning: _none, ...rest } = words;
  void _none;
  return {
    ...rest,
    title: shown.getAttribute('data-export-title') || words.title,
    takeaway: shown.getAttribute('data-export-takeaway') || words.takeaway,
    ...(warning ? { warning } : {}),
  };
}

/** The image downloads: kind, button label, and what the file is (for screen readers). */
const IMAGES = [
  ['png', 'PNG', 'image of'],
  ['slide', 'PNG 16:9', 'slide image of'],
  ['svg', 'SVG', 'drawing of'],
] as const;

export function ChartDownloads(props: Props) {
  const { id, about, table, empty } = props;
  const words = chartWords(about);
  const [problem, setProblem] = useState('');
  const reasonId = `${id}-download-reason`;
  const drawn = () => {
    const root = document.querySelector(`[data-testid="chart-${id}"]`);
    // A chart whose current view has nothing to draw says why (the gap heatmap of an issue with one stance).
    const nothing = root?.querySelector('[data-export-empty]')?.getAttribute('data-export-empty');
    if (nothing) {
      setProblem(nothing);
      return null;
    }
    const drawing = drawingOf(root);
    if (!drawing) setProblem('The chart is still being drawn; try again in a moment.');
    return drawing;
  };
  const image = async (kind: 'png' | 'slide' | 'svg') => {
    const drawing = drawn();
    if (!drawing) return;
    setProblem('');
    const shown = shownWords(id, words);
    if (kind === 'svg')
      return downloadBlob(new Blob([chartPage(shown, drawing).svg], { type: 'image/svg+xml' }), `${id}.svg`);
    if (kind === 'png') return downloadBlob(await pngFromSvg(chartPage(shown, drawing).svg, 2), `${id}.png`);
    downloadBlob(await pngFromSvg(slideSvg(shown, drawing), 1), `${id}-16x9.png`);
  };
  const data = async () => {
    const files = [
      { name: 'data.csv', text: toCsv(table) },
      { name: 'README.txt', text: chartReadme(about) },
    ];
    const zip = await zipFiles(files);
    downloadBlob(new Blob([zip.buffer as ArrayBuffer], { type: 'application/zip' }), `${id}-data.zip`);
  };
  const disabled = Boolean(empty);
  const describedBy = empty || problem ? reasonId : undefined;
  return (
    <div className="no-print">
      <div className="flex flex-wrap gap-2" role="group" aria-label={`Download ${words.title}`}>
        {IMAGES.map(([kind, label, what]) => (
          <button
            key={kind}
            type="button"
            className={BUTTON}
            disabled={disabled}
            aria-describedby={describedBy}
            onClick={() => image(kind)}
          >
            {label}
            <span className="sr-only">
              {' '}
              {what} {words.title}
            </span>
          </button>
        ))}
        <button type="button" className={BUTTON} disabled={disabled} aria-describedby={describedBy} onClick={data}>
          Data (CSV + README)<span className="sr-only"> of {words.title}</span>
        </button>
      </div>
      {empty || problem ? (
        <p id={reasonId} className="mt-1 text-sm text-slate-700" role={problem ? 'status' : undefined}>
          {empty || problem}
        </p>
      ) : null}
    </div>
  );
}
