/** Why a quote is not verbatim: hand-written source text (fictional speakers), hand-written answers. */
import { describe, expect, it } from 'vitest';
import { explainMismatch } from './quote-diff';

const SOURCE = [
  'The harbour council met on Tuesday.',
  '"We will keep the harbour open to every ship, whatever the weather," the envoy of Atlantis said.',
  'Her deputy added that the council’s decision was final… for now.',
].join('\n');

describe('explaining a quote that is not verbatim', () => {
  it('gives the first differing character, where it is in the source, and the context on both sides', () => {
    const message = explainMismatch(SOURCE, 'We will keep the harbour closed to every ship');
    expect(message).toContain(
      'the first 25 characters match the source; at character 26 of the quote (source line 2, column 27)',
    );
    expect(message).toContain('quote: "…e will keep the harbour ⟨here⟩closed to every ship"');
    expect(message).toContain('source: "…e will keep the harbour ⟨here⟩open to every ship, what…"');
    expect(message).toContain('a changed word: the quote has "closed" where the source has "open"');
  });

  it('names three dots typed for the source’s ellipsis', () => {
    expect(explainMismatch(SOURCE, 'the council’s decision was final... for now')).toContain(
      'the quote has three dots "..." where the source has an ellipsis "…"',
    );
  });

  it('names a straight apostrophe typed for the source’s curly one', () => {
    expect(explainMismatch(SOURCE, "the council's decision was final")).toContain(
      "the quote has the apostrophe ' where the source has ’ (straight and curly apostrophes differ)",
    );
  });

  it('names a dropped word and an added one', () => {
    expect(explainMismatch(SOURCE, 'We will keep the harbour open to ship, whatever the weather')).toContain(
      'a word dropped: the source has "every" here, which the quote leaves out',
    );
    expect(explainMismatch(SOURCE, 'We will keep the harbour open to every single ship')).toContain(
      'a word added: the quote has "single" here, which the source does not',
    );
    expect(explainMismatch(SOURCE, 'We will keep the harbour open to every ship whatever the weather')).toContain(
      'punctuation dropped: the source has "," here',
    );
  });

  it('names an ellipsis the speaker did not say', () => {
    expect(explainMismatch(SOURCE, 'We will keep the harbour open to every ship...')).toContain(
      'the quote has an ellipsis the source does not have here',
    );
  });

  it('says when not even the opening words are in the source', () => {
    expect(explainMismatch(SOURCE, 'Nobody said anything like this')).toMatch(
      /^its opening words are not in the source at all/,
    );
  });

  it('treats runs of whitespace as one space, as matching does', () => {
    expect(explainMismatch(SOURCE, 'We   will keep\nthe harbour shut')).toContain(
      'a changed word: the quote has "shut" where the source has "open"',
    );
  });
});
