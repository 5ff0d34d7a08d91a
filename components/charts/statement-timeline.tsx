'use client';

import { useId, useState } from 'react';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { shapePath } from '@/lib/shapes';
import type { TimelineProps } from './types';
import { AXIS, ChartContainer, FILL, INK } from './chart-container';

type Point = TimelineProps['views'][string]['points'][number] & { row: string };

/** Statements over time by side — dates in order, not to scale — with the sources' events marked. */
export default function StatementTimeline({
  sides,
  dates,
  views,
  issues,
  events,
  height,
}: TimelineProps & { height: number }) {
  const [issue, setIssue] = useState('');
  const selectId = useId();
  const view = views[issue] ?? views['']!;
  const bySide = new Map(sides.map((s) => [s.id, s]));
  const rows = sides.map((s) => `${s.name} (${s.abbreviation})`);
  const data: Point[] = view.points.map((p) => {
    const side = bySide.get(p.side)!;
    return { ...p, row: `${side.name} (${side.abbreviation})` };
  });
  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center gap-3">
        {issues.length > 0 ? (
          <>
            <label htmlFor={selectId} className="font-medium">
              Issue
            </label>
            <select
              id={selectId}
              value={issue}
              onChange={(e) => setIssue(e.target.value)}
              className="rounded border border-slate-400 bg-white px-2 py-1"
            >
              <option value="">All issues</option>
              {issues.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title}
                </option>
              ))}
            </select>
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
          margin={{ top: 28, right: 24, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={INK.gridFaint} />
          <XAxis
            type="number"
            dataKey="x"
            domain={[-0.5, dates.length - 0.5]}
            ticks={dates.map((_, i) => i)}
            tickFormatter={(i: number) => dates[i] ?? ''}
            interval={0}
            tick={{ ...AXIS.tick, fontSize: 13 }}
            height={40}
          />
          <YAxis
            type="category"
            dataKey="row"
            ticks={rows}
            allowDuplicatedCategory={false}
            reversed
            width={AXIS.categoryWidth}
            tick={AXIS.categoryTick}
          />
          {events.map((e, n) => (
            <ReferenceLine
              key={n}
              x={e.x}
              stroke={INK.gapLine}
              strokeDasharray="5 3"
              label={{ value: `E${n + 1}`, position: 'top', fill: INK.gapText, fontSize: 13, fontWeight: 700 }}
            />
          ))}
          <Scatter
            data={data}
            isAnimationActive={false}
            shape={(props: { cx?: number; cy?: number; payload?: Point }) => {
              const p = props.payload;
              const side = p ? bySide.get(p.side) : undefined;
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
                    stroke={INK.text}
                    strokeWidth={1}
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
