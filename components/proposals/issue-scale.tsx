import type { ReactNode } from 'react';
import type { Side } from '@/lib/reshape';
import type { Place, RedLine } from '@/lib/analysis/settlement';
import type { SettlementIssue } from '@/lib/proposals/view';
import { SideMark } from '@/components/ui/side-mark';

const pct = (v: number) => `${v}%`;

type Row = { side: Side; place?: Place };

/**
 * A slider drawn over the scale (the `control` of IssueScale): its thumb is 1rem wide and its track
 * reaches half a thumb past each end of the scale, so the thumb's centre at 0 and at 100 sits on the
 * scale's 0 and 100 (a range input's thumb travels its width less one thumb).
 */
export const SCALE_SLIDER_CLASS =
  'block h-6 w-[calc(100%+1rem)] -mx-2 cursor-pointer appearance-none bg-transparent ' +
  '[&::-webkit-slider-runnable-track]:h-1.5 [&::-webkit-slider-runnable-track]:rounded-full [&::-webkit-slider-runnable-track]:bg-slate-400 ' +
  '[&::-webkit-slider-thumb]:-mt-[0.3125rem] [&::-webkit-slider-thumb]:size-4 [&::-webkit-slider-thumb]:appearance-none [&::-webkit-slider-thumb]:rounded-full [&::-webkit-slider-thumb]:bg-blue-800 ' +
  '[&::-moz-range-track]:h-1.5 [&::-moz-range-track]:rounded-full [&::-moz-range-track]:bg-slate-400 ' +
  '[&::-moz-range-thumb]:size-4 [&::-moz-range-thumb]:rounded-full [&::-moz-range-thumb]:border-0 [&::-moz-range-thumb]:bg-blue-800';

/**
 * One issue's 0–100 scale with every side's current stance on its own row (a point as the side's
 * mark, a range as a bar with no midpoint mark), the standing red lines hatched, an optional zone
 * of agreement and the term or package point drawn across all rows; a `control` (the what-if's slider,
 * SCALE_SLIDER_CLASS) sits above the rows over the same 0–100. No hooks: the proposal pages render it on
 * the server, the what-if redraws it in the browser.
 */
export function IssueScale({
  issue,
  rows,
  mark,
  markLabel,
  redLines = [],
  zone,
  control,
}: {
  issue: SettlementIssue;
  rows: Row[];
  mark?: Place;
  markLabel: string;
  redLines?: RedLine[];
  zone?: { low: number; high: number };
  control?: ReactNode;
}) {
  const described = rows
    .map((r) =>
      r.place
        ? `${r.side.name} ${r.place.low === r.place.high ? r.place.low : `${r.place.low}–${r.place.high}`}`
        : `${r.side.name} not placed`,
    )
    .join('; ');
  return (
    <figure className="mt-2" data-testid={`scale-${issue.id}`}>
      {control ? (
        <div className="flex items-center gap-2">
          <span className="w-10 shrink-0" />
          <div className="flex-1">{control}</div>
        </div>
      ) : null}
      <div
        role="img"
        aria-label={`${issue.title} scale, 0 to 100: ${markLabel}${mark ? ` at ${mark.low === mark.high ? mark.low : `${mark.low}–${mark.high}`}` : ''}; ${described}.`}
        className="relative"
      >
        {rows.map((r) => (
          <div key={r.side.id} className="flex items-center gap-2 py-0.5 text-xs">
            <span className="w-10 shrink-0 text-right font-semibold text-slate-700">{r.side.abbreviation}</span>
            <div className="relative h-4 flex-1" data-scale-track="">
              <div className="absolute inset-x-0 top-1/2 h-px bg-slate-300" />
              {redLines
                .filter((l) => l.side === r.side.id && l.place)
                .map((l) => {
                  const from = l.place!.above ?? 0;
                  const to = l.place!.below ?? 100;
                  return (
                    <div
                      key={l.demand}
                      className="absolute inset-y-0 bg-[repeating-linear-gradient(45deg,#b91c1c33_0,#b91c1c33_3px,transparent_3px,transparent_6px)]"
                      style={{ left: pct(from), width: pct(to - from) }}
                    />
                  );
                })}
              {r.place && r.place.low !== r.place.high ? (
                <div
                  className="absolute top-1/2 h-2.5 -translate-y-1/2 rounded-sm border border-slate-900"
                  style={{
                    left: pct(r.place.low),
                    width: pct(r.place.high - r.place.low),
                    backgroundColor: r.side.style.color,
                    opacity: 0.75,
                  }}
                />
              ) : null}
              {r.place && r.place.low === r.place.high ? (
                <span
                  className="absolute top-1/2 -translate-x-1/2 -translate-y-1/2 leading-none"
                  style={{ left: pct(r.place.low) }}
                >
                  <SideMark side={r.side} size={14} />
                </span>
              ) : null}
              {!r.place ? <span className="absolute left-1 top-0 italic text-slate-500">no stance placed</span> : null}
            </div>
          </div>
        ))}
        <div className="pointer-events-none absolute inset-y-0 left-12 right-0">
          {zone ? (
            <div
              className="absolute inset-y-0 border-x-2 border-emerald-700 bg-emerald-600/10"
              style={{ left: pct(zone.low), width: pct(Math.max(zone.high - zone.low, 0.5)) }}
            />
          ) : null}
          {mark ? (
            mark.low === mark.high ? (
              <div className="absolute inset-y-0 w-0.5 -translate-x-1/2 bg-slate-900" style={{ left: pct(mark.low) }} />
            ) : (
              <div
                className="absolute inset-y-0 border-x-2 border-dashed border-slate-900 bg-slate-900/10"
                style={{ left: pct(mark.low), width: pct(mark.high - mark.low) }}
              />
            )
          ) : null}
        </div>
      </div>
      <figcaption className="ml-12 flex justify-between gap-2 text-xs text-slate-600">
        <span>0 · {issue.scale.min}</span>
        <span className="max-sm:hidden">50 · {issue.scale.mid}</span>
        <span className="text-right">{issue.scale.max} · 100</span>
      </figcaption>
    </figure>
  );
}
