import type { CellView } from '@/lib/reshape';
import { keyGap, keyGapWords } from '@/lib/analysis/key-gap';
import { stanceWords } from '@/lib/format';
import { formatStance } from '@/lib/stance';
import { SideMark } from '@/components/ui/side-mark';
import { UNPLACED_WORDS } from '@/lib/format';

/**
 * The issue at a glance, first on its page (and so on a phone's first screen): the key gap (lib/analysis/
 * key-gap.ts's rule) and one line per side — its stance's number and words, or what it is without one
 * — linking to the side's full position below.
 */
export function IssueStances({ cells }: { cells: CellView[] }) {
  const key = keyGap(cells.map((c) => ({ side: c.side, stance: c.current?.stance })));
  const shown = cells.filter((c) => c.current);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="stances-h" className="mt-3">
      <h2 id="stances-h" className="text-xl font-semibold">
        Where each side stands
      </h2>
      {key ? (
        <p className="text-sm" data-key-gap>
          <strong>Key gap:</strong> {keyGapWords({ a: key.a.name, b: key.b.name }, key.gap)}{' '}
          <span className="text-slate-700">(stances are analysts’ judgements)</span>
        </p>
      ) : null}
      <ul className="mt-1 space-y-1 text-sm">
        {shown.map(({ side, current }) => (
          <li key={side.id} className="flex items-start gap-2" data-side-stance={side.id}>
            <span className="mt-0.5 shrink-0">
              <SideMark side={side} size={14} />
            </span>
            <span className="min-w-0">
              <a
                href={`#side-${side.id}`}
                className="inline-block min-h-6 font-semibold text-blue-900 underline decoration-slate-400 underline-offset-2"
              >
                {side.name}
              </a>
              {': '}
              {current!.stance ? (
                <>
                  <strong className="tabular-nums">{formatStance(current!.stance, 'bare')}</strong> —{' '}
                  {stanceWords(cells[0]!.issue, current!.stance)}
                </>
              ) : (
                <em>{UNPLACED_WORDS[side.role].line}</em>
              )}
              . <span className="text-slate-700">{current!.headline}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
