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

/**
 * Why a line that picks one quote shows none although the side has words on record: our words,
 * never in quotation marks. The notes carry every quote in full.
 */
export const QUOTE_GAP = {
  'several-issues': 'Words bear on several issues: see notes',
  'too-long': 'Words too long for the slide: in the notes',
} as const;
export type QuoteGap = keyof typeof QUOTE_GAP;

/** One quote picked for a line, or why there is none to show (null: the side's statements quote nobody). */
export type QuotePick = { quote: QuoteRecord | null; quoteGap: QuoteGap | null };

/**
 * The one quote a line shows for a side on a subject — one issue, or a proposal's issues for a
 * response to the proposal as a whole: the first quote of the first statement that bears on the
 * subject alone. A statement records its issues and its quotes, not which quote is about which issue,
 * so words from a statement that also bears on another issue may be about that one: they are not
 * shown (quoteGap 'several-issues'), never shown under the wrong issue. Every slide, note and image
 * that picks one quote for a side calls this.
 */
export function quoteAbout<S extends { id: string; quotes: readonly string[]; issues: readonly string[] }>(
  statements: readonly S[],
  about: readonly string[],
  speaker: (statement: S) => string,
): QuotePick {
  const quoting = statements.filter((s) => s.quotes.length > 0);
  const alone = quoting.find((s) => s.issues.length > 0 && s.issues.every((i) => about.includes(i)));
  if (alone) return { quote: quoteRecords(alone, speaker(alone))[0]!, quoteGap: null };
  return { quote: null, quoteGap: quoting.length > 0 ? 'several-issues' : null };
}

/**
 * The pick as a place of limited room shows it: a quote longer than `max` characters gives way to a
 * line saying the words are in the notes — never cut inside quotation marks, never dropped unsaid.
 */
export function quoteWithin<T extends QuotePick>(pick: T, max: number): T {
  return pick.quote && pick.quote.text.length > max ? { ...pick, quote: null, quoteGap: 'too-long' } : pick;
}
