import type { PositionView } from '@/lib/reshape';
import { formatStance } from '@/lib/stance';
import { DateText } from '@/components/ui/date-text';

/** A side's earlier positions on an issue, newest first, each with its date and stance. */
export function EarlierPositions({ history }: { history: PositionView[] }) {
  if (history.length === 0) return null;
  return (
    <div className="mt-2 text-sm">
      <p className="font-semibold text-slate-800">Earlier positions</p>
      <ul className="list-disc pl-5 text-slate-800">
        {history.map((p) => (
          <li key={p.id}>
            <DateText date={p.asOf} approx={p.asOfApprox} />: {p.summary}
            {p.stance ? ` (stance ${formatStance(p.stance)}, analyst judgement)` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
