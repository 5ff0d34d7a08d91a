import { describe, expect, it } from 'vitest';
import { gapInWords, keyGapWords } from './key-gap';

// Hand-written answers (bands: up to 15 close together, 40 some way apart, 70 far apart, beyond at opposite ends).
describe('a gap in words', () => {
  it('says a range gap spanning several bands cannot be pinned down, leading with neither end', () => {
    // Northland at 95, Southmark somewhere in 0–90: at least 5, at most 95 points apart.
    expect(keyGapWords({ a: 'Northland', b: 'Southmark' }, { min: 5, max: 95 })).toBe(
      'Northland–Southmark: 5–95 points apart: the ranges allow anything from close together to opposite ends',
    );
  });

  it('names one band when both ends fall in it, and overlap when the least is 0', () => {
    expect(gapInWords({ min: 75, max: 90 })).toBe('75–90 points apart, at opposite ends');
    expect(gapInWords({ min: 0, max: 50 })).toBe('0–50 points apart: they may overlap');
    expect(gapInWords({ min: 65, max: 65 })).toBe('65 points apart, far apart');
  });
});
