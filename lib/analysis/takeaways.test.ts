import { describe, expect, it } from 'vitest';
import { listNames, spectrumSentence, stanceGap, timelinePoints, timelineSentence } from './takeaways';

// Hand-built fixtures: fictional sides (Northland, Southmark, Eastvale) and answers worked out by hand.
const names: Record<string, string> = { north: 'Northland', south: 'Southmark', east: 'Eastvale' };
const nameOf = (id: string) => names[id]!;

describe('listNames', () => {
  it('joins as a person writes a list, with no comma before "and"', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['Northland'])).toBe('Northland');
    expect(listNames(['Northland', 'Southmark'])).toBe('Northland and Southmark');
    expect(listNames(['Northland', 'Southmark', 'Eastvale'])).toBe('Northland, Southmark and Eastvale');
  });
});

describe('stance gap and its sentence', () => {
  const marks = [
    { stakeholder: 'north', value: 80, current: true },
    { stakeholder: 'north', value: 60, current: false },
    { stakeholder: 'south', value: 15, current: true },
    { stakeholder: 'east', value: 50, current: true },
  ];

  it('measures between the farthest current stances, ignoring earlier ones', () => {
    expect(stanceGap(marks)).toEqual({
      a: 'north',
      b: 'south',
      low: 'south',
      high: 'north',
      gap: { min: 65, max: 65 },
    });
    expect(stanceGap(marks.filter((m) => m.stakeholder !== 'south'))).toEqual({
      a: 'north',
      b: 'east',
      low: 'east',
      high: 'north',
      gap: { min: 30, max: 30 },
    });
    expect(stanceGap(marks.filter((m) => m.stakeholder === 'north'))).toBeNull();
  });

  it('says who is how far apart, where the rest sit and who moved', () => {
    expect(spectrumSentence('Water rights', marks, stanceGap(marks), nameOf)).toBe(
      'On water rights, the key gap is Northland–Southmark: 65 points apart, far apart; Eastvale sits at 50. Northland moved 20 points up the scale since its previous stance.',
    );
  });

  it('says "moved" only for a side whose stance changed, and by how much', () => {
    // Northland restated 80; Southmark went from 40 down to 15; Eastvale from a 40–80 range to 50 (middle 60 → 50).
    const restated = [
      { stakeholder: 'north', value: 80, current: true },
      { stakeholder: 'north', value: 80, current: false },
      { stakeholder: 'south', value: 15, current: true },
      { stakeholder: 'south', value: 40, current: false },
      { stakeholder: 'east', value: 50, current: true },
      { stakeholder: 'east', min: 40, max: 80, current: false },
    ];
    expect(spectrumSentence('Water rights', restated, stanceGap(restated), nameOf)).toBe(
      'On water rights, the key gap is Northland–Southmark: 65 points apart, far apart; Eastvale sits at 50. Southmark moved 25 points down and Eastvale moved 10 points down the scale since their previous stances.',
    );
    const onlyRestated = [...restated.slice(0, 2), { stakeholder: 'south', value: 15, current: true }];
    expect(spectrumSentence('Water rights', onlyRestated, stanceGap(onlyRestated), nameOf)).toBe(
      'On water rights, the key gap is Northland–Southmark: 65 points apart, far apart.',
    );
  });
});

describe('stance gap and its sentence with ranges', () => {
  const marks = [
    { stakeholder: 'north', value: 95, current: true },
    { stakeholder: 'south', min: 0, max: 90, current: true },
    { stakeholder: 'east', min: 0, max: 50, current: true },
  ];

  it('takes the pair that can be farthest apart and gives the gap as a range', () => {
    // Both pairs with the north can be 95 apart; east (0–50) is surely at least 45 away, south only 5.
    expect(stanceGap(marks)).toEqual({ a: 'north', b: 'east', low: 'east', high: 'north', gap: { min: 45, max: 95 } });
  });

  it('says a range gap as a range, and where a range stance sits', () => {
    expect(spectrumSentence('Water rights', marks, stanceGap(marks), nameOf)).toBe(
      'On water rights, the key gap is Northland–Eastvale: 45–95 points apart: the ranges allow anything from far apart to opposite ends; Southmark sits between 0 and 90 (a range). A range marks a stance the sources only bound.',
    );
  });

  it('says overlapping stances overlap', () => {
    const two = marks.filter((m) => m.stakeholder !== 'north');
    expect(spectrumSentence('Water rights', two, stanceGap(two), nameOf)).toBe(
      'On water rights, the key gap is Southmark–Eastvale: 0–90 points apart: they may overlap. A range marks a stance the sources only bound.',
    );
  });
});

