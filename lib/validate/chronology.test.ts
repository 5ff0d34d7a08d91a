import { describe, expect, it } from 'vitest';
import { demand, linesAfter, position, statement } from './fixture';

describe('chronology rules', () => {
  it('a response resting only on statements made before the demand is an error (20 Jan vs 10 Feb)', () => {
    const { errors } = linesAfter(
      (d) => (demand(d, 'southmark-pier-first').responses[0]!.statements = ['brell-pier-jan']),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /demands\[0\] .*\.responses\[0\]\.statements — every statement of northland's response \("brell-pier-jan" 2031-01-20\) was made before the demand was first stated \(2031-02-10/,
      ),
    );
  });

  it('an approximate date near the demand is a warning naming the order as uncertain, not silence', () => {
    const { errors, warnings } = linesAfter((d) => {
      demand(d, 'southmark-pier-first').responses[0]!.statements = ['brell-pier-jan'];
      Object.assign(statement(d, 'brell-pier-jan'), { date: '2031-02-08', dateApprox: true });
      d.sources.find((s) => s.id === 'gazette-talks-open')!.published = '2031-02-20';
    });
    expect(errors.filter((l) => l.includes('first stated'))).toEqual([]);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^WARNING data\/demands\.json: demands\[0\] .*\.responses\[0\]\.statements — order uncertain: northland's response .* may have come before the demand was first stated/,
      ),
    );
  });

  it('explicit bounds decide what the default window leaves open', () => {
    const { errors, warnings } = linesAfter((d) => {
      demand(d, 'southmark-pier-first').responses[0]!.statements = ['brell-pier-jan'];
      Object.assign(statement(d, 'brell-pier-jan'), { date: '2031-02-12', dateApprox: true, notBefore: '2031-02-11' });
      d.sources.find((s) => s.id === 'gazette-talks-open')!.published = '2031-02-20';
    });
    expect([...errors, ...warnings].filter((l) => l.includes('first stated'))).toEqual([]);
  });

  it('a position citing a statement certainly after it is an error; possibly after, a warning', () => {
    const later = linesAfter((d) => position(d, 'northland-pier-jan').statements.push('brell-pier-mar'));
    expect(later.errors).toContainEqual(
      expect.stringMatching(
        /\.statements\[1\] — statement "brell-pier-mar" \(2031-03-15\) is later than the position's asOf date 2031-01-20/,
      ),
    );
    // Approximate (19 Jan), and its source's date approximate too: it may have been said a week later.
    const maybe = linesAfter((d) => {
      Object.assign(statement(d, 'brell-pier-jan'), { dateApprox: true, date: '2031-01-19' });
      d.sources.find((s) => s.id === 'gazette-talks-open')!.publishedApprox = true;
    });
    expect(maybe.errors).toEqual([]);
    expect(maybe.warnings).toContainEqual(
      expect.stringMatching(
        /positions\[0\] .*\.statements\[0\] — order uncertain: statement "brell-pier-jan" .* may be later than the position's asOf date 2031-01-20/,
      ),
    );
    // Dated the same approximate day as the position, it dates the position: nothing to warn about.
    const same = linesAfter((d) => {
      Object.assign(statement(d, 'brell-pier-jan'), { dateApprox: true });
      d.sources.find((s) => s.id === 'gazette-talks-open')!.publishedApprox = true;
    });
    expect(same.warnings.filter((l) => l.includes('positions.json'))).toEqual([]);
  });

  it("a demand's end before its first statement or before the statement that shows it; its evidence after the end", () => {
    const { errors } = linesAfter((d) => {
      demand(d, 'southmark-pier-first').status!.date = '2031-02-01';
    });
    expect(errors).toContainEqual(
      expect.stringMatching(/\.status\.date — 2031-02-01 is before statement "varro-pier-mar" \(2031-03-20\)/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/\.status\.date — 2031-02-01 is before the demand was first stated \(2031-02-10/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /\.statements\[0\] — statement "varro-pier-feb" \(2031-02-10\) is dated after the demand was withdrawn/,
      ),
    );
  });

  it('a record dated after the dataset', () => {
    const { errors } = linesAfter((d) => (statement(d, 'varro-pier-apr').date = '2031-05-02'));
    expect(errors).toContainEqual(
      expect.stringMatching(/\.date — 2031-05-02 is after the dataset's as-of date 2031-04-30/),
    );
  });
});
