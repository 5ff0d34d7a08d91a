import { describe, expect, it } from 'vitest';
import { demand, linesAfter, position } from './fixture';

describe('evidence rules', () => {
  it('the fixture passes them all', () => {
    expect(linesAfter(() => {})).toEqual({ errors: [], warnings: [] });
  });

  it("a position citing the source's own analysis is refused, naming the rule and the speaker", () => {
    const { errors } = linesAfter((d) => position(d, 'northland-pier-jan').statements.push('gazette-pier-jan'));
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^data\/positions\.json: positions\[0\] \(id "northland-pier-jan"\)\.statements\[1\] — statement "gazette-pier-jan" is by Harbour Gazette analysis \(the source's own analysis\), not by northland \(rule: own-side evidence\).*move "gazette-pier-jan" to context/,
      ),
    );
  });

  it("a demand or response citing another side's words is refused; with none of its own, it says so too", () => {
    const { errors } = linesAfter((d) => {
      demand(d, 'southmark-joint-board').statements.push('osk-pier-jan');
      demand(d, 'southmark-pier-first').responses[0]!.statements = ['varro-pier-mar'];
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /demands\[2\] .*\.statements\[1\] — statement "osk-pier-jan" is by Lena Osk \(Harbour Observers Group\), not by southmark \(rule: own-side evidence\)/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /\.responses\[0\]\.statements\[0\] — statement "varro-pier-mar" .*move .* to responses\[0\]\.context/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/\.responses\[0\]\.statements — cites no statement by northland: a response must rest/),
    );
  });

  it("an analyst's assessment by a party's own actor is not that party's evidence; an analysts' side may rest on one", () => {
    const { errors } = linesAfter((d) => {
      d.statements.find((s) => s.id === 'brell-pier-jan')!.evidence = 'analyst-assessment';
      d.statements.find((s) => s.id === 'osk-pier-jan')!.evidence = 'analyst-assessment';
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /positions\[0\] \(id "northland-pier-jan"\)\.statements\[0\] — statement "brell-pier-jan" is an analyst's assessment .*\(rule: own-side evidence\)/,
      ),
    );
    // The observers speak only in assessments: their own position on them stands.
    expect(errors.filter((l) => l.includes('observers-pier-jan'))).toEqual([]);
  });

  it('the same statement as context passes: context is shown, never counted', () => {
    const result = linesAfter((d) => {
      position(d, 'northland-pier-jan').context = ['gazette-pier-jan'];
      demand(d, 'southmark-joint-board').context = ['osk-pier-jan'];
      demand(d, 'southmark-pier-first').responses[0]!.context = ['varro-pier-mar'];
    });
    expect(result).toEqual({ errors: [], warnings: [] });
  });

  it('context naming an unknown statement, or one also cited as evidence', () => {
    const { errors } = linesAfter((d) => (position(d, 'northland-pier-jan').context = ['ghost', 'brell-pier-jan']));
    expect(errors).toContainEqual(expect.stringMatching(/\.context\[0\] — unknown statement "ghost"/));
    expect(errors).toContainEqual(
      expect.stringMatching(/\.context\[1\] — statement "brell-pier-jan" is cited both as evidence and as context/),
    );
  });

  it('evidence on another issue, and a conflict with another side', () => {
    const { errors } = linesAfter((d) => {
      position(d, 'northland-pier-mar').statements.push('brell-format-mar');
      position(d, 'northland-pier-mar').conflicts = [
        { statements: ['brell-pier-mar', 'varro-pier-apr'], summary: 'The two disagree.' },
      ];
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /\.statements\[1\] — statement "brell-format-mar" does not bear on issue "pier" \(its issues: [a-z-, ]+\): cite a statement about "pier", or add "pier" to the statement.s issues/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/\.conflicts\[0\]\.statements\[1\] — statement "varro-pier-apr" is not by northland/),
    );
  });

  it('a side answering its own demand, or twice', () => {
    const { errors } = linesAfter((d) => {
      const own = demand(d, 'southmark-pier-first');
      own.responses.push({ ...own.responses[0]! }, { ...own.responses[0]!, stakeholder: 'southmark' });
    });
    expect(errors).toContainEqual(
      expect.stringMatching(/\.responses\[1\]\.stakeholder — northland already has a response/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/\.responses\[2\]\.stakeholder — a side cannot respond to its own demand/),
    );
  });
});
