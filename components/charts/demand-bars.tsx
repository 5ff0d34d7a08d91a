'use client';

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { OUTLINE } from '@/lib/colors';
import type { DemandBarsProps } from './types';

/** Stated demands per side, stacked by issue. Activating a side's bar jumps to its list of demands. */
export default function DemandBars({ sides, issues, counts, height }: DemandBarsProps) {
  const data = sides.map((side, i) => ({ side: `${side.name} (${side.abbreviation})`, id: side.id, ...counts[i] }));
  return (
    <div>
      <ul className="mb-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-900" aria-label="Key to the issues">
        {issues.map((issue) => (
          <li key={issue.id} className="inline-flex items-center gap-1.5">
            <span className="inline-block h-3.5 w-5 border border-slate-900" style={{ background: issue.fill }} aria-hidden="true" />
            {issue.title}
          </li>
        ))}
      </ul>
    <BarChart
      layout="vertical"
      data={data}
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
      onClick={(state) => {
        const index = Number(state?.activeTooltipIndex ?? state?.activeIndex);
        const side = Number.isInteger(index) ? sides[index] : undefined;
        if (side) window.location.hash = `demands-${side.id}`;
      }}
    >
      <CartesianGrid horizontal={false} stroke="#cbd5e1" />
      <XAxis type="number" allowDecimals={false} tick={{ fill: '#0f172a', fontSize: 14 }} label={{ value: 'Stated demands', position: 'insideBottom', offset: -4, fill: '#334155' }} height={44} />
      <YAxis type="category" dataKey="side" width={190} tick={{ fill: '#0f172a', fontSize: 15 }} />
      <Tooltip cursor={{ fill: '#e2e8f0' }} />
      {issues.map((issue) => (
        <Bar key={issue.id} dataKey={issue.id} name={issue.title} stackId="demands" fill={issue.fill} stroke={OUTLINE} strokeWidth={1} isAnimationActive={false} cursor="pointer">
          <LabelList dataKey={issue.id} position="center" fill={issue.label} fontSize={14} formatter={(v: unknown) => (Number(v) > 0 ? String(v) : '')} />
        </Bar>
      ))}
    </BarChart>
    </div>
  );
}
