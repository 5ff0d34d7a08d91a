import { quoted, type QuoteRecord } from '@/lib/quote';

/**
 * A speaker's exact words in quotation marks, from a quote record (never a free string): the one way
 * a page prints a quote. `speaker` adds "— name" after it.
 */
export function VerbatimQuote({
  quote,
  speaker = false,
  speakerClassName = 'font-sans not-italic text-slate-700',
}: {
  quote: QuoteRecord;
  speaker?: boolean;
  /** The speaker's style: the deck's themes set their own colour. */
  speakerClassName?: string;
}) {
  return (
    <>
      <span data-statement={quote.statementId}>{quoted(quote)}</span>
      {speaker ? <span className={speakerClassName}> — {quote.speaker}</span> : null}
    </>
  );
}
