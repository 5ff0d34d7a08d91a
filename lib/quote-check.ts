/**
 * The page check for quotation marks: on a built page, every span of three or more words inside
 * “…”, "…", «…» or „…“ must stand verbatim in a source text or be a source's title. Quotation marks
 * are for a speaker's exact words only; our summaries, scale labels and computed sentences never
 * stand in them. Matching folds curly/straight marks and whitespace as quote matching does (lib/text.ts).
 */
import { quotedSpans } from './quote-marks';
import { normalisedText, textIndex } from './text';

/** Fewer words than this inside quotation marks are not checked: a single term in quotes is not a quote. */
export const QUOTE_CHECK_MIN_WORDS = 3;

export type Misquote = { words: string; context: string };

/** What a quote may come from: every source's full text and its title. */
export type QuoteCorpus = { texts: Iterable<string>; titles: Iterable<string> };

/** A checker over one corpus: give it a page's texts (visible lines, title and aria-label values). */
export function quoteChecker(corpus: QuoteCorpus): (texts: Iterable<string>) => Misquote[] {
  const indexes = [...corpus.texts].map((t) => textIndex(t));
  const titles = new Set([...corpus.titles].map(normalisedText));
  const stands = (words: string) =>
    titles.has(normalisedText(words)) || indexes.some((index) => index.locate(words) !== null);
  return (texts) => {
    const found: Misquote[] = [];
    for (const text of texts)
      // Per line: a paragraph's marks pair within it, never with the next paragraph's.
      for (const line of text.split('\n'))
        for (const span of quotedSpans(line).spans) {
          // A quote cut short ends in an ellipsis outside the speaker's words; the words before it must stand.
          const words = span.words.trim().replace(/\s*(…|\.\.\.)$/, '');
          if (words.split(/\s+/).filter(Boolean).length < QUOTE_CHECK_MIN_WORDS) continue;
          if (!stands(words)) found.push({ words, context: line.trim().slice(0, 240) });
        }
    return found;
  };
}
