'use client';

import { useState } from 'react';
import { Picker } from './picker';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { shapePath } from '@/lib/shapes';
import { eventLabelGroups } from '@/lib/analysis/time-axis';
import type { TimelineProps } from '@/lib/reshape-charts';
import { AXIS, ChartContainer, FILL, INK } from './chart-container';

type Point = TimelineProps['views'][string]['points'][number];

/** Event labels alternate between two rows above the plot; labels closer than that are grouped (eventLabelGroups). */
const EVENT_ROWS = 2;

/** Statements over time by side — dates placed to scale — with the sources' events marked. */
export default function StatementTimeline({
  sides,
  windows,
  views,
  issues,
  events,
  height,
}: TimelineProps & { height: number }) {
  const [issue, setIssue] = useState('');
  const [span, setSpan] = useState(0);
  const view = views[issue] ?? views['']!;
  const { domain, ticks } = windows[span] ?? windows[0]!;
  const inside = (x: number) => x >= domain[0] && x <= domain[1];
  // Close events share one label ("E4–E7") so labels never print over each other.
  const shownEvents = events.map((e, n) => ({ ...e, n })).filter((e) => inside(e.x));
  const groups = eventLabelGroups(
    shownEvents.map((e) => e.x),
    domain,
  ).map((g) => g.map((i) => shownEvents[i]!));
  const groupLabel = (g: typeof shownEvents) =>
    g.length === 1 ? `E${g[0]!.n + 1}${g[0]!.approx ? ' (c.)' : ''}` : `E${g[0]!.n + 1}–E${g.at(-1)!.n + 1}`;
  const outside = view.points.filter((p) => !inside(p.x)).reduce((n, p) => n + p.count, 0);
  // Lanes are numbers with every tick named, so every side's lane is labelled even when it is empty.
  const data: Point[] = view.points.filter((p) => inside(p.x));
  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center gap-3">
        {issues.length > 0 ? (
          <Picker
            label="Issue"
            value={issue}
            onChange={setIssue}
            options={[{ value: '', label: 'All issues' }, ...issues.map((i) => ({ value: i.id, label: i.title }))]}
          />
        ) : null}
        {windows.length > 1 ? (
          <>
            <Picker
              label="Dates"
              value={String(span)}
              onChange={(v) => setSpan(Number(v))}
              options={windows.map((w, i) => ({ value: String(i), label: w.label }))}
            />
            {outside > 0 ? (
              <span className="text-sm text-slate-700">
                {outside} statement{outside === 1 ? '' : 's'} before this span not shown
              </span>
            ) : null}
          </>
        ) : null}
        {/* The frame states the unfiltered takeaway; a filtered view's sentence appears here. */}
        <span className="text-slate-800" aria-live="polite">
          {issue === '' ? '' : view.takeaway}
        </span>
      </div>
      <ChartContainer height={height}>
        <ScatterChart
          responsive
          style={FILL}
          margin={{ top: 18 + EVENT_ROWS * 15, right: 32, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={INK.gridFaint} />
          <XAxis
            type="number"
            dataKey="x"
            scale="time"
            domain={domain}
            ticks={ticks.map((t) => t.value)}
            tickFormatter={(value: number) => ticks.find((t) => t.value === value)?.label ?? ''}
            // Every tick where they fit; on a narrow screen (a 390-px phone) those that would print over
            // their neighbour are left out, the first and last kept.
            interval="preserveStartEnd"
            minTickGap={6}
            tick={{ ...AXIS.tick, fontSize: 13 }}
            height={40}
          />
          <YAxis
            type="number"
            dataKey="lane"
            domain={[-0.5, sides.length - 0.5]}
            ticks={sides.map((_, i) => i)}
            tickFormatter={(i: number) => (sides[i] ? `${sides[i].name} (${sides[i].abbreviation})` : '')}
            interval={0}
            reversed
            width={AXIS.categoryWidth}
            tick={AXIS.categoryTick}
          />
          {shownEvents.map((e) => {
            // The first event of a group carries the group's label; the rest draw their line only.
            const k = groups.findIndex((g) => g[0] === e);
            return (
              <ReferenceLine
                key={e.n}
                x={e.x}
                stroke={INK.gapLine}
                strokeDasharray={e.approx ? '2 4' : '5 3'}
                label={
                  k < 0
                    ? undefined
                    : (props: { viewBox?: { x?: number; y?: number } }) => (
                        <text
                          x={props.viewBox?.x ?? 0}
                          y={(props.viewBox?.y ?? 0) - 6 - (k % EVENT_ROWS) * 15}
                          textAnchor="middle"
                          fill={INK.gapText}
                          fontSize={13}
                          fontWeight={700}
                        >
                          {groupLabel(groups[k]!)}
                        </text>
                      )
                }
              />
            );
          })}
          <Scatter
            data={data}
            isAnimationActive={false}
            shape={(props: { cx?: number; cy?: number; payload?: Point }) => {
              const p = props.payload;
              const side = p ? sides[p.lane] : undefined;
              if (!p || !side || props.cx === undefined || props.cy === undefined) return <g />;
              const r = 7 + Math.sqrt(p.count) * 3;
              return (
                <g
                  className="timeline-mark"
                  role="img"
                  aria-label={`${side.name}: ${p.count} statement${p.count === 1 ? '' : 's'} on ${p.label}`}
                >
                  <path
                    d={shapePath(side.shape, props.cx, props.cy, r)}
                    fill={side.color}
                    fillOpacity={p.approx ? 0.35 : 1}
                    stroke={INK.text}
                    strokeWidth={p.approx ? 1.5 : 1}
                    strokeDasharray={p.approx ? '3 2' : undefined}
                  />
                  <text x={props.cx + r + 4} y={props.cy + 5} fontSize={14} fontWeight={700} fill={INK.text}>
                    {p.count}
                  </text>
                </g>
              );
            }}
          />
        </ScatterChart>
      </ChartContainer>
    </div>
  );
}
