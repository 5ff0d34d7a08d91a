/** Stances as points and ranges: the words and gaps, with hand-written answers. */
import { describe, expect, it } from 'vitest';
import { formatGap, formatStance, gapBetween, isCommonGround, stanceMiddle } from './stance';
import { fallbackHeadline, stanceLine, stanceWords } from './format';
import { gapSentence } from './analysis/compare';

const point = (value: number) => ({ value });
const range = (min: number, max: number) => ({ min, max });

describe('formatStance', () => {
  it('prints a point as a fraction and a range as its ends', () => {
    expect(formatStance(point(50))).toBe('50/100');
    expect(formatStance(range(0, 50))).toBe('between 0 and 50');
    expect(formatStance(range(0, 50), 'spoken')).toBe('between 0 and 50 of 100');
    expect(formatStance(range(0, 90), 'bare')).toBe('0–90');
  });
});

describe('the gap between two stances', () => {
  it('is one number between two points', () => {
    expect(gapBetween(point(20), point(55))).toEqual({ min: 35, max: 35 });
    expect(gapSentence(gapBetween(point(20), point(55)))).toBe('35 points apart, some way apart');
  });

  it('is a range between two ranges that do not overlap', () => {
    // 0–10 and 25–100: nearest ends 10 and 25, farthest 0 and 100.
    expect(gapBetween(range(0, 10), range(25, 100))).toEqual({ min: 15, max: 100 });
    expect(formatGap({ min: 15, max: 85 })).toBe('between 15 and 85 points apart');
  });

  it('is a range between a point and a range', () => {
    // Russia at 95, Kyiv anywhere from 0 to 90: at least 5, at most 95 apart.
    expect(gapBetween(point(95), range(0, 90))).toEqual({ min: 5, max: 95 });
    expect(gapSentence(gapBetween(point(95), range(0, 90)))).toBe('between 5 and 95 points apart');
  });

  it('starts at 0 when ranges overlap, and says so', () => {
    expect(gapBetween(range(0, 50), range(50, 75))).toEqual({ min: 0, max: 75 });
    expect(gapSentence(gapBetween(range(0, 50), range(40, 75)))).toBe('overlapping, up to 75 points apart');
    expect(gapBetween(point(30), range(0, 50))).toEqual({ min: 0, max: 30 });
  });
});

describe('common ground', () => {
  it('holds for two points 15 or fewer apart', () => {
    expect(isCommonGround(point(40), point(55))).toBe(true);
    expect(isCommonGround(point(40), point(56))).toBe(false);
  });

  it('holds for a range only where it overlaps, however near', () => {
    expect(isCommonGround(range(0, 50), point(50))).toBe(true);
    expect(isCommonGround(range(0, 50), point(52))).toBe(false);
    expect(isCommonGround(range(0, 50), range(70, 100))).toBe(false);
    expect(isCommonGround(range(0, 50), range(45, 100))).toBe(true);
  });
});

describe('stance words', () => {
  const issue = {
    scale: {
      min: { short: 'All to the north', description: '' },
      mid: { short: 'Shared', description: '' },
      max: { short: 'All to the south', description: '' },
    },
  };
  it('set scale labels off by their number, never by quotation marks', () => {
    expect(stanceWords(issue, point(5))).toBe('Near All to the north (0), 5 points toward Shared (50)');
    expect(stanceWords(issue, point(50))).toBe('At Shared (50)');
    expect(stanceWords(issue, point(25))).toBe('Halfway between All to the north (0) and Shared (50)');
  });
  it('do not read a single point as a range, and tell 80 from 85', () => {
    expect(stanceWords(issue, point(80))).toBe('Nearer All to the south (100) than Shared (50): 20 points short of it');
    expect(stanceWords(issue, point(85))).toBe('Nearer All to the south (100) than Shared (50): 15 points short of it');
    expect(stanceWords(issue, point(80))).not.toMatch(/^Between/);
  });
  it('say a range is a range and where it runs', () => {
    expect(stanceWords(issue, range(0, 50))).toBe('A range, not a point: from All to the north (0) to Shared (50)');
    expect(stanceWords(issue, range(0, 90))).toBe('A range, not a point: from All to the north (0) to 90');
  });
  it('short, for a cell: the number first, then the words', () => {
    expect(stanceLine(issue, point(95))).toBe('95 · near All to the south');
    expect(stanceLine(issue, point(50))).toBe('50 · at Shared');
    expect(stanceLine(issue, point(30))).toBe('30 · nearer Shared');
    expect(stanceLine(issue, range(0, 90))).toBe('0–90 · from All to the north');
  });
  it('a missing headline is a short phrase from the side and stance, never a cut sentence', () => {
    expect(fallbackHeadline('Northland', issue, point(80))).toBe('Northland: leaning to All to the south');
    expect(fallbackHeadline('Northland', issue, range(0, 90))).toBe('Northland: somewhere in 0–90');
    expect(fallbackHeadline('Northland', issue)).toBe('Northland: position not placed on the scale');
  });
});

describe('stanceMiddle', () => {
  it("is a point's value, or halfway between a range's bounds, not rounded", () => {
    expect(stanceMiddle({ value: 40 })).toBe(40);
    expect(stanceMiddle({ min: 10, max: 25 })).toBe(17.5);
  });

  it('reads an open end as the end of the scale (0 or 100)', () => {
    expect(stanceMiddle({ min: 80 })).toBe(90);
    expect(stanceMiddle({ max: 20 })).toBe(10);
  });
});
