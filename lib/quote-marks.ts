/**
 * Quote marks as typed on different keyboards: curly, low (German „), reversed and primes. Folding
 * them to the straight forms is the one difference quote matching and statement search both
 * ignore. Its own small module because the statement search runs in the browser.
 */

const SINGLE = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE = /[\u201C\u201D\u201E\u201F\u2033]/g;

/** The text with every curly, low, reversed or prime quote mark folded to its straight form. */
export function foldQuotes(text: string): string {
  return text.replace(SINGLE, "'").replace(DOUBLE, '"');
}
