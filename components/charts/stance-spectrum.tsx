'use client';

import { useState, useSyncExternalStore } from 'react';
import { CartesianGrid, ErrorBar, ReferenceArea, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { formatGapShort, formatStance, isRange, stanceBounds } from '@/lib/stance';
import { shapePath } from '@/lib/shapes';
import type { SpectrumProps } from '@/lib/reshape-charts';
import { AXIS, ChartContainer, FILL, INK } from './chart-container';

/** x: where the mark sits (a range's middle, where only its label goes); spread: how far the range runs either side, for its bar. */
type Mark = SpectrumProps['marks'][number] & { row: number; index: number; x: number; spread: number };

const NARROW = '(max-width: 640px)';
/** True on a phone-width screen: the side names leave the axis (each mark's label names its side), so the plot gets the width. */
function useNarrow(): boolean {
  return useSyncExternalStore(
    (done) => {
      const query = window.matchMedia(NARROW);
      query.addEventListener('change', done);
      return () => query.removeEventListener('change', done);
    },
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}

/** Each side's stance as a labelled mark on the issue's 0–100 scale; earlier stances faint, with dates. */
export default function StanceSpectrum({
  issueTitle,
  minLabel,
  midLabel,
  maxLabel,
  marks,
  gap,
  height,
}: SpectrumProps & { height: number }) {
  const [active, setActive] = useState<number | null>(null);
  const narrow = useNarrow();
  // One row per side, in the order its marks come; rows are numbers with every tick named (as the
  // timeline's lanes), so every side's row is labelled whichever series draws in it first.
  const rows = [...new Set(marks.map((m) => m.side.id))];
  const names = new Map(marks.map((m) => [m.side.id, `${m.side.name} (${m.side.abbreviation})`]));
  const data: Mark[] = marks.map((m, index) => {
    const { low, high } = stanceBounds(m);
    return {
      ...m,
      row: rows.indexOf(m.side.id),
      index,
      x: (low + high) / 2,
      spread: (high - low) / 2,
    };
  });
  const ranges = data.filter((m) => isRange(m));
  const shown = active === null ? undefined : data[active];
  return (
    <div>
      <ChartContainer height={height}>
        <ScatterChart
          responsive
          style={FILL}
          margin={{ top: 24, right: narrow ? 24 : 56, bottom: 8, left: narrow ? 24 : 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={INK.gridFaint} />
          <XAxis type="number" dataKey="x" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={AXIS.tick} />
          <YAxis
            type="number"
            dataKey="row"
            domain={[-0.5, rows.length - 0.5]}
            ticks={rows.map((_, i) => i)}
            tickFormatter={(i: number) => names.get(rows[i] ?? '') ?? ''}
            interval={0}
            reversed
            width={narrow ? 0 : AXIS.categoryWidth}
            tick={narrow ? false : AXIS.categoryTick}
          />
          {gap ? (
            // The band runs between the two ends furthest apart (the most the gap can be); where the
            // stances are ranges, the part between their facing ends (the least) is shaded stronger
            // inside it (lib/analysis/key-gap.ts gapBand), so the drawing spans what "10–50 pts" says.
            <ReferenceArea
              className="key-gap-band"
              x1={gap.from}
              x2={gap.to}
              fill={INK.gapFill}
              fillOpacity={0.18}
              stroke={INK.gapLine}
              strokeDasharray="4 3"
              label={{
                // Short enough to stay inside a phone-width plot: the pair and the points.
                value: `Key gap ${gap.pair ? `${gap.pair} ` : ''}${formatGapShort(gap.gap)} pts`,
                // Kept inside the plot: a gap near one end is labelled from that end inwards.
                position: gap.to > 80 ? 'insideTopRight' : gap.from < 20 ? 'insideTopLeft' : 'insideTop',
                fill: INK.gapText,
                fontSize: 14,
                fontWeight: 700,
                dy: -20,
              }}
            />
          ) : null}
          {gap?.near ? (
            <ReferenceArea
              className="key-gap-near"
              x1={gap.near.from}
              x2={gap.near.to}
              fill={INK.gapFill}
              fillOpacity={0.45}
              stroke={INK.gapLine}
            />
          ) : null}
          <ReferenceLine x={50} stroke={INK.midline} strokeDasharray="2 4" />
          {/* A range is a bar over the part of the scale the sources allow, one series per range for its colour. */}
          {ranges.map((m) => (
            <Scatter key={`range-${m.index}`} data={[m]} isAnimationActive={false} shape={() => <g />}>
              <ErrorBar
                dataKey="spread"
                direction="x"
                width={0}
                stroke={m.side.color}
                strokeWidth={m.current ? 12 : 8}
                strokeOpacity={m.current ? 0.55 : 0.25}
                isAnimationActive={false}
              />
            </Scatter>
          ))}
          <Scatter
            data={data}
            isAnimationActive={false}
            shape={(props: { cx?: number; cy?: number; payload?: Mark }) => {
              const m = props.payload;
              if (!m || props.cx === undefined || props.cy === undefined) return <g />;
              const r = m.current ? 10 : 7;
              const place = formatStance(m, 'bare');
              const label = m.current ? `${m.side.abbreviation} ${place}` : `${m.asOf}: ${place}`;
              return (
                <g
                  tabIndex={0}
                  role="img"
                  aria-label={`${m.side.name}${m.current ? '' : `, earlier (${m.asOf})`}: stance ${formatStance(m, 'spoken')}${isRange(m) ? ' (a range)' : ''} on ${issueTitle.toLowerCase()}. Analyst judgement: ${m.rationale}`}
                  className="spectrum-mark cursor-pointer outline-none"
                  data-current={m.current}
                  onFocus={() => setActive(m.index)}
                  onMouseEnter={() => setActive(m.index)}
                  onBlur={() => setActive(null)}
                >
                  {isRange(m) ? (
                    // A range is its bar alone: no mark at its middle, which would read as a point. An
                    // unpainted circle keeps the same place to hover.
                    <circle cx={props.cx} cy={props.cy} r={r} fill="transparent" data-range-hit="" />
                  ) : (
                    <path
                      d={shapePath(m.side.shape, props.cx, props.cy, r)}
                      fill={m.side.color}
                      fillOpacity={m.current ? 1 : 0.35}
                      stroke={INK.text}
                      strokeWidth={m.current ? 1.5 : 1}
                      strokeDasharray={m.current ? undefined : '2 2'}
                    />
                  )}
                  {/* A current stance is labelled above its mark, an earlier one below, so the two never meet. */}
                  <text
                    x={props.cx}
                    y={m.current ? props.cy - r - 6 : props.cy + r + 13}
                    textAnchor="middle"
                    fontSize={m.current ? 15 : 12}
                    fontWeight={m.current ? 700 : 400}
                    fill={INK.text}
                  >
                    {label}
                  </text>
                </g>
              );
            }}
          />
        </ScatterChart>
      </ChartContainer>
      <div className="flex justify-between gap-4 px-2 text-sm text-slate-800" aria-hidden="true">
        <span className="max-w-[30%]">0 · {minLabel}</span>
        <span className="max-w-[30%] text-center">50 · {midLabel}</span>
        <span className="max-w-[30%] text-right">{maxLabel} · 100</span>
      </div>
      {gap?.near ? (
        <p className="mt-1 px-2 text-sm text-slate-800" data-key-gap-note="">
          Key gap {gap.pair}: a stance is a range, so the gap is one too. The light band runs between their furthest
          ends (the most it can be, {gap.gap.max} points); the darker band between their nearest ends (the least,{' '}
          {gap.gap.min} points).
        </p>
      ) : null}
      <p className="mt-2 min-h-[3.5rem] rounded bg-slate-50 p-2 text-sm text-slate-800" aria-live="polite">
        {shown ? (
          <>
            <strong>
              {shown.side.name}, {shown.current ? 'current' : `earlier (${shown.asOf})`}: {formatStance(shown)}
              {isRange(shown) ? ' (a range)' : ''}.
            </strong>{' '}
            Analyst judgement: {shown.rationale}
          </>
        ) : (
          'Hover over or tab to a mark to read the analyst’s rationale for it.'
        )}
      </p>
    </div>
  );
}
