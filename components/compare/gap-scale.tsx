import type { Issue, Stance } from '@/lib/schema';
import type { CompareSide } from '@/lib/analysis/compare';
import { formatStance, isRange } from '@/lib/stance';
import { markLeft, StanceBar } from '@/components/positions/stance-bar';
import { SideMark } from '@/components/ui/side-mark';

type Props = { issue: Issue; placed: { side: CompareSide; stance: Stance }[] };

/** All compared stances on one 0–100 scale, each mark labelled with its side's abbreviation. */
export function GapScale({ issue, placed }: Props) {
  if (placed.length === 0) return null;
  const label = placed
    .map((p) => `${p.side.name} ${formatStance(p.stance, 'bare')}${isRange(p.stance) ? ' (a range)' : ''}`)
    .join(', ');
  let ranges = 0;
  return (
    <div>
      <div
        role="img"
        aria-label={`Stances on the scale for ${issue.title.toLowerCase()} (analyst judgements, 0 to 100): ${label}.`}
        className="relative mx-4 h-14"
      >
        <div className="absolute inset-x-0 top-1/2 h-1 -translate-y-1/2 rounded bg-slate-300" />
        <div className="absolute left-1/2 top-1/2 h-3 w-px -translate-y-1/2 bg-slate-500" />
        {placed.map((p) =>
          // Ranges stacked in lanes above and below the line, so two never hide each other.
          isRange(p.stance) ? (
            <StanceBar key={`bar-${p.side.id}`} side={p.side} stance={p.stance} offset={(ranges++ % 3) * 8 - 8} />
          ) : null,
        )}
        {placed.map((p, i) => {
          // Alternate labels above and below so sides at the same point stay readable.
          const above = i % 2 === 0;
          return (
            <span
              key={p.side.id}
              className="absolute top-1/2 flex -translate-x-1/2 -translate-y-1/2 flex-col items-center"
              style={{ left: markLeft(p.stance) }}
            >
              <span className={`text-xs font-bold text-slate-900 ${above ? '' : 'invisible'}`}>
                {p.side.abbreviation}
              </span>
              {/* A range is its bar alone: a mark at its middle would read as a point. */}
              {isRange(p.stance) ? <span className="block h-[18px]" /> : <SideMark side={p.side} size={18} />}
              <span className={`text-xs font-bold text-slate-900 ${above ? 'invisible' : ''}`}>
                {p.side.abbreviation}
              </span>
            </span>
          );
        })}
      </div>
      <div className="flex justify-between gap-2 text-xs text-slate-700" aria-hidden="true">
        <span>0 · {issue.scale.min.short}</span>
        <span>50 · {issue.scale.mid.short}</span>
        <span className="text-right">{issue.scale.max.short} · 100</span>
      </div>
    </div>
  );
}
