/** Rules of the verbatim record: passages and quotes stand word for word in their source's text. */
import { textIndex } from '../text';
import { explainMismatch } from '../quote-diff';
import { eachEvent, eachStatement, type Check } from './context';

const shorten = (text: string) => (text.length > 60 ? text.slice(0, 60) + '…' : text);

/** A statement's passage is in its source; each quote is in the source and inside the passage. */
export function statementsVerbatim(check: Check) {
  for (const { statement, where } of eachStatement(check)) {
    const index = check.indexes.get(statement.source);
    if (!index) continue; // unknown source or unreadable text: named by other rules
    const text = check.data.texts.get(statement.source)!;
    const passage = index.locate(statement.passage);
    if (!passage)
      check.report(
        where('passage'),
        `passage not found verbatim in the text of source "${statement.source}": ${explainMismatch(text, statement.passage)}`,
      );
    statement.quotes.forEach((quote, k) => {
      if (!index.locate(quote))
        check.report(
          where(`quotes[${k}]`),
          `quote not found verbatim in the text of source "${statement.source}": "${shorten(quote)}" — ${explainMismatch(text, quote)}`,
        );
      else if (passage && !textIndex(statement.passage).locate(quote))
        check.report(
          where(`quotes[${k}]`),
          "quote is in the source but not inside this statement's passage; widen the passage",
        );
    });
  }
}

/** An event's passage is in its source. */
export function eventsVerbatim(check: Check) {
  for (const { event, where } of eachEvent(check)) {
    const index = check.indexes.get(event.source);
    if (index && !index.locate(event.passage))
      check.report(
        where('passage'),
        `passage not found verbatim in the text of source "${event.source}": ${explainMismatch(check.data.texts.get(event.source)!, event.passage)}`,
      );
  }
}
