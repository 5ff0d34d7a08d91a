import { describe, expect, it } from 'vitest';
import { termFitWords } from './term-fit';

// Hand-written: distances measured from the term to a point stance, or to a range stance's nearest edge.
describe('a term against a stance, in words', () => {
  it('says a distance to a range is measured to its nearest edge', () => {
    // A term 90–100 against a range 0–85 (like Ukraine's territory stance is 0–85 in the seed): 5–15 points beyond its edge.
    expect(termFitWords({ low: 90, high: 100 }, { low: 0, high: 85 })).toBe(
      '5–15 points from the term to the nearest edge of its range; outside its range',
    );
  });

  it('says a distance to a point stance is from the stance, and a term inside is 0 points', () => {
    expect(termFitWords({ low: 60, high: 60 }, { low: 50, high: 50 })).toBe(
      '10 points from its stance; not at its stance',
    );
    expect(termFitWords({ low: 40, high: 40 }, { low: 0, high: 50 })).toBe('0 points; inside its range');
  });
});
