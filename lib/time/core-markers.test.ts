import { describe, expect, it } from 'vitest';
import type { Position } from '../schema';
import { cellMarkers, defaultSince } from './core';
import { changeWords, staleWords } from './words';

// Hand-built positions of fictional sides; the expected markers are worked out by hand below.
const position = (id: string, asOf: string, value: number | undefined, summary = 'Holds the line.'): Position => ({
  id,
  stakeholder: id.split('-')[0]!,
  issue: 'port',
  asOf,
  summary,
  ...(value === undefined ? {} : { stance: { value, rationale: 'Fictional.' } }),
  statements: [`st-${id}`],
  conflicts: [],
});

const positions = [
  position('north-1', '2031-02-10', 10),
  position('north-2', '2031-03-20', 70),
  position('south-1', '2031-01-05', 50),
  position('east-1', '2031-02-01', 40),
  position('east-2', '2031-03-25', 40),
  position('west-1', '2031-02-01', 40),
  position('west-2', '2031-03-25', 40, 'Holds the line, with a new condition.'),
  position('fresh-1', '2031-03-30', 20),
];
const window = { asOf: '2031-04-01', since: '2031-03-01', staleAfterDays: 60 };

describe('cellMarkers', () => {
  const markers = cellMarkers(positions, window);

  it('marks a moved stance with the stance that stood at the since day and its date', () => {
    expect(markers.get('north.port')?.change).toEqual({
      kind: 'moved',
      by: 60,
      earlier: { id: 'north-1', asOf: '2031-02-10', stance: { value: 10, rationale: 'Fictional.' } },
    });
    expect(changeWords(markers.get('north.port')!.change!).text).toBe('was 10/100 on 10 Feb 2031');
    expect(changeWords(markers.get('north.port')!.change!).glyph).toBe('▲');
  });

  it('flags a position older than the window relative to the view day, with its age', () => {
    // 5 Jan → 1 Apr 2031 is 86 days.
    expect(markers.get('south.port')).toEqual({ stale: { age: 86 } });
    expect(staleWords({ age: 86 }).text).toBe('stated 86 days before this view');
  });

  it('does not mark a restatement, and marks a rewording', () => {
    expect(markers.has('east.port')).toBe(false);
    expect(markers.get('west.port')?.change?.kind).toBe('reworded');
  });

  it('marks a side’s first stance inside the window as placed on the scale (◇), with nothing earlier', () => {
    // fresh-1 (30 Mar, 20) is fresh's only position, after the since day (1 Mar): newly placed.
    expect(markers.get('fresh.port')).toEqual({ change: { kind: 'placed' } });
    expect(changeWords(markers.get('fresh.port')!.change!)).toMatchObject({
      glyph: '◇',
      how: 'now placed on the scale',
      text: 'first stance on record',
      spoken: 'Changed: now placed on the scale; first stance on record',
    });
    // A first position with no stance is not placed on the scale: no marker.
    const unplaced = cellMarkers([position('quiet-1', '2031-03-30', undefined)], window);
    expect(unplaced.has('quiet.port')).toBe(false);
    // A first stance restated inside the window is still newly placed.
    const twice = cellMarkers([position('twice-1', '2031-03-05', 30), position('twice-2', '2031-03-28', 30)], window);
    expect(twice.get('twice.port')).toEqual({ change: { kind: 'placed' } });
  });

  it('ignores positions dated after the view day', () => {
    const earlier = cellMarkers(positions, { asOf: '2031-03-10', since: '2031-02-01', staleAfterDays: 60 });
    // As of 10 Mar north's position is the 10 Feb one (10), stated after 1 Feb: its first stance, placed.
    expect(earlier.get('north.port')).toEqual({ change: { kind: 'placed' } });
    // 5 Jan → 10 Mar is 64 days.
    expect(earlier.get('south.port')?.stale?.age).toBe(64);
  });

  it('ages a partial date from its last possible day, and says at least', () => {
    const may = [position('mid-1', '2031-01', 30)];
    // 31 Jan → 1 Apr 2031 is 60 days: not past a 60-day window, though 1 Jan would be.
    expect(cellMarkers(may, window).has('mid.port')).toBe(false);
    const later = cellMarkers(may, { ...window, asOf: '2031-04-11' }).get('mid.port')?.stale;
    expect(later).toEqual({ age: 70, atLeast: true });
    expect(staleWords(later!).text).toBe('stated at least 70 days before this view');
  });

  it('defaults to the 30 days before the view day', () => {
    expect(defaultSince('2031-04-01')).toBe('2031-03-02');
  });

  it('says a move down and a partial earlier date in words', () => {
    const down = changeWords({ kind: 'moved', by: -25, earlier: { id: 'x', asOf: '2031-02', stance: { value: 75 } } });
    expect(down).toMatchObject({ glyph: '▼', text: 'was 75/100 in Feb 2031' });
    expect(down.spoken).toMatch(/moved 25 points down/);
  });
});
