/**
 * How a term sits against one side, in words: whether it lies inside the side's stance and which of
 * the side's red lines it crosses. The one place the proposal page, the deck slide and the chart
 * image say it (distances and crossings themselves are lib/analysis/settlement.ts's rules).
 */
import {
  formatDistance,
  termCrossing,
  termDistance,
  type Crossing,
  type Place,
  type RedLine,
} from '../analysis/settlement';

/** Whether a term lies inside a side's stance: wholly, partly (ranges overlapping) or not. */
export function insideWords(term: Place, stance: Place): string {
  if (term.low >= stance.low && term.high <= stance.high)
    return stance.low === stance.high ? 'at its stance' : 'inside its range';
  if (term.high < stance.low || term.low > stance.high)
    return stance.low === stance.high ? 'not at its stance' : 'outside its range';
  return 'partly inside its range';
}

/**
 * How far a term is from a side's stance, saying what the distance is measured to, and whether it
 * lies inside: "10 points from its stance; not at its stance", "5–15 points from the term to the
 * nearest edge of its range; outside its range", "0 points; inside its range". The one place the
 * proposal page and the deck slide (and its image) word it.
 */
export function termFitWords(term: Place, stance: Place): string {
  const distance = termDistance(term, stance);
  if (distance.max === 0) return `0 points; ${insideWords(term, stance)}`;
  const to = stance.low === stance.high ? 'from its stance' : 'from the term to the nearest edge of its range';
  return `${formatDistance(distance)} ${to}; ${insideWords(term, stance)}`;
}

export const CROSSING_WORDS: Record<Crossing, string> = {
  crosses: 'the term crosses it',
  partly: 'the term’s range reaches past it',
  no: 'not crossed',
  'cannot be placed': 'cannot be placed on the scale',
};

/** What a red line says about a term: crossed, partly, not, or cannot be said. */
export function redLineWords(
  term: Place | undefined,
  line: RedLine,
): { crossing: Crossing | 'term not placed'; words: string } {
  if (!line.place) return { crossing: 'cannot be placed', words: CROSSING_WORDS['cannot be placed'] };
  if (!term) return { crossing: 'term not placed', words: 'term not placed' };
  const crossing = termCrossing(term, line);
  return { crossing, words: CROSSING_WORDS[crossing] };
}
