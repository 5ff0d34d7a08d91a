/**
 * Scoring intake against hand labels: quote recall and precision (a candidate counts when its words
 * match a labelled quotation, punctuation at either end and curly/straight marks aside) and speaker
 * accuracy over the matched quotations.
 */
import { z } from 'zod';
import { normalisedText } from '../text';
import type { Candidate } from './ingest';
import { sameName } from './match';
import { fold } from './names';

export const Labels = z.strictObject({
  file: z
    .string()
    .optional()
    .describe('The article, relative to the labels file, when it is not <name>.txt or <name>.html beside it.'),
  published: z
    .string()
    .optional()
    .describe('Publication date an analyst would give at intake, when the article does not state it.'),
  quotes: z.array(
    z.strictObject({
      quote: z.string().min(1),
      speaker: z
        .string()
        .min(1)
        .describe(
          'Who says it, as the article names them; "unknown" where the article does not say (then intake is right to name nobody).',
        ),
      anonymous: z.boolean().optional().describe('The article does not name the speaker.'),
      document: z
        .boolean()
        .optional()
        .describe(
          'A document is quoted; `speaker` names its issuer when the article gives one, else the document ("draft").',
        ),
      collective: z
        .boolean()
        .optional()
        .describe('Several people or states speak together ("Kestrel and Varnholm", "the alliance\'s members").'),
    }),
  ),
});
export type Labels = z.infer<typeof Labels>;

export type Score = {
  labelled: number;
  found: number;
  matched: number;
  speakersRight: number;
  /** Wrong speakers that are a name (or a description) rather than none: what misleads if not checked. */
  namedWrong: number;
  /** Of those, the ones intake did not mark to check (attribution.needsCheck false): the studio gave no warning. */
  unflaggedWrong: number;
  misses: string[];
  wrongSpeakers: string[];
  extras: string[];
};

const words = (q: string) =>
  normalisedText(q)
    .replace(/^[\s,.;:!?…"'«»]+|[\s,.;:!?…"'«»]+$/g, '')
    .toLowerCase();

const bare = (s: string) => fold(s).replace(/^(?:the|a|an)\s+/, '');
/** One description inside the other ("memorandum from the Ministry of Water" / "Ministry of Water"). */
const overlaps = (label: string, said: string) => {
  const a = bare(label);
  const b = bare(said);
  return b.length > 0 && (a.includes(b) || b.includes(a));
};

export function speakerRight(label: Labels['quotes'][number], candidate: Candidate): boolean {
  const said = candidate.speaker ?? '';
  // Where the article names nobody, naming nobody (or an unnamed speaker) is right; a name is a guess.
  if (fold(label.speaker) === 'unknown') return said === '' || candidate.evidence === 'anonymous-officials';
  // A document: quoted as a document, and named by its issuer (or by the document when no issuer is given).
  if (label.document) return candidate.evidence === 'document' && overlaps(label.speaker, said);
  if (label.anonymous) return candidate.evidence === 'anonymous-officials' && overlaps(label.speaker, said);
  // A group: the whole group, or a description inside the label's ("union's members"), never one member.
  if (label.collective)
    return bare(said).includes(bare(label.speaker)) || (overlaps(label.speaker, said) && /\s/.test(bare(said)));
  return said !== '' && (fold(label.speaker) === fold(said) || sameName(label.speaker, said));
}

export function score(labels: Labels, candidates: Candidate[]): Score {
  const quoted = candidates.filter((c) => c.quote !== null);
  const used = new Set<number>();
  const result: Score = {
    labelled: labels.quotes.length,
    found: quoted.length,
    matched: 0,
    speakersRight: 0,
    namedWrong: 0,
    unflaggedWrong: 0,
    misses: [],
    wrongSpeakers: [],
    extras: [],
  };
  for (const label of labels.quotes) {
    const index = quoted.findIndex((c, i) => !used.has(i) && words(c.quote!) === words(label.quote));
    if (index < 0) {
      result.misses.push(label.quote);
      continue;
    }
    used.add(index);
    result.matched++;
    const candidate = quoted[index]!;
    if (speakerRight(label, candidate)) result.speakersRight++;
    else {
      if (candidate.speaker) {
        result.namedWrong++;
        if (!candidate.attribution.needsCheck) result.unflaggedWrong++;
      }
      result.wrongSpeakers.push(
        `"${label.quote.slice(0, 50)}": labelled ${label.speaker}, got ${candidate.speaker ?? 'none'} (${candidate.why}${candidate.attribution.needsCheck ? ', to check' : ''})`,
      );
    }
  }
  quoted.forEach((c, i) => {
    if (!used.has(i)) result.extras.push(c.quote!);
  });
  return result;
}

export const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
