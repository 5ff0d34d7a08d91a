import type { EvidenceKind } from '@/lib/schema';
import { EVIDENCE_LABELS, plural } from '@/lib/format';

/** One glyph per kind of evidence, the same in every cell and in the legend. No quotation marks: a glyph is not a quote. */
export const EVIDENCE_GLYPHS: Record<EvidenceKind, string> = {
  'direct-quote': '●',
  paraphrase: '◐',
  'anonymous-officials': '○',
  'analyst-assessment': '◆',
};

/** Evidence behind a position as glyphs with counts; the words are there for screen readers. */
export function EvidenceGlyphs({ counts }: { counts: { kind: EvidenceKind; count: number }[] }) {
  return (
    <span className="inline-flex gap-2 text-xs text-slate-800">
      {counts.map(({ kind, count }) => (
        <span key={kind} title={EVIDENCE_LABELS[kind]}>
          <span aria-hidden="true">
            {EVIDENCE_GLYPHS[kind]}
            {count}
          </span>
          <span className="sr-only">{plural(count, EVIDENCE_LABELS[kind])};</span>
        </span>
      ))}
    </span>
  );
}

/** What ◆ means in the key: an assessment, by analysts or by the source itself — not a party's words. */
const KEY_WORDS: Record<EvidenceKind, string> = {
  ...EVIDENCE_LABELS,
  'analyst-assessment': 'assessment (analysts or the source)',
};

/**
 * The key to a cell, printed once above the matrix so it is on the first screen: the stance, what a
 * cell without one is (one set of words: a party's position not placed on the scale, the analysts'
 * reading, the source's own analysis — components/positions/unplaced.tsx), the evidence glyphs.
 */
export function EvidenceLegend() {
  return (
    <div className="text-xs leading-snug text-slate-800" data-testid="matrix-key">
      <p>
        <strong>Reading a cell:</strong> number and bar: the side’s place on the 0–100 scale, an analysts’ judgement (a
        bar alone: a range). <em>Not placed on the scale</em>: a party’s position with no stance.{' '}
        <em>Analysts’ reading</em>, <em>Source’s own analysis</em>: assessments, not parties (never in a key gap).
      </p>
      <p aria-hidden="true">
        Evidence:{' '}
        {Object.entries(EVIDENCE_GLYPHS).map(([kind, glyph]) => (
          <span key={kind} className="mr-3">
            {glyph} {KEY_WORDS[kind as EvidenceKind]}
          </span>
        ))}
        <span className="mr-3">⚠ own statements conflict</span>
        <span>c. circa: the date is approximate</span>
      </p>
    </div>
  );
}
