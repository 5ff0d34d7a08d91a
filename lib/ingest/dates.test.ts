import { describe, expect, it } from 'vitest';
import { findPublished, saidOn } from './dates';

// 2031-03-05 is a Wednesday.
const published = '2031-03-05';

describe('when a statement was made', () => {
  it('resolves weekdays, yesterday and today against the publication date', () => {
    expect(saidOn('the minister said on Monday', published)).toEqual({ date: '2031-03-03', approx: false });
    expect(saidOn('she told reporters on Wednesday', published)).toEqual({ date: '2031-03-05', approx: false });
    expect(saidOn('he said yesterday', published)).toEqual({ date: '2031-03-04', approx: false });
    expect(saidOn('officials said today', published)).toEqual({ date: '2031-03-05', approx: false });
  });

  it('reads calendar dates in either order, taking the year that puts them before publication', () => {
    expect(saidOn('she wrote on March 2', published)).toEqual({ date: '2031-03-02', approx: false });
    expect(saidOn('in a speech on 28 February', published)).toEqual({ date: '2031-02-28', approx: false });
    expect(saidOn('he said on December 30', published)).toEqual({ date: '2030-12-30', approx: false });
  });

  it('marks vague spans approximate, and knows nothing without a publication date', () => {
    expect(saidOn('said last week', published)).toMatchObject({ approx: true });
    expect(saidOn('said on Monday', undefined)).toEqual({ date: null, approx: true });
    expect(saidOn('said the minister', published)).toBeUndefined();
  });

  it('does not take a deadline for the day something was said', () => {
    expect(saidOn('by the March 8 deadline', published)).toBeUndefined();
  });

  it('finds the publication date in a dateline or a published line', () => {
    expect(findPublished(['Headline', 'VELMORA, March 4, 2031 (Northwire) - The minister'])).toBe('2031-03-04');
    expect(findPublished(['Published 2 November 2031'])).toBe('2031-11-02');
    expect(findPublished(['No date here'])).toBeUndefined();
  });
});
