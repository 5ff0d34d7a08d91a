import { describe, expect, it } from 'vitest';
import { APPROX_DAY_WINDOW, order, responseOrder, statementBounds } from './order';

const exact = (date: string) => ({ date, dateApprox: false });
const approx = (date: string, more = {}) => ({ date, dateApprox: true, ...more });

describe('date bounds', () => {
  it('an exact day is that day; a month spans its month, a year its year', () => {
    expect(statementBounds(exact('2031-02-10'))).toEqual({ notBefore: '2031-02-10', notAfter: '2031-02-10' });
    expect(statementBounds(exact('2031-02'))).toEqual({ notBefore: '2031-02-01', notAfter: '2031-02-28' });
    expect(statementBounds(exact('2032-02'))).toEqual({ notBefore: '2032-02-01', notAfter: '2032-02-29' });
    expect(statementBounds(approx('2031'))).toEqual({ notBefore: '2031-01-01', notAfter: '2031-12-31' });
  });

  it('an approximate day spans a week either side unless the data bounds it', () => {
    expect(APPROX_DAY_WINDOW).toBe(7);
    expect(statementBounds(approx('2031-03-01'))).toEqual({ notBefore: '2031-02-22', notAfter: '2031-03-08' });
    expect(statementBounds(approx('2031-03-01', { notBefore: '2031-02-27', notAfter: '2031-03-02' }))).toEqual({
      notBefore: '2031-02-27',
      notAfter: '2031-03-02',
    });
  });

  it("nothing is said after its source's exact publication date; an approximate one caps nothing", () => {
    const source = { published: '2031-03-03', publishedApprox: false };
    expect(statementBounds(approx('2031-03-01'), source).notAfter).toBe('2031-03-03');
    expect(statementBounds(exact('2031-03'), source).notAfter).toBe('2031-03-03');
    expect(statementBounds(approx('2031-03-01'), { ...source, publishedApprox: true }).notAfter).toBe('2031-03-08');
  });
});

describe('order', () => {
  const day = (d: string) => ({ notBefore: d, notAfter: d });
  it('before, not before (same day included), or uncertain where the bounds overlap', () => {
    expect(order(day('2031-02-09'), day('2031-02-10'))).toBe('before');
    expect(order(day('2031-02-10'), day('2031-02-10'))).toBe('not-before');
    expect(order({ notBefore: '2031-02-01', notAfter: '2031-02-28' }, day('2031-02-10'))).toBe('uncertain');
  });

  it("a response's order is its latest statement against the demand's earliest", () => {
    const statements = new Map([
      ['demand', { ...exact('2031-02-10'), source: 's' }],
      ['early', { ...exact('2031-01-20'), source: 's' }],
      ['late', { ...exact('2031-03-15'), source: 's' }],
      ['near', { ...approx('2031-02-08'), source: 's' }],
    ]);
    const lookup = { statement: (id: string) => statements.get(id) as never, source: () => undefined };
    const asked = { statements: ['demand'] };
    expect(responseOrder(asked, { statements: ['early'] }, lookup)).toBe('before');
    expect(responseOrder(asked, { statements: ['early', 'late'] }, lookup)).toBe('not-before');
    expect(responseOrder(asked, { statements: ['near'] }, lookup)).toBe('uncertain');
  });
});
