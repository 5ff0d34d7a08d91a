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
 * A stance in words: where it sits relative to the scale's named points, or for a range where it
 * starts and ends. Each named point is set off by its number ("Neutral (50)"), never by quotation
 * marks: a scale's labels are our words, not a quote.
 */
export function stanceWords(issue: Pick<Issue, 'scale'>, stance: StancePlace | number): string {
  const place: StancePlace = typeof stance === 'number' ? { value: stance } : stance;
  const { low, high } = stanceBounds(place);
  const { min: lo, mid: md, max: hi } = issue.scale;
  const [min, mid, max] = [`${lo.short} (0)`, `${md.short} (50)`, `${hi.short} (100)`];
  const at = (value: number) => {
    if (value <= 10) return { near: min, between: false };
    if (value < 40) return { near: `${min} and ${mid}`, between: true };
    if (value <= 60) return { near: mid, between: false };
    if (value < 90) return { near: `${mid} and ${max}`, between: true };
    return { near: max, between: false };
  };
  if (isRange(place)) {
    const end = (v: number) => (v === 0 || v === 50 || v === 100 ? at(v).near : `${v}`);
    return `A range, not a point: from ${end(low)} to ${end(high)}`;
  }
  const point = at(low);
  if (low <= 10) return `At or near ${min}`;
  if (point.between) return `Between ${point.near}`;
  if (low <= 60) return `Near the middle: ${mid}`;
  return `At or near ${max}`;
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
