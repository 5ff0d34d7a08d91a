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

/** The key to the glyphs, printed once beside the matrix. */
export function EvidenceLegend() {
  return (
    <p className="text-xs text-slate-700" aria-hidden="true">
      Evidence:{' '}
      {Object.entries(EVIDENCE_GLYPHS).map(([kind, glyph]) => (
        <span key={kind} className="mr-3">
          {glyph} {EVIDENCE_LABELS[kind as EvidenceKind]}
        </span>
      ))}
      <span className="mr-3">⚠ own statements conflict</span>
      <span>c. before a date: circa, the date is approximate</span>
    </p>
  );
}
