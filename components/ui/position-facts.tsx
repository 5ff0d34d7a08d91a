import type { Issue, Position } from '@/lib/schema';
import type { Shape } from '@/lib/colors';
import { StanceScale } from '@/components/matrix/stance-scale';

/** A position's stance as a mark and in words, or the note that an assessment is not placed. */
export function StanceOrAssessment({ issue, position, color, shape, label }: { issue: Issue; position: Pick<Position, 'stance'>; color: string; shape: Shape; label: string }) {
  return position.stance ? (
    <StanceScale issue={issue} stance={position.stance} color={color} shape={shape} label={label} />
  ) : (
    <p className="mt-1 text-sm italic text-slate-700">Assessment — not placed on the scale</p>
  );
}

/** Each disagreement among one side's own statements, spelled out. */
export function ConflictNotes({ conflicts }: { conflicts: { summary: string }[] }) {
  return conflicts.map((c) => (
    <p key={c.summary} className="mt-2 rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950">
      <span aria-hidden="true">⚠ </span>
      <strong>Own statements conflict:</strong> {c.summary}
    </p>
  ));
}
