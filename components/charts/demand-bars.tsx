'use client';

import { OUTLINE } from '@/lib/colors';
import type { DemandBarsProps } from '@/lib/reshape-charts';
import { AXIS, ChartContainer, INK } from './chart-container';
import { useBoxWidth } from './use-box-width';

/** Width drawn before the page runs (the static HTML); the drawing then takes its box's width. */
const FIRST_WIDTH = 880;
const MARGIN = { top: 8, right: 24, bottom: 44 };
/** Characters per line of a side's name on the axis (a longer name takes two lines). */
const NAME_CHARS = 22;

function nameLines(name: string): string[] {
  if (name.length <= NAME_CHARS) return [name];
  const words = name.split(' ');
  const lines = [''];
  for (const word of words) {
    const last = lines.length - 1;
    if (lines[last] && `${lines[last]} ${word}`.length > NAME_CHARS && lines.length < 2) lines.push(word);
    else lines[last] = lines[last] ? `${lines[last]} ${word}` : word;
  }
  return lines;
}

/**
 * Stated demands per side, stacked by issue, drawn as plain SVG (no chart library: it is the page's
 * first chart, so it comes whole in the static HTML and costs the first load no script). Activating
 * a side's bar jumps to its list of demands.
 */
export default function DemandBars({ sides, issues, counts, height }: DemandBarsProps & { height: number }) {
  const { box, width } = useBoxWidth<HTMLDivElement>(FIRST_WIDTH);
  const totals = counts.map((c) => issues.reduce((n, i) => n + (c[i.id] ?? 0), 0));
  const most = Math.max(1, ...totals);
  const step = Math.max(1, Math.ceil(most / 6));
  const top = Math.ceil(most / step) * step;
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);
  const left = AXIS.categoryWidth;
  const plotWidth = Math.max(40, width - left - MARGIN.right);
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const band = plotHeight / Math.max(1, sides.length);
  const x = (v: number) => left + (v / top) * plotWidth;
  return (
    <div>
      <ul className="mb-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-900" aria-label="Key to the issues">
        {issues.map((issue) => (
          <li key={issue.id} className="inline-flex items-center gap-1.5">
            <span
              className="inline-block h-3.5 w-5 border border-slate-900"
              style={{ background: issue.fill }}
              aria-hidden="true"
            />
            {issue.title}
          </li>
        ))}
      </ul>
      <ChartContainer height={height}>
        <div ref={box} className="h-full w-full">
          <svg
            className="chart-drawing"
            data-chart-drawing=""
            width={width}
            height={height}
            // Before the page runs the drawing is FIRST_WIDTH wide: never wider than its box (a phone
            // would scroll sideways); once measured it is redrawn at the box's width.
            style={{ maxWidth: '100%' }}
            aria-hidden="true"
            fontFamily="inherit"
          >
            {ticks.map((t) => (
              <g key={t}>
                <line x1={x(t)} x2={x(t)} y1={MARGIN.top} y2={MARGIN.top + plotHeight} stroke={INK.grid} />
                <text x={x(t)} y={MARGIN.top + plotHeight + 18} textAnchor="middle" fill={INK.text} fontSize={14}>
                  {t}
                </text>
              </g>
            ))}
            <text x={left + plotWidth / 2} y={height - 6} textAnchor="middle" fill={INK.muted} fontSize={14}>
              Stated demands
            </text>
            {sides.map((side, i) => {
              const y = MARGIN.top + i * band;
              const lines = nameLines(`${side.name} (${side.abbreviation})`);
              let start = 0;
              return (
                <g
                  key={side.id}
                  className="demand-bar"
                  data-side={side.id}
                  cursor="pointer"
                  onClick={() => (window.location.hash = `demands-${side.id}`)}
                >
                  <text
                    x={left - 8}
                    y={y + band / 2 - (lines.length - 1) * 8 + 5}
                    textAnchor="end"
                    fill={INK.text}
                    fontSize={15}
                  >
                    {lines.map((line, k) => (
                      <tspan key={k} x={left - 8} dy={k === 0 ? 0 : 17}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                  {issues.map((issue) => {
                    const n = counts[i]?.[issue.id] ?? 0;
                    if (n === 0) return null;
                    const from = start;
                    start += n;
                    const w = x(start) - x(from);
                    return (
                      <g key={issue.id} className="demand-segment">
                        <rect
                          x={x(from)}
                          y={y + band * 0.15}
                          width={w}
                          height={band * 0.7}
                          fill={issue.fill}
                          stroke={OUTLINE}
                        >
                          <title>{`${side.name}: ${n} on ${issue.title}`}</title>
                        </rect>
                        {w >= 16 ? (
                          <text
                            x={x(from) + w / 2}
                            y={y + band / 2 + 5}
                            textAnchor="middle"
                            fill={issue.label}
                            fontSize={14}
                            pointerEvents="none"
                          >
                            {n}
                          </text>
                        ) : null}
                      </g>
                    );
                  })}
                </g>
              );
            })}
            <line x1={left} x2={left} y1={MARGIN.top} y2={MARGIN.top + plotHeight} stroke={INK.text} />
          </svg>
        </div>
      </ChartContainer>
    </div>
  );
}
