import type { SideRole } from '@/lib/analysis/key-gap';

/** What a position with no stance is, in the one set of words every view uses. */
const UNPLACED = 'not placed on the scale';

/**
 * What a position without a stance is, by who holds it: a party's position not placed on the scale,
 * the analysts' reading, or the source's own analysis (lib/analysis/key-gap.ts's roles). The same
 * words in the matrix's legend, cells and every page.
 */
export const UNPLACED_WORDS: Record<SideRole, { cell: string; line: string }> = {
  party: { cell: 'Not placed on the scale', line: `Position ${UNPLACED}` },
  analysts: { cell: 'Analysts’ reading', line: `Analysts’ reading, ${UNPLACED}` },
  'source-analysis': { cell: 'Source’s own analysis', line: `The source’s own analysis, ${UNPLACED}` },
};

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
        {role === 'party' ? null : <span className="sr-only">, {UNPLACED};</span>}
      </span>
    );
  if (form === 'inline') return <>no stance: {words.line.replace(/^P/, 'p').replace(/^T/, 't')}</>;
  return <p className="mt-1 text-sm italic text-slate-700">{words.line}</p>;
}
