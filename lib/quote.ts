/**
 * A speaker's exact words: the only text the product puts inside quotation marks (besides a source's
 * title). Views print a quote from a record that says which statement it comes from — never from a
 * free string — so a summary or a computed sentence cannot end up in quotation marks by accident.
 * The page check (lib/quote-check.ts) backs this up on every built page.
 */

/** One quote of one statement, as the statement records it (`quotes[index]`), and who said it. */
export type QuoteRecord = { text: string; speaker: string; statementId: string };

/** Every quote of a statement as records. */
export function quoteRecords(statement: { id: string; quotes: readonly string[] }, speaker: string): QuoteRecord[] {
  return statement.quotes.map((text) => ({ text, speaker, statementId: statement.id }));
}

/** The quote in quotation marks, for text that is not HTML (slides, notes, accessible names). */
export function quoted(quote: QuoteRecord): string {
  return `“${quote.text}”`;
}
