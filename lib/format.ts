/** Words for numbers and codes, shared by every view so the matrix, charts and deck say the same. */
import type { EvidenceKind, Issue, ResponseKind, Source, SourceKindName, StakeholderRole } from './schema';
import { formatDate } from './dates';
import { isRange, stanceBounds, type StancePlace } from './stance';
import { keepsHeadlineRule } from './validate/headline-rule';

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

/**
 * Accepts / Rejects / Partly are an analyst's reading of a side's words (a response's rationale and
 * statements), never the side's own verdict. Wherever a verdict word is printed, this says so: as a
 * column head, a CSV header, or after the word where nothing around it does (responseVerdict).
 */
export const RESPONSE_JUDGEMENT = 'analysts’ reading of the side’s words';
export const RESPONSE_HEAD = `Response — ${RESPONSE_JUDGEMENT}`;
/** The proposer of a proposal in place of a response: it put the proposal forward, it did not fail to answer. */
export const PROPOSED_IT = 'Proposed it';

/** A verdict word with its judgement label, for a line that has no column head to carry it (images, notes). */
export function responseVerdict(label: string): string {
  return `${label} (analysts’ reading)`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * What a side's place on an issue says when no position stands (as of the view's day): nothing in the
 * sources, or statements of the side on the issue that no position is drawn from — then "no stated
 * position in the sources" would be false, since the sources hold its words. One wording for every view.
 */
export function noPositionWords(related: number): string {
  return related ? `No position drawn; ${plural(related, 'related statement')}` : 'No stated position in the sources';
}

/**
 * Where a stance sits relative to the scale's named points (0, 50, 100), as structured words: a range
 * with its ends; a point exactly at a named point; a point within 10 of one ("near", with how far
 * toward the next); halfway between two; or nearer one of two ("nearer", with how many points short
 * of it). Two different points never get the same words. Each named point is set off by its number
 * ("Neutral (50)"), never by quotation marks: a scale's labels are our words, not a quote.
 */
export type StanceReading =
  | { kind: 'range'; from: string; to: string }
  | { kind: 'at'; point: string }
  | { kind: 'near'; point: string; toward: string; by: number }
  | { kind: 'halfway'; low: string; high: string }
  | { kind: 'nearer'; point: string; other: string; by: number };

/** Within this many points of a named point a stance reads as near it. */
const NEAR = 10;

const points = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;

export function stanceReading(issue: Pick<Issue, 'scale'>, stance: StancePlace | number): StanceReading {
  const place: StancePlace = typeof stance === 'number' ? { value: stance } : stance;
  const { low, high } = stanceBounds(place);
  const { min: lo, mid: md, max: hi } = issue.scale;
  const named: [number, string][] = [
    [0, `${lo.short} (0)`],
    [50, `${md.short} (50)`],
    [100, `${hi.short} (100)`],
  ];
  const name = (v: number) => named.find(([at]) => at === v)?.[1];
  if (isRange(place)) return { kind: 'range', from: name(low) ?? `${low}`, to: name(high) ?? `${high}` };
  const v = low;
  const exact = name(v);
  if (exact) return { kind: 'at', point: exact };
  // The two named points either side of v.
  const [below, above] = v < 50 ? [named[0]!, named[1]!] : [named[1]!, named[2]!];
  const down = v - below[0];
  const up = above[0] - v;
  if (down <= NEAR) return { kind: 'near', point: below[1], toward: above[1], by: down };
  if (up <= NEAR) return { kind: 'near', point: above[1], toward: below[1], by: up };
  if (down === up) return { kind: 'halfway', low: below[1], high: above[1] };
  return down < up
    ? { kind: 'nearer', point: below[1], other: above[1], by: down }
    : { kind: 'nearer', point: above[1], other: below[1], by: up };
}

/**
 * A stance in words: "At Neutral (50)", "Near Neutral (50), 5 points toward …", "Halfway between … and
 * …", "Nearer Ukraine cedes all four (100) than Both concede land (50): 20 points short of it", "A
 * range, not a point: from … to …".
 */
export function stanceWords(issue: Pick<Issue, 'scale'>, stance: StancePlace | number): string {
  const r = stanceReading(issue, stance);
  switch (r.kind) {
    case 'range':
      return `A range, not a point: from ${r.from} to ${r.to}`;
    case 'at':
      return `At ${r.point}`;
    case 'near':
      return `Near ${r.point}, ${points(r.by)} toward ${r.toward}`;
    case 'halfway':
      return `Halfway between ${r.low} and ${r.high}`;
    case 'nearer':
      return `Nearer ${r.point} than ${r.other}: ${points(r.by)} short of it`;
  }
}

/**
 * The same, short enough for a matrix cell, named points without their numbers: "at Neutral", "near
 * Neutral", "halfway from … to …", "nearer Ukraine cedes all four", "from Russia withdraws" or "reaching Neutral" (the number says where a range runs). Printed
 * after the number (stanceLine), which tells two stances with the same words apart.
 */
