'use client';

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { OUTLINE } from '@/lib/colors';
import type { DemandBarsProps } from '@/lib/reshape-charts';
import { AXIS, ChartContainer, FILL, INK } from './chart-container';

/** Stated demands per side, stacked by issue. Activating a side's bar jumps to its list of demands. */
export default function DemandBars({ sides, issues, counts, height }: DemandBarsProps & { height: number }) {
  const data = sides.map((side, i) => ({ side: `${side.name} (${side.abbreviation})`, id: side.id, ...counts[i] }));
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
        <BarChart
          layout="vertical"
          data={data}
          responsive
          style={FILL}
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          onClick={(state) => {
            const index = Number(state?.activeTooltipIndex ?? state?.activeIndex);
            const side = Number.isInteger(index) ? sides[index] : undefined;
            if (side) window.location.hash = `demands-${side.id}`;
          }}
        >
          <CartesianGrid horizontal={false} stroke={INK.grid} />
          <XAxis
            type="number"
            allowDecimals={false}
            tick={AXIS.tick}
            label={{ value: 'Stated demands', position: 'insideBottom', offset: -4, fill: INK.muted }}
            height={44}
          />
          <YAxis type="category" dataKey="side" width={AXIS.categoryWidth} tick={AXIS.categoryTick} />
          <Tooltip cursor={{ fill: INK.cursor }} />
          {issues.map((issue) => (
            <Bar
              key={issue.id}
              dataKey={issue.id}
              name={issue.title}
              stackId="demands"
              fill={issue.fill}
              stroke={OUTLINE}
              strokeWidth={1}
              isAnimationActive={false}
              cursor="pointer"
            >
              <LabelList
                dataKey={issue.id}
                position="center"
                fill={issue.label}
                fontSize={14}
                formatter={(v: unknown) => (Number(v) > 0 ? String(v) : '')}
              />
            </Bar>
          ))}
        </BarChart>
      </ChartContainer>
    </div>
  );
}
