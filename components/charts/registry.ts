/**
 * The drawn charts, by kind: their props and the height each takes, plot and the parts around it,
 * in one place. The server part of a chart asks `drawnChart` for LazyChart's props, so LazyChart
 * reserves exactly this before the chart loads and the leaf draws its plot at `plot` pixels inside
 * a ChartContainer. Server-side only (the browser gets the numbers), no React, no Recharts.
 */
import type { DemandBarsProps, SpectrumProps, TimelineProps } from '@/lib/reshape-charts';

export type ChartProps = { 'demand-bars': DemandBarsProps; spectrum: SpectrumProps; timeline: TimelineProps };
export type ChartKind = keyof ChartProps;

/** Heights in pixels of the parts of a chart besides its plot. */
const KEY_ROW = 28; // a wrapped-once row of issue swatches above the bars
const SCALE_LABELS = 30; // the scale's named points under the spectrum
const RATIONALE_BOX = 80; // the spectrum's rationale box
const ISSUE_PICKER = 48; // the timeline's issue selector
const TAKEAWAY_ROW = 8; // its filtered takeaway line, when there is no selector

type Size<P> = { plot: (props: P) => number; around: (props: P) => number };

export const CHART_SIZES: { [K in ChartKind]: Size<ChartProps[K]> } = {
  'demand-bars': { plot: (p) => 70 + p.sides.length * 52, around: () => KEY_ROW },
  spectrum: {
    plot: (p) => 80 + Math.max(new Set(p.marks.map((m) => m.side.id)).size, 1) * 56,
    around: () => SCALE_LABELS + RATIONALE_BOX,
  },
  timeline: {
    // 64 px a lane: on a phone a line for the side's name, the marks, and a row for their counts.
    plot: (p) => 90 + p.sides.length * 64,
    around: (p) => (p.issues.length > 0 ? ISSUE_PICKER : TAKEAWAY_ROW),
  },
};

export type DrawnChart<K extends ChartKind> = { kind: K; chart: ChartProps[K]; plot: number; reserve: number };

/** LazyChart's props for a chart of this kind: its props, its plot's height and all it takes. */
export function drawnChart<K extends ChartKind>(kind: K, chart: ChartProps[K]): DrawnChart<K> {
  const size = CHART_SIZES[kind] as Size<ChartProps[K]>;
  const plot = size.plot(chart);
  return { kind, chart, plot, reserve: plot + size.around(chart) };
}
