'use client';

import { useState } from 'react';
import { Picker } from './picker';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { shapePath } from '@/lib/shapes';
import type { TimelineProps } from '@/lib/reshape-charts';
import { AXIS, ChartContainer, FILL, INK } from './chart-container';
import { useBoxWidth } from './use-box-width';
import {
  COUNT_FONT,
  EVENT_FONT,
  EVENT_ROWS,
  HEAD_FONT,
  eventGroupLabel,
  groupEvents,
  laneBands,
  markRadius,
  placeCounts,
  textWidth,
  laneName,
} from './timeline-layout';

/** A point, with its place in the view's list (the key of its count's place). */
type Point = TimelineProps['views'][string]['points'][number] & { index: number };

const MARGIN = { top: 18 + EVENT_ROWS * 15, right: 16, bottom: 8, left: 8 };
const X_AXIS_HEIGHT = 40;
/** Below this width the side names leave the axis for a line above each lane, so the plot gets the width. */
const NARROW = 600;
/** Width laid out for before the box is measured. */
const FIRST_WIDTH = 880;

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
  const { box, width } = useBoxWidth<HTMLDivElement>(FIRST_WIDTH);
  const view = views[issue] ?? views['']!;
  const { domain, ticks } = windows[span] ?? windows[0]!;
  const inside = (x: number) => x >= domain[0] && x <= domain[1];
  const shownEvents = events.map((e, n) => ({ ...e, n })).filter((e) => inside(e.x));
  const outside = view.points.filter((p) => !inside(p.x)).reduce((n, p) => n + p.count, 0);
  // Lanes are numbers with every tick named, so every side's lane is labelled even when it is empty.
  const data: Point[] = view.points.map((p, index) => ({ ...p, index })).filter((p) => inside(p.x));

  // The layout in pixels: the plot's width from the box's, each lane's bands from the plot's height.
  const narrow = width < NARROW;
  const axisWidth = narrow ? 0 : AXIS.categoryWidth;
  const plotLeft = MARGIN.left + axisWidth;
  const plotWidth = Math.max(40, width - plotLeft - MARGIN.right);
  const px = (x: number) => plotLeft + ((x - domain[0]) / (domain[1] - domain[0] || 1)) * plotWidth;
  const lane = (height - MARGIN.top - MARGIN.bottom - X_AXIS_HEIGHT) / Math.max(1, sides.length);
  const bands = laneBands(lane);
  // Each lane's counts on the row under its marks, pushed apart where marks are close (label-layout).
  const countAt = new Map<number, number | null>();
  sides.forEach((_, l) => {
    const row = data.filter((p) => p.lane === l).sort((a, b) => a.x - b.x);
    const centres = placeCounts(
      row.map((p) => px(p.x)),
      row.map((p) => p.count),
      narrow ? 2 : plotLeft,
      width - 2,
    );
    row.forEach((p, k) => countAt.set(p.index, centres[k] ?? null));
  });
  const untold = data.filter((p) => countAt.get(p.index) === null).length;
  // Close events share one label ("E4–E7") so labels never print over each other at this width.
  const groups = groupEvents(shownEvents, domain, plotWidth);
  const labelX = (x: number, text: string) => {
    const half = textWidth(text, EVENT_FONT) / 2;
    return Math.max(half + 2, Math.min(width - half - 2, x));
  };
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
      <div ref={box}>
        <ChartContainer height={height}>
          <ScatterChart responsive style={FILL} margin={MARGIN} accessibilityLayer={false}>
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
              height={X_AXIS_HEIGHT}
            />
            <YAxis
              type="number"
              dataKey="lane"
              domain={[-0.5, sides.length - 0.5]}
              ticks={sides.map((_, i) => i)}
              tickFormatter={(i: number) => (sides[i] ? `${sides[i].name} (${sides[i].abbreviation})` : '')}
              interval={0}
              reversed
              width={axisWidth}
              tick={narrow ? false : AXIS.categoryTick}
            />
            {/* On a narrow chart each lane's side is named on a line above its marks. */}
            {narrow
              ? sides.map((side, l) => {
                  // Shortened by a rule when the line is too narrow, never squeezed.
                  const text = laneName(side.name, side.abbreviation, width - 4, HEAD_FONT);
                  return (
                    <text
                      key={side.id}
                      className="timeline-lane-name"
                      x={2}
                      y={MARGIN.top + (l + 0.5) * lane + bands.headY}
                      fontSize={HEAD_FONT}
                      fontWeight={600}
                      fill={INK.text}
                    >
                      {text}
                    </text>
                  );
                })
              : null}
            {shownEvents.map((e) => {
              // The first event of a group carries the group's label; the rest draw their line only.
              const k = groups.findIndex((g) => g[0] === e);
              const text = k < 0 ? '' : eventGroupLabel(groups[k]!);
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
                            className="timeline-event-label"
                            x={labelX(props.viewBox?.x ?? 0, text)}
                            y={(props.viewBox?.y ?? 0) - 6 - (k % EVENT_ROWS) * 15}
                            textAnchor="middle"
                            fill={INK.gapText}
                            fontSize={EVENT_FONT}
                            fontWeight={700}
                          >
                            {text}
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
                // Recharts puts the lane's centre at cy: the mark sits there, its count on the row below.
                const cx = props.cx;
                const cy = props.cy;
                const r = markRadius(p.count, bands.maxR);
                const at = countAt.get(p.index);
                const countX = at === undefined || at === null ? null : cx + at - px(p.x);
                const countY = props.cy + bands.countY;
                return (
                  <g
                    className="timeline-mark"
                    role="img"
                    aria-label={`${side.name}: ${p.count} statement${p.count === 1 ? '' : 's'} on ${p.label}`}
                  >
                    <path
                      d={shapePath(side.shape, cx, cy, r)}
                      fill={side.color}
                      fillOpacity={p.approx ? 0.35 : 1}
                      stroke={INK.text}
                      strokeWidth={p.approx ? 1.5 : 1}
                      strokeDasharray={p.approx ? '3 2' : undefined}
                    />
                    {countX === null ? null : (
                      <>
                        {/* A count pushed aside from under its mark is joined to it by a line. */}
                        {Math.abs(countX - cx) > 3 ? (
                          <line
                            x1={countX}
                            y1={countY - COUNT_FONT}
                            x2={cx}
                            y2={cy + r}
                            stroke={INK.muted}
                            strokeWidth={1}
                          />
                        ) : null}
                        <text
                          className="timeline-count"
                          x={countX}
                          y={countY}
                          textAnchor="middle"
                          fontSize={COUNT_FONT}
                          fontWeight={700}
                          fill={INK.text}
                        >
                          {p.count}
                        </text>
                      </>
                    )}
                  </g>
                );
              }}
            />
          </ScatterChart>
        </ChartContainer>
      </div>
      {untold > 0 ? (
        <p className="text-sm text-slate-700">
          Some lanes have more dates than room for their counts here; the table lists every count.
        </p>
      ) : null}
    </div>
  );
}
