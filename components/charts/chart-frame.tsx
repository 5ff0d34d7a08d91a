import type { ReactNode } from 'react';
import type { ChartHead } from '@/lib/reshape-charts';
import { SpreadWarning } from '@/components/time/spread-warning';

/** The notes under a chart's takeaway, by kind (the README carries `noteText`, their words in plain text). */
const NOTES: Partial<Record<ChartHead['kind'], ReactNode>> = {
  spectrum: (
    <>
      Stances are analyst judgements, not the sides’ own numbers; a mark is a point, a bar a range where the sources
      only bound the stance. Each rationale shows on hover or keyboard focus.
    </>
  ),
  gaps: (
    <>
      Distance between two sides’ current stances, in points on the issue’s 0–100 scale. Stances are analyst judgements;
      where one is a range, the distance is a range too (dashed cell: least–most).
    </>
  ),
  timeline: (
    <>
      Dates are placed to scale. Faint, dashed marks are approximate dates, written{' '}
      <abbr title="circa: the source gives no exact date">c.</abbr> (circa: the source gives no exact date). Dashed
      lines are events the sources name (E1, E2, …).
    </>
  ),
};

/**
 * The one frame every chart sits in: title, computed takeaway, date warning and note, in the page's
 * HTML; then `children`, the chart's ChartBody (drawing, source line, downloads, "Cite this", table).
 */
export function ChartFrame({ head, children }: { head: ChartHead; children: ReactNode }) {
  const { id, title, takeaway } = head;
  const note = NOTES[head.kind];
  return (
    <figure className="rounded-lg border border-slate-300 bg-white p-4" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-xl font-bold">
        {title}
      </h2>
      <p id={`${id}-takeaway`} className="mt-1 text-lg leading-snug text-slate-900">
        {takeaway}
      </p>
      <SpreadWarning text={head.warning} />
      {note ? <div className="mt-1 text-sm text-slate-700">{note}</div> : null}
      {children}
    </figure>
  );
}
