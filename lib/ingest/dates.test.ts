import { describe, expect, it } from 'vitest';
import { dateStatement, findPublished, saidOn } from './dates';

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

// Hand-worked answers. 2025-08-12 is a Tuesday; 2032-01-03 is a Saturday.
const at = (sentence: string, earlier = '', paragraph = sentence) => ({ sentence, paragraph, earlier });

describe('dating a statement (dateStatement)', () => {
  it('a day and month takes its year from the publication date', () => {
    expect(dateStatement(at('The envoy said on Aug. 9 that talks would go on.'), '2025-08-12')).toEqual({
      date: '2025-08-09',
      approx: false,
      note: null,
    });
  });

  it('across a year boundary: "Dec. 30" in an article of 3 January is the previous year', () => {
    expect(dateStatement(at('She spoke on Dec. 30 in the capital.'), '2032-01-03')).toMatchObject({
      date: '2031-12-30',
      approx: false,
    });
    expect(dateStatement(at('She spoke on 2 January.'), '2032-01-03')).toMatchObject({ date: '2032-01-02' });
  });

  it('"the day before" counts from the event the sentence names, not from publication', () => {
    expect(
      dateStatement(at('The day before the Aug. 9 summit, the minister said talks were stuck.'), '2025-08-12'),
    ).toEqual({ date: '2025-08-08', approx: false, note: null });
    expect(
      dateStatement(at('A day earlier, on the eve of the Aug. 9 summit, she said so.'), '2025-08-12'),
    ).toMatchObject({ date: '2025-08-08', approx: false });
    expect(dateStatement(at('Two days later than the Aug. 9 summit he said no.'), '2025-08-12')).toMatchObject({
      date: '2025-08-11',
    });
  });

  it('"the day before" with its event named in an earlier paragraph: counted from it, marked to check', () => {
    const reading = dateStatement(
      at('The day before, the governor said the plan was dead.', 'The leaders met in Velmora on Aug. 9.'),
      '2025-08-12',
    );
    expect(reading).toMatchObject({ date: '2025-08-08', approx: true });
    expect(reading.note).toContain('Aug. 9');
  });

  it('"last Tuesday" in an article published on a Tuesday is a week before; "on Tuesday" is that day', () => {
    expect(dateStatement(at('He said last Tuesday that it was over.'), '2025-08-12')).toMatchObject({
      date: '2025-08-05',
      approx: false,
    });
    expect(dateStatement(at('He said on Tuesday that it was over.'), '2025-08-12')).toMatchObject({
      date: '2025-08-12',
    });
  });

  it('a date inside the quotation marks is not when it was said', () => {
    expect(dateStatement(at('"We meet on Aug. 20," the envoy said.'), '2025-08-12')).toEqual({
      date: '2025-08-12',
      approx: true,
      note: 'the article does not date the remark; its publication date stands in',
    });
  });

  it('without a publication date, nothing is taken from the clock: the date is left unresolved, with why', () => {
    for (const sentence of [
      'The envoy said on Aug. 9 that talks would go on.',
      'He said yesterday that it was over.',
      'The envoy said talks would go on.',
    ]) {
      const reading = dateStatement(at(sentence), undefined);
      expect(reading.date, sentence).toBeNull();
      expect(reading.note, sentence).toContain('publication date');
    }
    // A date with its own year needs nothing else.
    expect(dateStatement(at('She said on 9 August 2025 that it was over.'), undefined)).toMatchObject({
      date: '2025-08-09',
      approx: false,
    });
  });
});
