/** Props of the client chart leaves: plain, serialisable values computed on the server. */
import type { Shape } from '@/lib/colors';
import type { Gap, StancePlace } from '@/lib/stance';

export type SideStyle = { id: string; name: string; abbreviation: string; color: string; shape: Shape };

export type DemandBarsProps = {
  sides: SideStyle[];
  issues: { id: string; title: string; fill: string; label: string }[];
  /** Per side (same order as `sides`): its count on each issue. */
  counts: Record<string, number>[];
};

export type SpectrumProps = {
  issueTitle: string;
  minLabel: string;
  maxLabel: string;
  midLabel: string;
  /** A point stance has value; a range has min and max (drawn as a bar, its mark at the middle). */
  marks: (StancePlace & { side: SideStyle; asOf: string; rationale: string; current: boolean })[];
  /** The key gap (lib/analysis/key-gap.ts): where the shaded gap runs from and to, its size, and its pair ("RU–UA"). */
  gap: { from: number; to: number; gap: Gap; pair?: string } | null;
};

export type TimelineProps = {
  sides: SideStyle[];
  /** The time axis: its span and ticks, in ms since the epoch (UTC); dates are placed by their distance. */
  /** The spans a reader can choose: all dates, and (when they run over months) the latest weeks. */
  windows: { label: string; domain: [number, number]; ticks: { value: number; label: string }[] }[];
  /** Per issue id ('' for all issues): points and events on the axis. */
  views: Record<
    string,
    { points: { x: number; side: string; count: number; label: string; approx: boolean }[]; takeaway: string }
  >;
  issues: { id: string; title: string }[];
  events: { x: number; label: string; approx: boolean }[];
};
