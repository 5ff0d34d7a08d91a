import type { Issue, Stance } from '@/lib/schema';
import type { Shape } from '@/lib/colors';
import { stanceWords } from '@/lib/format';
import { StakeholderMark } from '@/components/ui/stakeholder-mark';

type Props = { issue: Issue; stance: Stance; color: string; shape: Shape; label: string };

/** A stance as a mark on the issue's 0–100 scale, with the same reading in words beneath it. */
export function StanceScale({ issue, stance, color, shape, label }: Props) {
  const words = stanceWords(issue, stance.value);
  return (
    <div className="mt-2">
      <div
        role="img"
        aria-label={`${label} stance: ${stance.value} of 100 on the ${issue.title.toLowerCase()} scale. ${words}.`}
        className="relative mx-2 mt-1 h-5"
      >
        <div className="absolute inset-x-0 top-1/2 h-1 -translate-y-1/2 rounded bg-slate-300" />
        <div className="absolute left-1/2 top-1/2 h-3 w-px -translate-y-1/2 bg-slate-500" />
        <span className="absolute top-1/2 -translate-x-1/2 -translate-y-1/2 leading-none" style={{ left: `${stance.value}%` }}>
          <StakeholderMark color={color} shape={shape} size={16} />
        </span>
      </div>
      <div className="flex justify-between gap-2 text-xs leading-tight text-slate-600 max-md:hidden" aria-hidden="true">
        <span>0 · {issue.scale.min.short}</span>
        <span className="text-right">{issue.scale.max.short} · 100</span>
      </div>
      <p className="mt-1 text-sm leading-snug text-slate-800">
        <span className="font-semibold">Stance {stance.value}/100</span> <span className="text-slate-600">(analyst judgement)</span> — {words}
      </p>
    </div>
  );
}
