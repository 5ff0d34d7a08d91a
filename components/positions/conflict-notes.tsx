import type { PositionView } from '@/lib/reshape';
import { formatDate } from '@/lib/dates';

/** The short flag a compact view shows when a side's own statements disagree. */
export function ConflictFlag({ conflicts }: Pick<PositionView, 'conflicts'>) {
  if (conflicts.length === 0) return null;
  return (
    <p className="mt-2 inline-flex items-center gap-1 rounded border border-amber-700 bg-amber-50 px-2 py-0.5 text-sm font-semibold text-amber-900">
      <span aria-hidden="true">⚠</span> Own statements conflict
    </p>
  );
}

/** Each disagreement among one side's own statements, spelled out, with who said what when. */
export function ConflictNotes({
  conflicts,
  label = 'Own statements conflict',
}: Pick<PositionView, 'conflicts'> & { label?: string }) {
  return conflicts.map((c) => (
    <div key={c.summary} className="mt-2 rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950">
      <p>
        <span aria-hidden="true">⚠ </span>
        <strong>{label}:</strong> {c.summary}
      </p>
      <p>
        Between: {c.statements.map((s) => `${s.actorRecord.name} (${formatDate(s.date, s.dateApprox)})`).join(' and ')}
      </p>
    </div>
  ));
}
