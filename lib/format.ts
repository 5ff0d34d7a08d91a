/** Words for numbers and codes, shared by every view so the matrix, charts and deck say the same. */
import type { EvidenceKind, Issue, ResponseKind, Source, SourceKindName } from './schema';
import { formatDate } from './dates';
import { isRange, stanceBounds, type StancePlace } from './stance';

export const EVIDENCE_LABELS: Record<EvidenceKind, string> = {
  'direct-quote': 'direct quote',
  paraphrase: "source's paraphrase",
  'anonymous-officials': 'anonymous officials',
  'analyst-assessment': 'analyst assessment',
};

export const SOURCE_KIND_LABELS: Record<SourceKindName, string> = {
  'official-transcript': 'Official transcript',
  'official-statement': 'Official statement',
  'news-report': 'News report',
  'news-analysis': 'News report with the outlet’s own analysis',
  analysis: 'Analysis or commentary',
};

export const SOURCE_EXTENT_LABELS: Record<Source['extent'], string> = {
  full: 'Full text',
  excerpt: 'Excerpt (the rest of the source is not in Standpoint)',
};

export const RESPONSE_LABELS: Record<ResponseKind | 'none', string> = {
  accepts: 'Accepts',
  rejects: 'Rejects',
  partly: 'Partly',
  none: 'No stated response',
};

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Where a stance sits relative to the scale's named points, as structured words: a range with its
 * ends, or a point at or near a named point, between two, or near the middle. Each named point is set
 * off by its number ("Neutral (50)"), never by quotation marks: a scale's labels are our words.
 */
export type StanceReading =
  | { kind: 'range'; from: string; to: string }
  | { kind: 'near' | 'middle'; point: string }
  | { kind: 'between'; low: string; high: string };

export function stanceReading(issue: Pick<Issue, 'scale'>, stance: StancePlace | number): StanceReading {
  const place: StancePlace = typeof stance === 'number' ? { value: stance } : stance;
  const { low, high } = stanceBounds(place);
  const { min: lo, mid: md, max: hi } = issue.scale;
  const [min, mid, max] = [`${lo.short} (0)`, `${md.short} (50)`, `${hi.short} (100)`];
  if (isRange(place)) {
    const end = (v: number) => (v === 0 ? min : v === 50 ? mid : v === 100 ? max : `${v}`);
    return { kind: 'range', from: end(low), to: end(high) };
  }
  if (low <= 10) return { kind: 'near', point: min };
  if (low < 40) return { kind: 'between', low: min, high: mid };
  if (low <= 60) return { kind: 'middle', point: mid };
  if (low < 90) return { kind: 'between', low: mid, high: max };
  return { kind: 'near', point: max };
}

/** A stance in words: "At or near Neutral (50)", "Between …", "Near the middle: …", "A range, not a point: from … to …". */
export function stanceWords(issue: Pick<Issue, 'scale'>, stance: StancePlace | number): string {
  const r = stanceReading(issue, stance);
  switch (r.kind) {
    case 'range':
      return `A range, not a point: from ${r.from} to ${r.to}`;
    case 'near':
      return `At or near ${r.point}`;
    case 'middle':
      return `Near the middle: ${r.point}`;
    case 'between':
      return `Between ${r.low} and ${r.high}`;
  }
}

/** The same, short enough for a small cell: the named point alone ("Neutral (50)"), "Between …", or "A range". */
export function stanceWordsShort(issue: Pick<Issue, 'scale'>, stance: StancePlace | number): string {
  const r = stanceReading(issue, stance);
  if (r.kind === 'range') return 'A range';
  return r.kind === 'between' ? `Between ${r.low} and ${r.high}` : r.point;
}

/** A citation line for the sources behind a chart or slide: outlet, “title”, date; inferred facts marked. */
export function citeSources(
  sources: { outlet: string; title: string; published: string; publishedApprox: boolean; inferred: string[] }[],
): string {
  return sources
    .map((s) => {
      const inferred = s.inferred.length > 0 ? ` (${s.inferred.join(', ')} inferred)` : '';
      return `${s.outlet}, “${s.title}”, ${formatDate(s.published, s.publishedApprox)}${inferred}`;
    })
    .join('; ');
}

/** "Russia’s", but "United States’": a name ending in s takes the apostrophe alone. */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

/** Evidence kinds counted: "1 direct quote", "3 paraphrased by the source". */
const EVIDENCE_COUNTED: Record<EvidenceKind, [string, string]> = {
  'direct-quote': ['direct quote', 'direct quotes'],
  paraphrase: ['paraphrased by the source', 'paraphrased by the source'],
  'anonymous-officials': ['from anonymous officials', 'from anonymous officials'],
  'analyst-assessment': ['analyst assessment', 'analyst assessments'],
};

export function evidenceCount(count: number, kind: EvidenceKind): string {
  const [one, many] = EVIDENCE_COUNTED[kind];
  return plural(count, one, many);
}