/**
 * Nine fictional sides: past four others (or four moves) the sentence names only the ends and the
 * largest move, and points to the table. By hand: the key gap is Northland 90 – Southmark 5 (85);
 * of the seven others Fenland (10–20, middle 15) sits lowest and Capeland (85) highest; five sides
 * moved (Northland +20, Eastvale +20, Westmoor −25, Isle +40, Moorland +5), Isle the most.
 */
describe('the spectrum sentence with many sides', () => {
  const many: Record<string, string> = {
    ...names,
    west: 'Westmoor',
    isle: 'Isle',
    fen: 'Fenland',
    moor: 'Moorland',
    dale: 'Dale',
    cape: 'Capeland',
  };
  const marks = [
    { stakeholder: 'north', value: 90, current: true },
    { stakeholder: 'south', value: 5, current: true },
    { stakeholder: 'east', value: 50, current: true },
    { stakeholder: 'west', value: 20, current: true },
    { stakeholder: 'isle', value: 60, current: true },
    { stakeholder: 'fen', min: 10, max: 20, current: true },
    { stakeholder: 'moor', value: 80, current: true },
    { stakeholder: 'dale', value: 40, current: true },
    { stakeholder: 'cape', value: 85, current: true },
    { stakeholder: 'north', value: 70, current: false },
    { stakeholder: 'east', value: 30, current: false },
    { stakeholder: 'west', value: 45, current: false },
    { stakeholder: 'isle', value: 20, current: false },
    { stakeholder: 'moor', value: 75, current: false },
  ];

  it('names the key gap, the lowest and highest of the rest and the largest move, then points to the table', () => {
    expect(spectrumSentence('Water rights', marks, stanceGap(marks), (id) => many[id]!)).toBe(
      'On water rights, the key gap is Northland–Southmark: 85 points apart, at opposite ends; of the 7 other sides, Fenland sits lowest (between 10 and 20, a range) and Capeland highest (at 85). A range marks a stance the sources only bound. 5 sides moved on the scale since their previous stances, Isle the most (40 points up). The chart’s table lists every side.',
    );
  });

  it('with four others and four moves, still names each one', () => {
    const four = marks.filter((m) => !['fen', 'cape', 'moor'].includes(m.stakeholder));
    expect(spectrumSentence('Water rights', four, stanceGap(four), (id) => many[id]!)).toBe(
      'On water rights, the key gap is Northland–Southmark: 85 points apart, at opposite ends; Eastvale sits at 50, Westmoor sits at 20, Isle sits at 60 and Dale sits at 40. Northland moved 20 points up, Eastvale moved 20 points up, Westmoor moved 25 points down and Isle moved 40 points up the scale since their previous stances.',
    );
  });
});

describe('timeline sentence', () => {
  const statements = [
    { id: 'a', stakeholder: 'north', date: '2031-03-02', dateApprox: false },
    { id: 'b', stakeholder: 'south', date: '2031-03-02', dateApprox: true },
    { id: 'c', stakeholder: 'south', date: '2031-03-02', dateApprox: false },
    { id: 'd', stakeholder: 'east', date: '2031-01', dateApprox: true },
  ];

  it('groups by date and side, oldest first', () => {
    const points = timelinePoints(statements, ['north', 'south', 'east']);
    expect(points.map((p) => [p.date, p.stakeholder, p.count])).toEqual([
      ['2031-01', 'east', 1],
      ['2031-03-02', 'north', 1],
      ['2031-03-02', 'south', 2],
    ]);
  });

  it('counts, spans and names the busiest date with its approximate share', () => {
    const points = timelinePoints(statements, ['north', 'south', 'east']);
    expect(timelineSentence(points, ' on water rights')).toBe(
      '4 statements on water rights from c. Jan 2031 to 2 Mar 2031; the busiest date is 2 Mar 2031, with 3 (1 of them dated only approximately).',
    );
    expect(timelineSentence(timelinePoints(statements.slice(0, 1), ['north']))).toBe(
      '1 statement, all dated 2 Mar 2031.',
    );
    expect(timelineSentence([])).toBe('No statements in the data.');
  });
});
