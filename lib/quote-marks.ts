/**
 * Quotation marks in text. Quote marks as typed on different keyboards (curly, low „, reversed,
 * primes) fold to the straight forms — the one difference quote matching and statement search both
 * ignore. And words inside quotation marks in text we write (summaries, rationales, demand text):
 * quotation marks are for a speaker's exact words only, so the validator checks every span found.
 * No imports: the statement search runs this in the browser.
 */

const SINGLE = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE = /[\u201C\u201D\u201E\u201F\u2033]/g;

/** The text with every curly, low, reversed or prime quote mark folded to its straight form. */
export function foldQuotes(text: string): string {
  return text.replace(SINGLE, "'").replace(DOUBLE, '"');
}

// Straight "…", curly “…”, guillemets «…» and low-high „…“ / „…” pair; single marks are left
// alone because they double as apostrophes.
const CLOSERS: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“”' };
const ANY_MARK = /["“”«»„]/g;

export type QuotedSpan = { words: string; start: number };
export type QuoteMarks = { spans: QuotedSpan[]; unpaired: number[] };

/** Every span inside paired quotation marks, and the offsets of marks that close nothing or are never closed. */
export function quotedSpans(text: string): QuoteMarks {
  const spans: QuotedSpan[] = [];
  const unpaired: number[] = [];
  let open: { mark: string; at: number } | undefined;
  for (const match of text.matchAll(ANY_MARK)) {
    const mark = match[0];
    const at = match.index;
    if (open && CLOSERS[open.mark]!.includes(mark)) {
      spans.push({ words: text.slice(open.at + 1, at), start: open.at + 1 });
      open = undefined;
    } else if (!open && mark in CLOSERS) {
      open = { mark, at };
    } else {
      unpaired.push(at);
    }
  }
  if (open) unpaired.push(open.at);
  return { spans, unpaired };
}
