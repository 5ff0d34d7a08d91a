/**
 * Matching quotes against source text. Sources and data are typed by different people with
 * different keyboards, so matching ignores runs of whitespace and the curly/straight quote
 * distinction — and nothing else: a changed word is a different quote.
 */

import { foldQuotes as fold } from './quote-marks';

/** Normalised text plus, for each of its characters, the index of that character in the original. */
export function normalise(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && out.length > 0) {
      out += ' ';
      origin.push(pendingSpace);
    }
    pendingSpace = -1;
    out += fold(ch);
    origin.push(i);
  }
  return { text: out, origin };
}

export function normalisedText(text: string): string {
  return normalise(text).text;
}

export type Span = { start: number; end: number };

/** Normalise a text once, then find many needles in it (a source is searched by every statement). */
export function textIndex(haystack: string): { locate(needle: string): Span | null } {
  const hay = normalise(haystack);
  return {
    locate(needle: string): Span | null {
      const target = normalisedText(needle);
      if (target.length === 0) return null;
      const at = hay.text.indexOf(target);
      if (at < 0) return null;
      return { start: hay.origin[at]!, end: hay.origin[at + target.length - 1]! + 1 };
    },
  };
}

/** Where `needle` stands in `haystack` (original offsets, end exclusive), or null if it does not. */
export function locate(haystack: string, needle: string): Span | null {
  return textIndex(haystack).locate(needle);
}

export function containsVerbatim(haystack: string, needle: string): boolean {
  return locate(haystack, needle) !== null;
}
