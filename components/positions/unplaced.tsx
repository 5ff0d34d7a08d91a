/** What a position with no stance is, in the one set of words every view uses. */
const UNPLACED = 'not placed on the scale';

/**
 * A position with no stance: an assessment, not placed on the scale — as a matrix cell says
 * it (short, the rest for screen readers), as a line under a position, or inside a sentence.
 */
export function Unplaced({ form }: { form: 'cell' | 'line' | 'inline' }) {
  if (form === 'cell')
    return (
      <span className="text-xs italic text-slate-700">
        Assessment<span className="sr-only">, {UNPLACED};</span>
      </span>
    );
  if (form === 'inline') return <>no stance: an assessment, {UNPLACED}</>;
  return <p className="mt-1 text-sm italic text-slate-700">Assessment — {UNPLACED}</p>;
}
