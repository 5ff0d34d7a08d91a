import { describe, expect, it } from 'vitest';
import { spreadWarning } from './date-spread';

// Hand-written dates and answers.
describe('spreadWarning', () => {
  it('warns when the dates are further apart than the window, naming the days and both ends', () => {
    expect(spreadWarning(['2031-03-15', '2031-01-20', '2031-04-25'], 60)).toBe(
      'These positions are up to 95 days apart (20 Jan 2031 to 25 Apr 2031), more than the dataset’s 60-day window: gaps between them may not reflect the same moment.',
    );
  });

  it('says nothing within the window, at its edge, or for a single position', () => {
    expect(spreadWarning(['2031-03-15', '2031-04-25'], 60)).toBeUndefined();
    expect(spreadWarning(['2031-01-01', '2031-03-02'], 60)).toBeUndefined(); // exactly 60 days
    expect(spreadWarning(['2031-01-01', '2031-03-03'], 60)).toMatch(/^These positions are up to 61 days apart/);
    expect(spreadWarning(['2031-01-20'], 60)).toBeUndefined();
    expect(spreadWarning([], 60)).toBeUndefined();
  });
});
