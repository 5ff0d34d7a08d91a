/**
 * Rules of quotation marks: in text we write, quotation marks are for a speaker's exact words. Every
 * quoted span must stand verbatim in the quotes of a statement the record cites.
 */
import { textIndex } from '../text';
import { quotedSpans } from '../quote-marks';
import { eachDemand, eachEvent, eachPosition, eachStatement, type Check, type Where } from './context';

const shorten = (text: string) => (text.length > 60 ? text.slice(0, 60) + '…' : text);

/** Marks in pairs, around words of `ownQuotes` or of the quotes of the statements `cited`. */
export function quotedWordsCited(
  check: Check,
  text: string,
  ownQuotes: string[],
  cited: string[],
  where: Where,
  own = 'its passage',
  /** Texts already indexed (a whole source text) where the words may also stand. */
  indexed: ReturnType<typeof textIndex>[] = [],
) {
  const { spans, unpaired } = quotedSpans(text);
  if (unpaired.length > 0)
    check.report(
      where,
      `has a quotation mark that is never closed or closes nothing (character ${unpaired[0]! + 1}): quotation marks are only for a speaker's exact words, in pairs`,
    );
  const quotes = [...ownQuotes, ...cited.flatMap((id) => check.statements.get(id)?.quotes ?? [])];
  for (const span of spans) {
    const words = span.words.trim().replace(/[,.;:]$/, '');
    if (words && quotes.some((quote) => textIndex(quote).locate(words))) continue;
    if (words && indexed.some((index) => index.locate(words))) continue;
    const whose =
      cited.length === 0
        ? own
        : cited.length === 1
          ? `the quotes of the statement it cites (${cited[0]})`
          : `the quotes of any statement it cites (${cited.join(', ')})`;
    check.report(
      where,
      `puts "${shorten(words)}" in quotation marks, but those words are not in ${whose}: ` +
        "quotation marks are only for a speaker's exact words — rephrase without them, or add the words to a statement's quotes if the source quotes them",
    );
  }
}

/** A statement's summary quotes only the statement's own quotes. */
export function statementSummaryMarks(check: Check) {
  for (const { statement, where } of eachStatement(check))
    quotedWordsCited(check, statement.summary, statement.quotes, [], where('summary'), "the statement's own quotes");
}

/**
 * A statement's date note quotes the words of its source that date it ("have said", "mid-May"): they
 * stand in the statement's passage or quotes, or in its source's text.
 */
export function statementDateNoteMarks(check: Check) {
  for (const { statement, where } of eachStatement(check)) {
    if (!statement.dateNote) continue;
    const source = check.indexes.get(statement.source);
    quotedWordsCited(
      check,
      statement.dateNote,
      [statement.passage, ...statement.quotes],
      [],
      where('dateNote'),
      source ? "the statement's passage or its source's text" : "the statement's passage or quotes",
      source ? [source] : [],
    );
  }
}

/** A position's summary, stance rationale and conflict summaries quote only what its statements (or context) quote. */
export function positionTextMarks(check: Check) {
  for (const { position, where } of eachPosition(check)) {
    const cited = [...position.statements, ...(position.context ?? [])];
    quotedWordsCited(check, position.summary, [], cited, where('summary'));
    if (position.stance) quotedWordsCited(check, position.stance.rationale, [], cited, where('stance.rationale'));
    position.conflicts.forEach((conflict, c) =>
      quotedWordsCited(
        check,
        conflict.summary,
        [],
        [...conflict.statements, ...cited],
        where(`conflicts[${c}].summary`),
      ),
    );
  }
}

/** A demand's text and its responses' rationales quote only what the demand's or the response's statements quote. */
export function demandTextMarks(check: Check) {
  for (const { demand, where } of eachDemand(check)) {
    const cited = [...demand.statements, ...(demand.context ?? [])];
    quotedWordsCited(check, demand.text, [], cited, where('text'));
    demand.responses.forEach((response, r) =>
      quotedWordsCited(
        check,
        response.rationale,
        [],
        [...response.statements, ...(response.context ?? []), ...cited],
        where(`responses[${r}].rationale`),
      ),
    );
  }
}

/** An event has no speaker: words its label puts in quotation marks stand in its own passage. */
export function eventLabelMarks(check: Check) {
  for (const { event, where } of eachEvent(check))
    quotedWordsCited(check, event.label, [event.passage], [], where('label'));
}