export function stanceWordsShort(issue: Pick<Issue, 'scale'>, stance: StancePlace | number): string {
  const r = stanceReading(issue, stance);
  const bare = (named: string) => named.replace(/ \((?:0|50|100)\)$/, '');
  switch (r.kind) {
    case 'range': {
      // The number says where it runs; the words name the scale's ends it reaches.
      const [from, to] = [bare(r.from), bare(r.to)];
      const named = (v: string) => !/^\d+$/.test(v);
      if (named(from) && named(to)) return `${from} to ${to}`;
      if (named(to)) return `reaching ${to}`;
      if (named(from)) return `from ${from}`;
      return 'a range';
    }
    case 'at':
      return `at ${bare(r.point)}`;
    case 'near':
      return `near ${bare(r.point)}`;
    case 'halfway':
      return `halfway from ${bare(r.low)} to ${bare(r.high)}`;
    case 'nearer':
      return `nearer ${bare(r.point)}`;
  }
}

/**
 * A stance as a matrix cell prints it, number first: "80 · nearer Ukraine cedes all four",
 * "0–90 · from Russia withdraws".
 */
export function stanceLine(issue: Pick<Issue, 'scale'>, stance: StancePlace): string {
  const { low, high } = stanceBounds(stance);
  return `${isRange(stance) ? `${low}–${high}` : low} · ${stanceWordsShort(issue, stance)}`;
}

/**
 * A matrix cell's headline when the data gives none, and the headline the studio and intake propose
 * for the analyst to accept: a short neutral phrase from the side and its stance ("Russia: leaning to
 * Ukraine cedes all four"), or, with no stance, that the side's position is not placed on the scale.
 * Never a sentence cut off, and always within the headline rule (lib/validate/headline-rule.ts): when
 * the scale's words make it too long it says the number instead, and drops the side's name last.
 */
export function fallbackHeadline(side: string, issue: Pick<Issue, 'scale'>, stance?: StancePlace): string {
  const phrases = headlinePhrases(issue, stance);
  const candidates = [...phrases.map((p) => `${side}: ${p}`), ...phrases.map((p) => p[0]!.toUpperCase() + p.slice(1))];
  return candidates.find(keepsHeadlineRule) ?? candidates[candidates.length - 1]!;
}

/** What fallbackHeadline may say of a stance, the fullest first; the last is a number or a few words. */
function headlinePhrases(issue: Pick<Issue, 'scale'>, stance?: StancePlace): string[] {
  if (!stance) return [`position ${UNPLACED}`, UNPLACED];
  const { low, high } = stanceBounds(stance);
  if (isRange(stance)) return [`somewhere in ${low}–${high}`];
  const r = stanceReading(issue, stance);
  const bare = (named: string) => named.replace(/ \((?:0|50|100)\)$/, '');
  const words =
    r.kind === 'at' || r.kind === 'near'
      ? `at or near ${bare(r.point)}`
      : r.kind === 'halfway'
        ? `halfway from ${bare(r.low)} to ${bare(r.high)}`
        : r.kind === 'nearer'
          ? `leaning to ${bare(r.point)}`
          : '';
  return [words, `at ${low} on the scale`].filter(Boolean);
}

/**
 * A source's title as the product writes it, in quotation marks — the one place: a title the analyst
 * wrote (the source has none; `inferred` lists "title") is followed by "(title inferred)", so words in
 * quotation marks are never taken for the source's own headline.
 */
export function quotedTitle(source: { title: string; inferred?: readonly string[] }): string {
  return `“${source.title}”${source.inferred?.includes('title') ? ' (title inferred)' : ''}`;
}

/** A citation line for the sources behind a chart or slide: outlet, “title”, date; inferred facts marked. */
export function citeSources(
  sources: { outlet: string; title: string; published: string; publishedApprox: boolean; inferred: string[] }[],
): string {
  return sources
    .map((s) => {
      const others = s.inferred.filter((f) => f !== 'title');
      const inferred = others.length > 0 ? ` (${others.join(', ')} inferred)` : '';
      return `${s.outlet}, ${quotedTitle(s)}, ${formatDate(s.published, s.publishedApprox)}${inferred}`;
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

/** What a position with no stance is, in the one set of words every view uses. */
export const UNPLACED = 'not placed on the scale';

/**
 * What a position without a stance is, by who holds it: a party's position not placed on the scale,
 * the analysts' reading, or the source's own analysis (lib/analysis/key-gap.ts's roles). The same
 * words in the matrix's legend, cells and every page.
 */
export const UNPLACED_WORDS: Record<StakeholderRole, { cell: string; line: string }> = {
  party: { cell: 'Not placed on the scale', line: `Position ${UNPLACED}` },
  analysts: { cell: 'Analysts’ reading', line: `Analysts’ reading, ${UNPLACED}` },
  'source-analysis': { cell: 'Source’s own analysis', line: `The source’s own analysis, ${UNPLACED}` },
};

/** The same line inside a sentence: "position not placed on the scale", "analysts’ reading, not placed …". */
export const unplacedInline = (role: StakeholderRole): string => {
  const line = UNPLACED_WORDS[role].line;
  return `${line[0]!.toLowerCase()}${line.slice(1)}`;
};
