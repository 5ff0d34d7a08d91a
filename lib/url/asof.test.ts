import { describe, expect, it } from 'vitest';
import { asOfNotice, computedDay, readAsOf, withParam } from '.';

const range = { first: '2031-01-05', last: '2031-04-01' };

describe('readAsOf', () => {
  it('reads no date, or the data’s own day, as the latest state', () => {
    expect(readAsOf(null, range)).toEqual({ status: 'latest' });
    expect(readAsOf('', range)).toEqual({ status: 'latest' });
    expect(readAsOf('2031-04-01', range)).toEqual({ status: 'latest' });
  });

  it('computes a day within the data, and an empty view before the first statement', () => {
    expect(readAsOf('2031-02-10', range)).toEqual({ status: 'asof', day: '2031-02-10' });
    expect(readAsOf('2031-01-05', range)).toEqual({ status: 'asof', day: '2031-01-05' });
    expect(readAsOf('2030-12-31', range)).toEqual({ status: 'before', day: '2030-12-31' });
    expect(computedDay(readAsOf('2030-12-31', range))).toBe('2030-12-31');
  });

  it('says plainly when the date is not a date, or after the data', () => {
    expect(readAsOf('2031-02-30', range)).toEqual({ status: 'invalid', value: '2031-02-30' });
    expect(readAsOf('yesterday', range).status).toBe('invalid');
    expect(computedDay(readAsOf('2031-02-30', range))).toBeUndefined();
    expect(asOfNotice(readAsOf('2031-02-30', range), range)).toMatch(/2031-02-30, which is not a calendar date/);
    expect(asOfNotice(readAsOf('2031-05-01', range), range)).toBe(
      '1 May 2031 is after the data’s last day, 1 Apr 2031: showing the latest positions.',
    );
    expect(asOfNotice(readAsOf('2030-12-31', range), range)).toMatch(/^Nothing on record by the end of 31 Dec 2030/);
  });

  it('names the day and says it is not the latest', () => {
    expect(asOfNotice(readAsOf('2031-02-10', range), range)).toBe(
      'Showing the positions as they stood at the end of 10 Feb 2031 — not the latest (1 Apr 2031).',
    );
    expect(asOfNotice({ status: 'latest' }, range)).toBeUndefined();
  });
});

it('sets one parameter and keeps the others', () => {
  expect(withParam('?cell=north.port&since=2031-03-01', 'asof', '2031-02-10')).toBe(
    'cell=north.port&since=2031-03-01&asof=2031-02-10',
  );
  expect(withParam('asof=2031-02-10&cell=north.port', 'asof', undefined)).toBe('cell=north.port');
});
