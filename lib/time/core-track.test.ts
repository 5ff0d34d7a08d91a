/** positionSteps and describeChange on the history fixture and on hand-made steps; answers written by hand. */
import { describe, expect, it } from 'vitest';
import type { Position } from '../schema';
import { historyFixture } from '../seed-data';
import { positionSteps, stepChange } from './core';
import { describeChange } from './words';

const { positions } = historyFixture();
const steps = (side: string, issue: string) =>
  positionSteps(positions, side, issue).map((s) => [s.position.id, describeChange(s.change)]);

describe('a side’s steps on an issue (history fixture)', () => {
  it('Northland on the pier: first 0, then moved 50 points up to 50 with a new summary', () => {
    expect(steps('northland', 'pier')).toEqual([
      ['northland-pier-jan', 'first position on record'],
      ['northland-pier-mar', 'moved from 0/100 to 50/100 (50 points up the scale); summary reworded'],
    ]);
  });

  it('Southmark on the pier: same stance, same summary — restated, not "moved"', () => {
    expect(steps('southmark', 'pier')).toEqual([
      ['southmark-pier-feb', 'first position on record'],
      ['southmark-pier-apr', 'restated, unchanged'],
    ]);
  });

  it('a side with one position has one step; one with none has none', () => {
    expect(steps('observers', 'pier')).toEqual([['observers-pier-jan', 'first position on record']]);
    expect(steps('southmark', 'format')).toEqual([]);
  });
});

describe('what a step did, in words', () => {
  const base: Position = {
    id: 'a',
    stakeholder: 'x',
    issue: 'y',
    asOf: '2031-01-01',
    summary: 'Holds the line.',
    stance: { value: 60, rationale: 'r' },
    statements: ['s'],
    conflicts: [],
  };
  const later = (extra: Partial<Position>): Position => ({ ...base, id: 'b', asOf: '2031-02-01', ...extra });

  it('a move down the scale says so, one point singular', () => {
    expect(describeChange(stepChange(base, later({ stance: { value: 59, rationale: 'r' } })))).toBe(
      'moved from 60/100 to 59/100 (1 point down the scale)',
    );
  });

  it('a new wording with the same stance is reworded, not moved', () => {
    expect(describeChange(stepChange(base, later({ summary: 'Holds the line firmly.' })))).toBe(
      'summary reworded; stance unchanged',
    );
  });

  it('a stance placed or dropped', () => {
    const unplaced = structuredClone(base);
    delete unplaced.stance;
    expect(describeChange(stepChange(unplaced, later({})))).toBe('now placed on the scale');
    expect(describeChange(stepChange(base, { ...unplaced, id: 'b', asOf: '2031-02-01' }))).toBe(
      'no longer placed on the scale',
    );
  });
});
