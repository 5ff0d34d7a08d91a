import type { StancePlace } from '../../stance';
import type { QuotePick } from '../../quote';
import { noPositionWords } from '../../format';

/** One side's position on one issue, as the matrix and issue slides print it. */
export type SideLine = {
  stakeholder: string;
  /** The position's summary, or null when the side has no sourced position. */
  summary: string | null;
  /** The position's headline (positions.json), when the data gives one. */
  headline?: string | null;
  /** The stance's place (a point or a range), or null when none is placed. */
  stance: StancePlace | null;
  /** Where the stance sits on the scale, in words (no quotation marks: they are our words). */
  stanceWords: string | null;
  /** The same, short enough for a matrix slide's cell (lib/format.ts's stanceWordsShort). */
  stanceShort: string | null;
  /**
   * A verbatim quote behind the position and who said it, from a statement about this issue alone
   * (lib/quote.ts quoteAbout); else quoteGap says why none is shown.
   */
  quote: QuotePick['quote'];
  quoteGap: QuotePick['quoteGap'];
  /** Sources of the statements behind the side's positions on the issue. */
  sources: string[];
  /** With no position: the side's statements on the issue no position of its is drawn from (CellView.uncited). */
  related?: number;
};

/** The most characters of a side's words on an issue slide; the whole summary is in the notes. */
export const BRIEF_LENGTH = 120;

/**
 * What an issue slide prints for a side, never cut mid-sentence: the position's headline; else its
 * summary when short, or the summary's first sentence when that is short; else where its stance
 * sits in words; else a pointer to the notes, which carry the whole summary.
 */
export function lineBrief(line: SideLine): string {
  if (line.summary === null) return `${noPositionWords(line.related ?? 0)}.`;
  if (line.headline) return line.headline;
  if (line.summary.length <= BRIEF_LENGTH) return line.summary;
  const sentence = line.summary.match(/^.+?[.!?](?=\s|$)/)?.[0];
  if (sentence && sentence.length <= BRIEF_LENGTH) return sentence;
  return line.stanceWords ?? 'Summary in the speaker notes.';
}
