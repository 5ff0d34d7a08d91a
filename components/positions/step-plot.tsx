import type { CSSProperties } from 'react';
import type { PositionHistory } from '@/lib/analysis/position-history';
import type { Issue } from '@/lib/schema';
import type { Side } from '@/lib/reshape';
import { formatDate } from '@/lib/dates';
import { stanceBounds, stanceMiddle } from '@/lib/stance';
import { SideMark } from '@/components/ui/side-mark';

type Props = { history: PositionHistory; side: Side; issue: Pick<Issue, 'scale'> };

const pct = (share: number) => `${(share * 100).toFixed(2)}%`;
/** Top offset of a place on the 0–100 scale (100 at the top), inset so marks at 0 and 100 clear the edges. */
const top = (value: number) => `${8 + (100 - value) * 0.84}%`;
/** Height of a stretch of the scale, in the same inset units. */
const tall = (points: number) => `${points * 0.84}%`;

/**
 * The step chart itself, in plain positioned HTML (no chart library, no JavaScript): each stance a
 * line (a point) or a band (a range) from its date to the next, the side's shape at each step, and
 * positions with no stance as hollow shapes in a lane of their own. Hidden from screen readers:
 * the list beside it says the same.
 */
export function StepPlot({ history, side, issue }: Props) {
  const { steps, ticks } = history;
  const color = side.style.color;
  const unplaced = steps.some((s) => !s.stance);
  return (
    <div className="mt-1 max-w-xl">
      <div aria-hidden="true" className="select-none text-[11px] leading-none text-slate-700">
        <div className="ml-8">
          <div className="relative h-20 border-b border-l border-slate-500">
            {[100, 50, 0].map((value) => (
              <span key={value} className="absolute right-full -translate-y-1/2 pr-1.5" style={{ top: top(value) }}>
                {value}
              </span>
            ))}
            <div className="absolute inset-x-0 border-t border-dashed border-slate-300" style={{ top: top(50) }} />
            {steps.map((step, i) => {
              if (!step.stance) return null;
              const { low, high } = stanceBounds(step.stance);
              const next = steps[i + 1];
              // A step that starts on the last day still shows: at least a few pixels wide.
              const span: CSSProperties = { left: pct(step.from), width: pct(step.to - step.from), minWidth: 5 };
              return (
                <div key={step.position}>
                  {low === high ? (
                    <div
                      className="absolute h-0.5 -translate-y-1/2"
                      style={{ ...span, top: top(low), background: color }}
                    />
                  ) : (
                    <div
                      className="absolute border-y-2"
                      style={{
                        ...span,
                        top: top(high),
                        height: tall(high - low),
                        borderColor: color,
                        background: `color-mix(in srgb, ${color} 22%, transparent)`,
                      }}
                    />
                  )}
                  {next?.stance ? (
                    <div
                      className="absolute w-0.5 -translate-x-1/2 opacity-70"
                      style={{
                        left: pct(step.to),
                        top: top(Math.max(stanceMiddle(step.stance), stanceMiddle(next.stance))),
                        height: tall(Math.abs(stanceMiddle(step.stance) - stanceMiddle(next.stance))),
                        background: color,
                      }}
                    />
                  ) : null}
                  <span
                    className="absolute -translate-x-1/2 -translate-y-1/2"
                    style={{ left: pct(step.from), top: top(stanceMiddle(step.stance)) }}
                  >
                    <SideMark side={side} size={13} />
                  </span>
                </div>
              );
            })}
          </div>
        </div>
        {unplaced ? (
          <div className="ml-8">
            <div className="relative h-5 border-l border-slate-500">
              <span className="absolute right-full top-1/2 -translate-y-1/2 pr-1.5">none</span>
              {steps.map((step) =>
                step.stance ? null : (
                  <svg
                    key={step.position}
                    width="13"
                    height="13"
                    viewBox="0 0 20 20"
                    className="absolute top-1/2 -translate-x-1/2 -translate-y-1/2"
                    style={{ left: pct(step.from) }}
                  >
                    <path d={side.mark} fill="none" stroke={color} strokeWidth="2.5" strokeDasharray="3 2" />
                  </svg>
                ),
              )}
            </div>
          </div>
        ) : null}
        <div className="relative ml-8 h-4">
          {ticks.map((tick) => (
            <span
              key={tick.at}
              className={`absolute top-1 whitespace-nowrap ${tick.at < 0.1 ? '' : tick.at > 0.9 ? '-translate-x-full' : '-translate-x-1/2'}`}
              style={{ left: pct(tick.at) }}
            >
              {tick.label}
            </span>
          ))}
        </div>
      </div>
      <p className="mt-1 text-xs text-slate-700">
        Up the chart: towards {issue.scale.max.short} (100); down: towards {issue.scale.min.short} (0).
        {unplaced ? ' The row marked none holds positions with no stance placed.' : ''} The last step runs to{' '}
        {formatDate(history.until)}.
      </p>
    </div>
  );
}
