import { describe, expect, it } from 'vitest';
import { linesAfter, position } from './fixture';

describe('the headline rule', () => {
  it('eight words pass; nine are refused with the count', () => {
    const eight = linesAfter(
      (d) => (position(d, 'northland-pier-jan').headline = 'one two three four five six seven eight'),
    );
    expect(eight.errors).toEqual([]);
    const nine = linesAfter(
      (d) => (position(d, 'northland-pier-jan').headline = 'one two three four five six seven eight nine'),
    );
    expect(nine.errors).toContainEqual(
      expect.stringMatching(/positions\[0\] .*\.headline — has 9 words; a headline has at most 8 \(headline rule\)/),
    );
  });

  it('no quotation marks of any kind, even around words a statement quotes', () => {
    for (const headline of ['Pier "stays ours"', 'Pier “stays ours”', 'Pier «stays ours»']) {
      const { errors } = linesAfter((d) => (position(d, 'northland-pier-jan').headline = headline));
      expect(errors, headline).toContainEqual(expect.stringMatching(/\.headline — must not contain quotation marks/));
    }
  });
});
