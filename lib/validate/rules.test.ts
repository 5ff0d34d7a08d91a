/**
 * The rule families not tested in their own file — identity, references, verbatim, quotation marks
 * and the report's grouping — on the fictional fixture (./fixture.ts): one broken thing each, and
 * the problem line that must name the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { checkDataset, crossCheck, formatProblem, summariseProblems } from '.';
import { linesAfter, position, statement, validatorFixture } from './fixture';

const errorsAfter = (breakIt: Parameters<typeof linesAfter>[0]) => linesAfter(breakIt).errors;

describe('identity', () => {
  it('duplicate ids, abbreviations, and two positions of one side on one issue and date', () => {
    const lines = errorsAfter((d) => {
      d.statements.push({ ...d.statements[0]! });
      d.stakeholders[1]!.abbreviation = 'NL';
      d.positions.push({ ...position(d, 'northland-pier-jan'), id: 'copy' });
    });
    expect(lines).toContainEqual(
      expect.stringMatching(/^data\/statements\.json: statements\[\d+\] \(id "brell-pier-jan"\)\.id — duplicate id/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /stakeholders\[1\] \(id "southmark"\)\.abbreviation — "NL" is already the abbreviation of "northland"/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /positions\[\d+\] \(id "copy"\)\.asOf — "northland-pier-jan" already states northland's position on pier as of 2031-01-20/,
      ),
    );
  });
});

describe('references', () => {
  it('unknown stakeholder, actor, source, issue, statement', () => {
    const lines = errorsAfter((d) => {
      d.actors[0]!.stakeholder = 'atlantis';
      statement(d, 'osk-pier-jan').actor = 'nobody';
      statement(d, 'varro-pier-feb').source = 'nowhere';
      statement(d, 'varro-pier-apr').issues = ['weather'];
      position(d, 'southmark-pier-feb').statements.push('ghost');
      d.events[0]!.issues = ['teritory'];
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^data\/actors\.json: actors\[0\] \(id "ada-brell"\)\.stakeholder — unknown stakeholder "atlantis": no record with that id in data\/stakeholders\.json/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/\(id "osk-pier-jan"\)\.actor — unknown actor "nobody"/));
    expect(lines).toContainEqual(expect.stringMatching(/\(id "varro-pier-feb"\)\.source — unknown source "nowhere"/));
    expect(lines).toContainEqual(
      expect.stringMatching(/\(id "varro-pier-apr"\)\.issues\[0\] — unknown issue "weather"/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/\(id "southmark-pier-feb"\)\.statements\[1\] — unknown statement "ghost"/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^data\/events\.json: events\[0\] .*\.issues\[0\] — unknown issue "teritory"/),
    );
  });
});

describe('verbatim', () => {
  it('a quote not in the source says where it parts from it; a passage; a quote outside its passage; an event passage', () => {
    const lines = errorsAfter((d) => {
      statement(d, 'brell-pier-jan').quotes = ['the north pier stays ours, and that is not for discussion.'];
      statement(d, 'varro-pier-feb').passage += ' And then some.';
      statement(d, 'brell-format-mar').quotes.push(statement(d, 'brell-pier-mar').quotes[0]!);
      d.events[0]!.passage = 'Something the article never says.';
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /\(id "brell-pier-jan"\)\.quotes\[0\] — quote not found verbatim in the text of source "gazette-talks-open": .* they part .*Likely cause: a word dropped: the source has "up" here/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/\(id "varro-pier-feb"\)\.passage — passage not found verbatim/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /\(id "brell-format-mar"\)\.quotes\[1\] — quote is in the source but not inside this statement's passage/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^data\/events\.json: events\[0\] .*\.passage — passage not found verbatim/),
    );
  });
});

describe('quotation marks', () => {
  it('words in marks that no cited statement quotes, in every text we write', () => {
    const lines = errorsAfter((d) => {
      statement(d, 'brell-pier-jan').summary = 'Brell said the talks were "a complete success".';
      const p = position(d, 'northland-pier-mar');
      p.summary = 'Wants “joint running”.';
      p.stance!.rationale = 'Near «the midpoint».';
      d.demands[0]!.text = 'A "deal"';
      d.demands[0]!.responses[0]!.rationale = 'Said "maybe".';
      d.events[0]!.label = 'Talks "open"';
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /\(id "brell-pier-jan"\)\.summary — puts "a complete success" in quotation marks, but those words are not in the statement's own quotes/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /\(id "northland-pier-mar"\)\.summary — puts "joint running" in quotation marks, but those words are not in the quotes of the statement it cites \(brell-pier-mar\)/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/\.stance\.rationale — puts "the midpoint" in quotation marks/));
    expect(lines).toContainEqual(expect.stringMatching(/demands\[0\] .*\.text — puts "deal" in quotation marks/));
    expect(lines).toContainEqual(
      expect.stringMatching(/\.responses\[0\]\.rationale — puts "maybe" in quotation marks/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /events\[0\] .*\.label — puts "open" in quotation marks, but those words are not in its passage/,
      ),
    );
  });

  it("a speaker's words in any marks pass; an unpaired mark does not", () => {
    const fine = linesAfter((d) => {
      position(d, 'northland-pier-jan').summary = 'Brell: “the north pier stays ours” and «not up for discussion».';
    });
    expect(fine.errors).toEqual([]);
    const unpaired = errorsAfter(
      (d) => (position(d, 'northland-pier-jan').summary = 'Brell said “the north pier stays ours.'),
    );
    expect(unpaired).toContainEqual(
      expect.stringMatching(/\.summary — has a quotation mark that is never closed or closes nothing/),
    );
  });
});

describe('the report', () => {
  it('a problem repeated across records is one line with its count and the records; a single one keeps its line', () => {
    const data = validatorFixture();
    data.statements.forEach((s) => (s.date = '2031-06-01'));
    const problems = crossCheck(data);
    const dated = summariseProblems(problems).filter(
      (l) => l.startsWith('data/statements.json') && l.includes('as-of date'),
    );
    expect(dated).toEqual([
      expect.stringMatching(
        /^data\/statements\.json: 8 records dated after the dataset's as-of date 2031-04-30 \(dataset\.json\): statements\[0\] \(id "brell-pier-jan"\)\.date \(2031-06-01\); .*statements\[7\] \(id "gazette-pier-jan"\)\.date \(2031-06-01\)$/,
      ),
    ]);
    expect(summariseProblems([problems[0]!])).toEqual([formatProblem(problems[0]!)]);
  });

  it('warnings are kept apart from errors and read WARNING', () => {
    const data = validatorFixture();
    Object.assign(data.statements[0]!, { dateApprox: true, date: '2031-01-19' });
    data.sources[0]!.publishedApprox = true;
    const { errors, warnings } = checkDataset(data);
    expect(errors).toEqual([]);
    expect(summariseProblems(warnings)).toEqual([
      expect.stringMatching(/^WARNING data\/positions\.json: positions\[0\]/),
    ]);
  });
});
