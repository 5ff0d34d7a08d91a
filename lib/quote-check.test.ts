import { describe, expect, it } from 'vitest';
import { quoteChecker } from './quote-check';

// A fictional source: Northland's envoy on the river.
const check = quoteChecker({
  texts: ['The envoy said the river “belongs to both banks, as it always has” and left the room.'],
  titles: ['Envoy speaks on the river question'],
});

describe('the quotation-mark page check', () => {
  it('passes a speaker’s exact words, folding curly and straight marks and whitespace', () => {
    expect(check(['Northland: “belongs to both banks, as it always has”'])).toEqual([]);
    expect(check(['Northland: "belongs to   both banks, as it always has"'])).toEqual([]);
  });

  it('passes a source title in quotation marks', () => {
    expect(check(['Riverside Post, “Envoy speaks on the river question”, 3 March 2031'])).toEqual([]);
    expect(check(['Cited: "Envoy speaks on the  river question"'])).toEqual([]);
  });

  it('fails a paraphrase in quotation marks beside a speaker', () => {
    expect(check(['Northland envoy: “The river is shared by both banks”'])).toEqual([
      {
        words: 'The river is shared by both banks',
        context: 'Northland envoy: “The river is shared by both banks”',
      },
    ]);
  });

  it('fails a scale label or a search term put in quotation marks, in guillemets or low marks too', () => {
    expect(check(['At or near «All to the north»', 'No statements match „water for the south“'])).toHaveLength(2);
  });

  it('leaves one- and two-word terms alone, and does not pair marks across lines', () => {
    expect(check(['the so-called “river question” was raised'])).toEqual([]);
    expect(check(['He said " and then\nsome other words " here'])).toEqual([]);
  });

  it('checks the words before an ellipsis that cuts a quote short', () => {
    expect(check(['“belongs to both banks…”'])).toEqual([]);
    expect(check(['“belongs to all banks…”'])).toHaveLength(1);
  });
});
