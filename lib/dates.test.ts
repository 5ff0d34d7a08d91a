import { describe, expect, it } from 'vitest';
import { compareDates, formatDate } from './dates';

describe('partial dates', () => {
  it('print as precisely as they are known, marking approximate ones', () => {
    expect(formatDate('2025-08-07')).toBe('7 Aug 2025');
    expect(formatDate('2025-05', true)).toBe('c. May 2025');
    expect(formatDate('2014')).toBe('2014');
  });

  it('order by their first possible day', () => {
    expect(['2025-08-07', '2014', '2025-05'].sort(compareDates)).toEqual(['2014', '2025-05', '2025-08-07']);
  });
});
