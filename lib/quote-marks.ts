/**
 * Quote marks as typed on different keyboards: curly, low (German „), primes. Folding them to the
 * straight forms is the one difference quote matching and statement search both ignore. Its own
 * small module because the statement search runs in the browser.
 */

const QUOTE_FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
};

/** One character, folded if it is a curly, low or prime quote mark. */
export function foldQuoteMark(ch: string): string {
  return QUOTE_FOLDS[ch] ?? ch;
}

const QUOTE_MARKS = new RegExp(`[${Object.keys(QUOTE_FOLDS).join('')}]`, 'g');

/** The text with every curly, low and prime quote mark folded to its straight form. */
export function foldQuotes(text: string): string {
  return text.replace(QUOTE_MARKS, foldQuoteMark);
}
