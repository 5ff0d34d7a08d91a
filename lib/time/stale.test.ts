/** Staleness and date spread on the history fixture (window 60 days); answers worked out by hand. */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { matrixView } from '../reshape';
import { historyFixture } from '../seed-data';
import { rawAsOf } from './asof';
import { dateSpread, staleness } from './stale';

const raw = historyFixture();

/** The cells whose standing position is older than the window at the end of `day`. */
function staleCells(day: string): string[] {
  const view = matrixView(buildModel(rawAsOf(raw, day)));
  return view.rows.flatMap((row) =>
    row.cells
      .filter((c) => c.current && staleness(c.current.asOf, day, raw.dataset.staleAfterDays).stale)
      .map((c) => `${c.side.id}/${row.issue.id}`),
  );
}

describe('staleness (history fixture, 60-day window)', () => {
  it('the Observers’ range of 20 Jan is 100 days old on 30 Apr: stale; nothing else is', () => {
    expect(raw.dataset.staleAfterDays).toBe(60);
    expect(staleness('2031-01-20', '2031-04-30', 60)).toEqual({ age: 100, stale: true });
    expect(staleCells('2031-04-30')).toEqual(['observers/pier']);
  });

  it('60 days is not yet stale, 61 is: on 21 Mar the January positions are 60 days old', () => {
    expect(staleness('2031-01-20', '2031-03-21', 60)).toEqual({ age: 60, stale: false });
    expect(staleCells('2031-03-21')).toEqual([]);
    // On 22 Mar: Northland's January position was replaced on 15 Mar; the Observers' has not been.
    expect(staleCells('2031-03-22')).toEqual(['observers/pier']);
  });

  it('positions set side by side on the pier at 30 Apr are 95 days apart: wider than the window', () => {
    expect(dateSpread(['2031-03-15', '2031-04-25', '2031-01-20'], 60)).toEqual({
      earliest: '2031-01-20',
      latest: '2031-04-25',
      days: 95,
      wide: true,
    });
    expect(dateSpread(['2031-03-15', '2031-04-25'], 60)).toEqual({
      earliest: '2031-03-15',
      latest: '2031-04-25',
      days: 41,
      wide: false,
    });
    expect(dateSpread([], 60)).toBeUndefined();
  });
});
