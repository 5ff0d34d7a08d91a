/**
 * The headline proposed for a position without one (lib/format.ts's fallbackHeadline): the phrase the
 * matrix falls back on, which the studio and `npm run ingest` offer the analyst to accept. Expected
 * phrases are hand-written; "keeps the rule" is judged by the validator and the schema, not by the
 * function under test.
 */
import { describe, expect, it } from 'vitest';
import { fallbackHeadline } from './format';
import { Position } from './schema';
import { checkDataset, formatProblem } from './validate';
import { historyFixture, seedData } from './seed-data';
import type { RawDataset } from './types';

// A fictional scale whose named points are five words each: its words never fit in eight.
const wordy = {
  scale: {
    min: { short: 'Every pier goes north now', description: '' },
    mid: { short: 'Piers shared by both towns', description: '' },
    max: { short: 'Every pier goes south now', description: '' },
  },
};

describe('the proposed headline', () => {
  it('says the number when the scale’s words would break the eight-word rule', () => {
    // "Northland: halfway from Every pier goes north now to Piers shared by both towns" is 14 words.
    expect(fallbackHeadline('Northland', wordy, { value: 25 })).toBe('Northland: at 25 on the scale');
    // "Northland: leaning to Every pier goes south now" is 8 words: it stays.
    expect(fallbackHeadline('Northland', wordy, { value: 80 })).toBe('Northland: leaning to Every pier goes south now');
  });

  it('drops a long side name rather than break the rule, and is never a cut sentence', () => {
    const side = "Harbour Gazette analysis (the source's own)";
    expect(fallbackHeadline(side, wordy)).toBe('Position not placed on the scale');
    expect(fallbackHeadline(side, wordy, { min: 10, max: 40 })).toBe('Somewhere in 10–40');
  });

  it('never carries quotation marks, even when a side’s name has them', () => {
    expect(fallbackHeadline('The “Pier Committee”', wordy, { value: 50 })).toBe(
      'At or near Piers shared by both towns',
    );
  });

  // Every position of the seed and the history fixture, its headline replaced by the proposal: the
  // validator and the schema accept every one.
  for (const [name, load] of [
    ['seed data', seedData],
    ['history fixture', historyFixture],
  ] as const)
    it(`keeps the validator's headline rule for every position of the ${name}`, () => {
      const data: RawDataset = load();
      const sideName = new Map(data.stakeholders.map((s) => [s.id, s.name]));
      for (const p of data.positions) {
        const issue = data.issues.find((i) => i.id === p.issue)!;
        p.headline = fallbackHeadline(sideName.get(p.stakeholder)!, issue, p.stance);
        expect(Position.safeParse(p).success, p.headline).toBe(true);
      }
      const headlineErrors = checkDataset(data)
        .errors.map(formatProblem)
        .filter((line) => line.includes('.headline'));
      expect(headlineErrors).toEqual([]);
    });
});
