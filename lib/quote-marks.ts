/**
 * Words inside quotation marks in text we write (summaries, rationales, demand text). Quotation
 * marks are for a speaker's exact words only, so the validator checks every span this finds.
 * Straight "…", curly “…”, guillemets «…» and low-high „…“ / „…” pair; single marks are left
 * alone because they double as apostrophes.
 */

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
