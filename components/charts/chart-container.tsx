/**
 * The one box every Recharts chart draws in, as shadcn's ChartContainer and Tremor's charts do:
 * it owns the plot's height (so the chart fills it, nothing shifts) and the defaults every chart
 * shares — tick sizes, category-axis width, and colours from CSS variables in app/globals.css.
 */
import type { ReactNode } from 'react';

/** Colours as CSS variables: one place to change them, and downloads resolve them (download.ts). */
export const INK = {
  text: 'var(--chart-ink)',
  muted: 'var(--chart-muted)',
  grid: 'var(--chart-grid)',
  gridFaint: 'var(--chart-grid-faint)',
  midline: 'var(--chart-midline)',
  cursor: 'var(--chart-cursor)',
  gapFill: 'var(--chart-gap-fill)',
  gapLine: 'var(--chart-gap-line)',
  gapText: 'var(--chart-gap-ink)',
} as const;

/** Axis defaults: a number axis, and a category axis naming the sides. */
export const AXIS = {
  tick: { fill: INK.text, fontSize: 14 },
  categoryTick: { fill: INK.text, fontSize: 15 },
  categoryWidth: 190,
} as const;

/** The chart's size for Recharts: fill the container. */
export const FILL = { width: '100%', height: '100%' } as const;

export function ChartContainer({ height, children }: { height: number; children: ReactNode }) {
  return (
    <div className="chart-container" style={{ height }}>
      {children}
    </div>
  );
}
