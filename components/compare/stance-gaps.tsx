import type { IssueComparison } from '@/lib/analysis/compare';
import type { HowDerived } from '@/lib/analysis/compare';
import { formatStance, isRange } from '@/lib/stance';
import { GapScale } from './gap-scale';
import { keyGap, keyGapWords } from '@/lib/analysis/key-gap';

/** The key gap among the compared sides (lib/analysis/key-gap.ts's rule: the widest between two parties). */
function KeyGapLine({ sides }: { sides: IssueComparison['sides'] }) {
  const key = keyGap(sides.map(({ side, position }) => ({ side, stance: position?.stance })));
  if (!key) return null;
  return (
    <p className="mt-1 text-sm" data-key-gap>
      <strong>Key gap:</strong> {keyGapWords({ a: key.a.name, b: key.b.name }, key.gap)}
    </p>
  );
}
import { SpreadWarning } from '@/components/time/spread-warning';
import { Unplaced } from '@/components/positions/unplaced';

/** The distance between the sides' stances, on one scale and in words. Stances are analyst judgements. */
export function StanceGaps({ comparison, howDerived }: { comparison: IssueComparison; howDerived: HowDerived }) {
  const { issue, sides, gaps } = comparison;
  const name = (id: string) => sides.find((s) => s.side.id === id)?.side.name ?? id;
  const placed = sides.flatMap(({ side, position }) => (position?.stance ? [{ side, stance: position.stance }] : []));
  return (
    <div>
      <h4 className="font-semibold">
        Stance gap <span className="font-normal text-slate-700">(analyst judgements)</span>
      </h4>
      <SpreadWarning text={comparison.spreadWarning} />
      <KeyGapLine sides={sides} />
      <GapScale issue={issue} placed={placed} />
      {gaps.pairs.length === 0 ? (
        <p className="text-sm text-slate-700">
          Fewer than two of these sides have a stance on this issue, so there is no gap to measure.
        </p>
      ) : (
        <ul aria-label={`Stance gaps on ${issue.title}`} className="mt-1 space-y-0.5 text-sm">
          {gaps.pairs.map((p) => (
            <li key={`${p.a}-${p.b}`}>
              {name(p.a)} {formatStance(p.stanceA, 'bare')} and {name(p.b)} {formatStance(p.stanceB, 'bare')}:{' '}
              <strong>{p.words}</strong>
            </li>
          ))}
        </ul>
      )}
      {gaps.unplaced.length > 0 ? (
        <p className="mt-1 text-sm text-slate-700" data-unplaced>
          Left out of the gaps:{' '}
          {gaps.unplaced.map((u, k) => {
            const side = sides.find((s) => s.side.id === u.stakeholder)?.side;
            return (
              <span key={u.stakeholder}>
                {k > 0 ? '; ' : null}
                {side?.name ?? u.stakeholder} (
                {u.reason === 'no-position' ? 'no stated position' : <Unplaced form="inline" role={side?.role} />})
              </span>
            );
          })}
          .
        </p>
      ) : null}
      {placed.some((p) => isRange(p.stance)) ? (
        <p className="mt-1 text-xs text-slate-700">
          A bar is a range: the sources only bound that stance, so the gap to it is given as a range too.
        </p>
      ) : null}
      <p className="mt-1 text-xs text-slate-700">{howDerived.gaps}</p>
    </div>
  );
}
