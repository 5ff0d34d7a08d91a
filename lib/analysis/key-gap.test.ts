import { describe, expect, it } from 'vitest';
import { gapBand, gapInWords, keyGapWords } from './key-gap';

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

// Where a gap is drawn: its width says the most it can be, the stronger part inside the least.
describe('a gap’s band', () => {
  it('runs between two points when both are points', () => {
    expect(gapBand({ value: 20 }, { value: 65 })).toEqual({ from: 20, to: 65, near: null });
  });

  it('spans the furthest ends of a range and a point, the facing ends shaded inside', () => {
    // Southmark somewhere in 0–90, Northland at 95: 5–95 points apart, whichever is named first.
    const band = { from: 0, to: 95, near: { from: 90, to: 95 } };
    expect(gapBand({ min: 0, max: 90 }, { value: 95 })).toEqual(band);
    expect(gapBand({ value: 95 }, { min: 0, max: 90 })).toEqual(band);
  });

  it('has no nearer part when two ranges overlap (the least gap is 0)', () => {
    // 0–50 and 40–75: at most 75 points apart (0 to 75).
    expect(gapBand({ min: 0, max: 50 }, { min: 40, max: 75 })).toEqual({ from: 0, to: 75, near: null });
  });
});
