import type { SideRole } from '@/lib/analysis/key-gap';
import { UNPLACED, UNPLACED_WORDS, unplacedInline } from '@/lib/format';
import { assesses } from '@/lib/sides';

/**
 * A position with no stance — as a matrix cell says it (short, the rest for screen readers), as a line
 * under a position, or inside a sentence.
 */
export function Unplaced({ form, role = 'party' }: { form: 'cell' | 'line' | 'inline'; role?: SideRole }) {
  const words = UNPLACED_WORDS[role];
  if (form === 'cell')
    return (
      <span className="text-xs italic text-slate-700">
        {words.cell}
        {!assesses(role) ? null : <span className="sr-only">, {UNPLACED};</span>}
      </span>
    );
  if (form === 'inline') return <>no stance: {unplacedInline(role)}</>;
  return <p className="mt-1 text-sm italic text-slate-700">{words.line}</p>;
}
