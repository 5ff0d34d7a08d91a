import type { Issue, Stance } from '@/lib/schema';
import type { Side } from '@/lib/reshape';
import { stanceWords } from '@/lib/format';
import { formatStance, isRange } from '@/lib/stance';
import { markLeft, StanceBar } from './stance-bar';
import { SideMark } from '@/components/ui/side-mark';
import { Unplaced } from './unplaced';

type Props = { issue: Pick<Issue, 'title' | 'scale'>; stance: Stance; side: Side };

/** A stance as a mark on the issue's 0–100 scale, with the same reading in words beneath it. */
export function StanceScale({ issue, stance, side }: Props) {
  const words = stanceWords(issue, stance);
  return (
    <div className="mt-2">
      <div
        role="img"
        aria-label={`${side.name} stance: ${formatStance(stance, 'spoken')}${isRange(stance) ? ' (a range)' : ''} on the scale for ${issue.title.toLowerCase()}. ${words}.`}
        className="relative mx-2 mt-1 h-5"
      >
        <div className="absolute inset-x-0 top-1/2 h-1 -translate-y-1/2 rounded bg-slate-300" />
        <div className="absolute left-1/2 top-1/2 h-3 w-px -translate-y-1/2 bg-slate-500" />
        <StanceBar side={side} stance={stance} />
        {/* A point gets the side's mark; a range is its bar alone (a mark at its middle would read as a point). */}
        {isRange(stance) ? null : (
          <span
            className="absolute top-1/2 -translate-x-1/2 -translate-y-1/2 leading-none"
            style={{ left: markLeft(stance) }}
          >
            <SideMark side={side} size={16} />
          </span>
        )}
      </div>
      <div className="flex justify-between gap-2 text-xs leading-tight text-slate-600 max-md:hidden" aria-hidden="true">
        <span>0 · {issue.scale.min.short}</span>
        <span className="text-right">{issue.scale.max.short} · 100</span>
      </div>
      <p className="mt-1 text-sm leading-snug text-slate-800">
        <span className="font-semibold">
          Stance {formatStance(stance)}
          {isRange(stance) ? ' (a range: the sources only bound it)' : ''}
        </span>{' '}
        <span className="text-slate-600">(analyst judgement)</span> — {words}
      </p>
    </div>
  );
}

/** A position's stance on the scale, or the note that it is not placed on it (in the words for its side's role). */
export function StanceOrAssessment({
  issue,
  stance,
  side,
}: {
  issue: Pick<Issue, 'title' | 'scale'>;
  stance?: Stance;
  side: Side;
}) {
  return stance ? <StanceScale issue={issue} stance={stance} side={side} /> : <Unplaced form="line" role={side.role} />;
}

/** Why the stance sits where it does: the analyst's rationale, labelled as a judgement. */
export function StanceRationale({ stance }: { stance?: Stance }) {
  if (!stance) return null;
  return (
    <p className="mt-1 text-sm text-slate-700">
      <strong>Why {formatStance(stance)} (analyst judgement):</strong> {stance.rationale}
    </p>
  );
}
