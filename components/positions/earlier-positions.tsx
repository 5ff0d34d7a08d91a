import type { PositionView } from '@/lib/reshape';
import { formatDate } from '@/lib/dates';
import { formatStance } from '@/lib/stance';

/** A side's earlier positions on an issue, newest first, each with its date and stance. */
export function EarlierPositions({ history }: { history: PositionView[] }) {
  if (history.length === 0) return null;
  return (
    <div className="mt-2 text-sm">
      <p className="font-semibold text-slate-800">Earlier positions</p>
      <ul className="list-disc pl-5 text-slate-800">
        {history.map((p) => (
          <li key={p.id}>
            <time dateTime={p.asOf}>{formatDate(p.asOf, p.asOfApprox)}</time>: {p.summary}
            {p.stance ? ` (stance ${formatStance(p.stance)}, analyst judgement)` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
