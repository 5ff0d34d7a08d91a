/**
 * The headline rule: a matrix cell's headline is read at a glance and is our words — at most
 * HEADLINE_MAX_WORDS words and no quotation marks of any kind (a quote needs its speaker beside it,
 * which a cell has no room for).
 */
import { eachPosition, type Check } from './context';
import { HEADLINE_MAX_WORDS, QUOTATION_MARK, headlineWords } from './headline-rule';

export function headlines(check: Check) {
  for (const { position, where } of eachPosition(check)) {
    const headline = position.headline;
    if (headline === undefined) continue;
    const words = headlineWords(headline);
    if (words > HEADLINE_MAX_WORDS)
      check.report(
        where('headline'),
        `has ${words} words; a headline has at most ${HEADLINE_MAX_WORDS} (headline rule): shorten it, or leave it out and the cell shows a short phrase from the side and stance`,
      );
    const mark = QUOTATION_MARK.exec(headline);
    if (mark)
      check.report(
        where('headline'),
        `must not contain quotation marks (${mark[0]} at character ${mark.index + 1}; headline rule): a headline is our words, not a quote`,
      );
  }
}
