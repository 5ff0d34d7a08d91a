import type { StancePlace } from '../../stance';
import type { QuoteRecord } from '../../quote';

export const NO_POSITION = 'No stated position in the sources.';

/** One side's position on one issue, as the matrix and issue slides print it. */
export type SideLine = {
  stakeholder: string;
  /** The position's summary, or null when the side has no sourced position. */
  summary: string | null;
  /** The stance's place (a point or a range), or null when none is placed. */
  stance: StancePlace | null;
  /** Where the stance sits on the scale, in words (no quotation marks: they are our words). */
  stanceWords: string | null;
  /** The same, short enough for a matrix slide's cell (lib/format.ts's stanceWordsShort). */
  stanceShort: string | null;
  /** A verbatim quote behind the position and who said it. */
  quote: QuoteRecord | null;
  /** Sources of the statements behind the side's positions on the issue. */
  sources: string[];
};
