import { describe, expect, it } from 'vitest';
import { findQuotes, splitSentences } from './quotes';

describe('quotation marks', () => {
  it('pairs straight, curly and guillemet marks, dropping the comma that belongs to the sentence', () => {
    expect(findQuotes('"We will wait," she said.').map((q) => q.text)).toEqual(['We will wait']);
    expect(findQuotes('“Not today,” he said, “and not tomorrow.”').map((q) => q.text)).toEqual([
      'Not today',
      'and not tomorrow.',
    ]);
    expect(findQuotes('Il a dit « non merci » hier.').map((q) => q.text)).toEqual(['non merci']);
    expect(findQuotes('Sie sagte „nie wieder“ dazu.').map((q) => q.text)).toEqual(['nie wieder']);
  });

  it('keeps nested single quotes and apostrophes inside the quotation', () => {
    expect(findQuotes("\"The so-called 'buffer' isn't real,\" he said.").map((q) => q.text)).toEqual([
      "The so-called 'buffer' isn't real",
    ]);
  });

  it('marks a quotation that runs on into the next paragraph', () => {
    const [q] = findQuotes('"I have never been a pacifist.');
    expect(q).toMatchObject({ text: 'I have never been a pacifist.', runsOn: true });
  });

  it('does not take an inch mark or a stray quote inside a word for an opening mark', () => {
    expect(findQuotes('A 12" gun and "a real threat" she said')).toHaveLength(1);
  });
});

describe('sentences', () => {
  it('splits between sentences but never inside a quotation or after a title or initial', () => {
    const p = 'Mr. Vell said: "We came. We left." Then Dr. A. Moor spoke. "Go," she said.';
    expect(splitSentences(p).map((s) => s.text)).toEqual([
      'Mr. Vell said: "We came. We left."',
      'Then Dr. A. Moor spoke.',
      '"Go," she said.',
    ]);
  });
});

describe('single quotation marks as outer marks', () => {
  it('reads them in a paragraph without double marks, not taking apostrophes for marks', () => {
    expect(findQuotes("'We aren't leaving,' says Kestrian premier").map((q) => q.text)).toEqual(["We aren't leaving"]);
    expect(findQuotes('‘No deal without guarantees’, Osterhout’s aide said').map((q) => q.text)).toEqual([
      'No deal without guarantees',
    ]);
    expect(findQuotes("The officials' plans and Marrow's reply")).toEqual([]);
  });
});
