import { AsOfLink as Link } from '@/components/time/as-of-link';
import type { HowDerived, IssueComparison as Comparison } from '@/lib/analysis/compare';
import { SidePosition } from './side-position';
import { StanceGaps } from './stance-gaps';
import { Agreement } from './agreement';

/** One issue, the chosen sides side by side, then their gap, common ground and red lines. */
export function IssueComparison({ comparison, howDerived }: { comparison: Comparison; howDerived: HowDerived }) {
  const { issue, sides } = comparison;
  return (
    <section aria-labelledby={`cmp-${issue.id}`} className="mt-6 border-t-2 border-slate-400 pt-3">
      <h3 id={`cmp-${issue.id}`} className="text-xl font-bold">
        <Link href={`/issues/${issue.id}/`} className="text-blue-900 underline decoration-slate-400 underline-offset-4">
          {issue.title}
        </Link>
      </h3>
      <p className="text-slate-800">{issue.question}</p>
      <div
        className="mt-2 grid gap-3"
        style={{ gridTemplateColumns: `repeat(auto-fit, minmax(${sides.length > 3 ? 14 : 18}rem, 1fr))` }}
      >
        {sides.map(({ side, position }) => (
          <SidePosition key={side.id} issue={issue} side={side} position={position} />
        ))}
      </div>
      <div className="mt-3 grid gap-4 lg:grid-cols-[2fr_3fr]">
        <StanceGaps comparison={comparison} howDerived={howDerived} />
        <Agreement comparison={comparison} howDerived={howDerived} />
      </div>
    </section>
  );
}
