import { describe, expect, it } from 'vitest';
import { eventLabelGroups, timeDomain, timeTicks, timeWindows } from './time-axis';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const labels = (start: string, end: string, max?: number) => timeTicks(at(start), at(end), max).map((t) => t.label);

describe('time axis ticks', () => {
  it('marks every day of a short week, the year once', () => {
    expect(labels('2025-08-04', '2025-08-09')).toEqual(['4 Aug 2025', '5 Aug', '6 Aug', '7 Aug', '8 Aug', '9 Aug']);
  });

  it('steps by a week over a month', () => {
    expect(labels('2025-08-01', '2025-08-31')).toEqual(['1 Aug 2025', '8 Aug', '15 Aug', '22 Aug', '29 Aug']);
  });

  it('marks months over half a year, on the first of the month', () => {
    expect(labels('2025-01-15', '2025-06-20')).toEqual(['Feb 2025', 'Mar', 'Apr', 'May', 'Jun']);
  });

  it('writes the year again where it changes', () => {
    expect(labels('2024-11-01', '2025-02-01')).toEqual(['Nov 2024', 'Dec', 'Jan 2025', 'Feb']);
  });

  it('marks round years over a decade, never more ticks than asked', () => {
    expect(labels('2014-01-01', '2025-08-08')).toEqual(['2014', '2016', '2018', '2020', '2022', '2024']);
    expect(labels('1950-01-01', '2025-01-01', 5)).toEqual(['1960', '1980', '2000', '2020']);
  });
});

describe('time axis domain', () => {
  it('widens a single day to a week and pads the ends', () => {
    const [lo, hi] = timeDomain([at('2025-08-07')]);
    expect(hi - lo).toBeGreaterThan(7 * 86_400_000);
    expect(lo).toBeLessThan(at('2025-08-04'));
  });
});

describe('time windows and event labels', () => {
  it('offers the latest four weeks when the dates run over years', () => {
    const windows = timeWindows([at('2014-01-01'), at('2025-08-06'), at('2025-08-08')]);
    expect(windows.map((w) => w.label)).toEqual(['All dates', 'Latest dates, close up']);
    expect(windows[1]!.ticks.map((t) => t.label)).toEqual([
      '4 Aug 2025',
      '5 Aug',
      '6 Aug',
      '7 Aug',
      '8 Aug',
      '9 Aug',
      '10 Aug',
    ]);
    expect(timeWindows([at('2025-08-01'), at('2025-08-08')]).map((w) => w.label)).toEqual(['All dates']);
  });

  it('groups event labels that would overlap, and only those', () => {
    const xs = [at('2014-01-01'), at('2025-01-01'), at('2025-08-06'), at('2025-08-07'), at('2025-08-08')];
    expect(eventLabelGroups(xs, [at('2014-01-01'), at('2026-01-01')])).toEqual([[0], [1, 2, 3, 4]]);
    expect(eventLabelGroups(xs, [at('2025-08-01'), at('2025-08-11')])).toEqual([[0], [1], [2], [3], [4]]);
  });
});
