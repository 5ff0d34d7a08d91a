/**
 * One broken fixture per cross-file rule: the real data/ with one thing broken, and the problem
 * line that must name the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { crossCheck, formatProblem, summariseProblems, type RawDataset } from '.';
import { seedData } from '../seed-data';

function problemsAfter(breakIt: (data: RawDataset) => void): string[] {
  const data = structuredClone(seedData());
  breakIt(data);
  return crossCheck(data).map(formatProblem);
}

describe('cross-file rules', () => {
  it('the real data folder passes them all', () => {
    expect(crossCheck(seedData()).map(formatProblem)).toEqual([]);
  });

  it('duplicate ids', () => {
    const lines = problemsAfter((d) => d.statements.push({ ...d.statements[0]! }));
    expect(lines).toContainEqual(
      expect.stringMatching(/^data\/statements\.json: statements\[\d+\] \(id "[^"]+"\)\.id — duplicate id/),
    );
  });

  it('an actor of an unknown stakeholder', () => {
    const lines = problemsAfter((d) => (d.actors[0]!.stakeholder = 'atlantis'));
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^data\/actors\.json: actors\[0\] \(id "[^"]+"\)\.stakeholder — unknown stakeholder "atlantis"/,
      ),
    );
  });

  it('a statement of an unknown actor, source or issue', () => {
    const lines = problemsAfter((d) => {
      d.statements[0]!.actor = 'nobody';
      d.statements[1]!.source = 'nowhere';
      d.statements[2]!.issues = ['weather'];
    });
    expect(lines).toContainEqual(expect.stringMatching(/statements\[0\] .*\.actor — unknown actor "nobody"/));
    expect(lines).toContainEqual(expect.stringMatching(/statements\[1\] .*\.source — unknown source "nowhere"/));
    expect(lines).toContainEqual(expect.stringMatching(/statements\[2\] .*\.issues\[0\] — unknown issue "weather"/));
  });

  it('a quote that is not verbatim in its source', () => {
    const lines = problemsAfter((d) => {
      const s = d.statements.find((x) => x.quotes.length > 0)!;
      s.quotes[0] = s.quotes[0]!.replace(/\w+/, 'Honestly');
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^data\/statements\.json: statements\[\d+\] \(id "[^"]+"\)\.quotes\[0\] — quote not found verbatim/,
      ),
    );
  });

  it('a passage that is not verbatim in its source', () => {
    const lines = problemsAfter((d) => (d.statements[3]!.passage += ' And then some.'));
    expect(lines).toContainEqual(expect.stringMatching(/statements\[3\] .*\.passage — passage not found verbatim/));
  });

  it('a quote outside its statement’s passage', () => {
    const lines = problemsAfter((d) => {
      const [a, b] = d.statements.filter((x) => x.quotes.length > 0 && x.source === d.statements[0]!.source);
      a!.quotes.push(b!.quotes[0]!);
    });
    expect(lines).toContainEqual(
      expect.stringMatching(/\.quotes\[\d\] — quote is in the source but not inside this statement's passage/),
    );
  });

  it('a statement dated after the dataset', () => {
    const lines = problemsAfter((d) => (d.statements[0]!.date = '2031-01-01'));
    expect(lines).toContainEqual(
      expect.stringMatching(/statements\[0\] .*\.date — 2031-01-01 is after the dataset's as-of date/),
    );
  });

  it('a position that cites no statement of its own side', () => {
    const lines = problemsAfter((d) => {
      const p = d.positions.find((x) => x.stakeholder === 'russia')!;
      const other = d.statements.find((s) => s.actor === 'zelenskyy')!;
      other.issues.push(p.issue);
      p.statements = [other.id];
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^data\/positions\.json: positions\[\d+\] \(id "russia-[^"]+"\)\.statements — cites no statement by russia itself/,
      ),
    );
  });

  it('a position citing a statement on another issue, or one made after it', () => {
    const lines = problemsAfter((d) => {
      const p = d.positions[0]!;
      const offIssue = d.statements.find((s) => !s.issues.includes(p.issue))!;
      p.statements.push(offIssue.id);
      const earlier = d.positions.find((x) => x.asOf < '2025-08')!;
      const later = d.statements.find((s) => s.date === '2025-08-07' && s.issues.includes(earlier.issue))!;
      earlier.statements.push(later.id);
    });
    expect(lines).toContainEqual(
      expect.stringMatching(/positions\[0\] .*\.statements\[\d+\] — statement "[^"]+" does not bear on issue/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /\.statements\[\d+\] — statement "[^"]+" \(2025-08-07\) is later than the position's asOf date/,
      ),
    );
  });

  it('two positions of one side on one issue on the same date', () => {
    const lines = problemsAfter((d) => d.positions.push({ ...d.positions[0]!, id: 'copy' }));
    expect(lines).toContainEqual(expect.stringMatching(/positions\[\d+\] \(id "copy"\)\.asOf — ".+" already states/));
  });

  it('a conflict naming another side’s statement', () => {
    const lines = problemsAfter((d) => {
      const p = d.positions.find((x) => x.conflicts.length > 0)!;
      p.conflicts[0]!.statements.push(d.statements.find((s) => s.actor === 'putin')!.id);
    });
    expect(lines).toContainEqual(
      expect.stringMatching(/\.conflicts\[0\]\.statements\[\d\] — statement "[^"]+" is not by united-states/),
    );
  });

  it('a demand with no statement of its own side, and a response by the demanding side', () => {
    const lines = problemsAfter((d) => {
      const demand = d.demands.find((x) => x.stakeholder === 'russia' && x.responses.length > 0)!;
      demand.statements = [d.statements.find((s) => s.actor === 'kyiv')!.id];
      demand.responses[0]!.stakeholder = 'russia';
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^data\/demands\.json: demands\[\d+\] .*\.statements — cites no statement by russia itself/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/\.responses\[0\]\.stakeholder — a side cannot respond to its own demand/),
    );
  });

  it('a response that does not rest on the responding side’s words', () => {
    const lines = problemsAfter((d) => {
      const demand = d.demands.find((x) => x.responses.length > 0)!;
      demand.responses[0]!.statements = demand.statements;
    });
    expect(lines).toContainEqual(expect.stringMatching(/\.responses\[0\]\.statements — cites no statement by/));
  });

  describe('dated demands and responses', () => {
    const demandOf = (d: RawDataset, id: string) => d.demands.find((x) => x.id === id)!;
    const statementOf = (d: RawDataset, id: string) => d.statements.find((x) => x.id === id)!;
    const predates =
      /\.responses\[\d\]\.statements — every statement of united-states's response \("rubio-fox-trilateral" 2025-08-06\) was made before the demand was first stated \(2025-08-07, statement "zelenskyy-trilateral"\).*record it instead as a prior position of united-states on summit-format/;
    // Zelenskyy's demand for a three-way summit is first stated on 7 Aug (an exact date); Rubio spoke on 6 Aug.
    const answerWithRubio = (d: RawDataset) => {
      demandOf(d, 'ukraine-trilateral-summit').responses.find((r) => r.stakeholder === 'united-states')!.statements = [
        'rubio-fox-trilateral',
      ];
    };

    it('a response whose statements all certainly came before the demand is rejected, pointing to a prior position', () => {
      expect(problemsAfter(answerWithRubio)).toContainEqual(expect.stringMatching(predates));
    });

    it('an approximate or month-only date is uncertain, not early', () => {
      const approx = problemsAfter((d) => {
        answerWithRubio(d);
        statementOf(d, 'rubio-fox-trilateral').dateApprox = true;
      });
      expect(approx.filter((l) => l.includes('before the demand was first stated'))).toEqual([]);
      const monthOnly = problemsAfter((d) => {
        answerWithRubio(d);
        statementOf(d, 'rubio-fox-trilateral').date = '2025-08';
      });
      expect(monthOnly.filter((l) => l.includes('before the demand was first stated'))).toEqual([]);
      // The demand's own date approximate: it may have been stated earlier, so nothing is certain either.
      const demandApprox = problemsAfter((d) => {
        answerWithRubio(d);
        statementOf(d, 'zelenskyy-trilateral').dateApprox = true;
      });
      expect(demandApprox.filter((l) => l.includes('before the demand was first stated'))).toEqual([]);
    });

    const withdrawn = (date: string, statements: string[]) => ({
      state: 'withdrawn' as const,
      date,
      statements,
      note: 'The side no longer asks for it.',
    });

    it('a sound status passes', () => {
      const data = structuredClone(seedData());
      demandOf(data, 'russia-bilateral-first').status = withdrawn('2025-08-07', ['putin-zelenskyy-conditions']);
      expect(crossCheck(data).map(formatProblem)).toEqual([]);
    });

    it('a status citing an unknown statement, or one on another issue', () => {
      const lines = problemsAfter(
        (d) =>
          (demandOf(d, 'russia-bilateral-first').status = withdrawn('2025-08-07', [
            'nothing',
            'rubio-sanctions-decision',
          ])),
      );
      expect(lines).toContainEqual(
        expect.stringMatching(
          /^data\/demands\.json: demands\[4\] \(id "russia-bilateral-first"\)\.status\.statements\[0\] — unknown statement "nothing"/,
        ),
      );
      expect(lines).toContainEqual(
        expect.stringMatching(
          /\.status\.statements\[1\] — statement "rubio-sanctions-decision" does not bear on issue "summit-format"/,
        ),
      );
    });

    it('a status dated before the demand was first stated, or after the dataset', () => {
      const before = problemsAfter(
        (d) => (demandOf(d, 'russia-bilateral-first').status = withdrawn('2025-08-06', ['rubio-fox-trilateral'])),
      );
      expect(before).toContainEqual(
        expect.stringMatching(
          /\(id "russia-bilateral-first"\)\.status\.date — 2025-08-06 is before the demand was first stated \(2025-08-07/,
        ),
      );
      const after = problemsAfter(
        (d) => (demandOf(d, 'russia-bilateral-first').status = withdrawn('2025-08-09', ['putin-zelenskyy-conditions'])),
      );
      expect(after).toContainEqual(
        expect.stringMatching(/\.status\.date — 2025-08-09 is after the dataset's as-of date 2025-08-07/),
      );
    });

    it('a status dated before the statements that show it', () => {
      const lines = problemsAfter(
        (d) =>
          (demandOf(d, 'us-decision-on-sanctions').status = withdrawn('2025-08-06', ['rferl-sanctions-uncertain'])),
      );
      expect(lines).toContainEqual(
        expect.stringMatching(
          /\(id "us-decision-on-sanctions"\)\.status\.date — 2025-08-06 is before statement "rferl-sanctions-uncertain" \(2025-08-07\) that shows the demand ended: .*give 2025-08-07/,
        ),
      );
    });

    it('a demand resting on a statement made after it ended', () => {
      const lines = problemsAfter((d) => {
        statementOf(d, 'ushakov-bilateral-first').date = '2025-08-05';
        demandOf(d, 'russia-bilateral-first').status = withdrawn('2025-08-06', ['white-house-officials-condition']);
      });
      expect(lines).toContainEqual(
        expect.stringMatching(
          /\(id "russia-bilateral-first"\)\.statements\[1\] — statement "putin-meet-trump-next-week" \(2025-08-07\) is dated after the demand was withdrawn \(status\.date 2025-08-06\)/,
        ),
      );
    });

    it('a superseded demand must name another existing demand of the same side', () => {
      const superseded = (by: string) => (d: RawDataset) =>
        (demandOf(d, 'russia-bilateral-first').status = {
          ...withdrawn('2025-08-07', ['putin-zelenskyy-conditions']),
          state: 'superseded',
          supersededBy: by,
        });
      expect(problemsAfter(superseded('no-such-demand'))).toContainEqual(
        expect.stringMatching(/\.status\.supersededBy — unknown demand "no-such-demand"/),
      );
      expect(problemsAfter(superseded('ukraine-trilateral-summit'))).toContainEqual(
        expect.stringMatching(/\.status\.supersededBy — demand "ukraine-trilateral-summit" is ukraine's, not russia's/),
      );
      expect(problemsAfter(superseded('russia-bilateral-first'))).toContainEqual(
        expect.stringMatching(/\.status\.supersededBy — a demand cannot supersede itself/),
      );
      const fine = structuredClone(seedData());
      superseded('russia-conditions-before-zelenskyy-meeting')(fine);
      expect(crossCheck(fine)).toEqual([]);
    });
  });

  it('an event whose passage is not in its source', () => {
    const lines = problemsAfter((d) => (d.events[0]!.passage = 'Something the article never says.'));
    expect(lines).toContainEqual(
      expect.stringMatching(/^data\/events\.json: events\[0\] .*\.passage — passage not found verbatim/),
    );
  });

  it('a quote that is not verbatim says where it parts from the source and why', () => {
    const lines = problemsAfter((d) => {
      const s = d.statements.find((x) => x.quotes.some((q) => q.includes(', of course,')))!;
      s.quotes = s.quotes.map((q) => q.replace(', of course,', ''));
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /quote not found verbatim .* the first \d+ characters match the source; at character \d+ of the quote \(source line \d+, column \d+\) they part — .*Likely cause: words dropped: the source has ", of course," here/,
      ),
    );
  });

  it('words in quotation marks in a summary, rationale, conflict or demand that no cited statement quotes', () => {
    const lines = problemsAfter((d) => {
      const quoted = d.statements.find((s) => s.quotes.length > 0)!;
      quoted.summary = 'Said the talks were "a complete success".';
      const position = d.positions.find((p) => p.stance && p.conflicts.length > 0)!;
      position.summary = 'Wants “bilateral first”.';
      position.stance!.rationale = 'Near «the midpoint».';
      position.conflicts[0]!.summary = 'One said „yes“, the other „no“.';
      const demand = d.demands.find((x) => x.responses.length > 0)!;
      demand.text = 'A "deal"';
      demand.responses[0]!.rationale = 'Said "maybe".';
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        /statements\[\d+\] .*\.summary — puts "a complete success" in quotation marks, but those words are not in the statement's own quotes/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/positions\[\d+\] .*\.summary — puts "bilateral first" in quotation marks/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/\.stance\.rationale — puts "the midpoint" in quotation marks/));
    expect(lines).toContainEqual(expect.stringMatching(/\.conflicts\[0\]\.summary — puts "yes" in quotation marks/));
    expect(lines).toContainEqual(expect.stringMatching(/demands\[\d+\] .*\.text — puts "deal" in quotation marks/));
    expect(lines).toContainEqual(
      expect.stringMatching(/\.responses\[0\]\.rationale — puts "maybe" in quotation marks/),
    );
  });

  it('words in quotation marks that a cited statement does quote pass, whatever the marks', () => {
    const data = structuredClone(seedData());
    const position = data.positions.find((p) =>
      p.statements.some((id) => data.statements.find((s) => s.id === id)!.quotes.length > 0),
    )!;
    const quote = data.statements.find((s) => position.statements.includes(s.id) && s.quotes.length > 0)!.quotes[0]!;
    const words = quote.split(' ').slice(0, 4).join(' ');
    position.summary = `Said “${words}” and «${words}».`;
    expect(crossCheck(data).map(formatProblem)).toEqual([]);
  });

  it('words in quotation marks in an event label must stand in its passage', () => {
    const lines = problemsAfter((d) => (d.events[0]!.label = 'Russia "annexes" Crimea'));
    expect(lines).toContainEqual(
      expect.stringMatching(
        /events\[0\] .*\.label — puts "annexes" in quotation marks, but those words are not in its passage/,
      ),
    );
    const fine = structuredClone(seedData());
    const words = fine.events[0]!.passage.split(' ').slice(0, 3).join(' ');
    fine.events[0]!.label = `“${words}”`;
    expect(crossCheck(fine)).toEqual([]);
  });

  it('an event after the as-of date must be a deadline or a planned event', () => {
    const lines = problemsAfter((d) =>
      d.events.push({ ...d.events[0]!, id: 'later', date: '2031-01-01', kind: 'happened' }),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /events\[\d+\] \(id "later"\)\.date — 2031-01-01 is after the dataset's as-of date .* give it "kind": "deadline" or "kind": "planned"/,
      ),
    );
    for (const kind of ['deadline', 'planned'] as const) {
      const ahead = structuredClone(seedData());
      ahead.events.push({ ...ahead.events[0]!, id: 'later', date: '2031-01-01', kind });
      expect(crossCheck(ahead)).toEqual([]);
    }
  });

  it('a problem repeated across records is reported once, with its count and the records', () => {
    const data = structuredClone(seedData());
    data.statements.slice(0, 12).forEach((s) => (s.date = '2031-01-01'));
    const problems = crossCheck(data);
    const lines = summariseProblems(problems);
    const dated = lines.filter((l) => l.startsWith('data/statements.json') && l.includes('as-of date'));
    expect(dated).toHaveLength(1);
    expect(dated[0]).toMatch(
      /^data\/statements\.json: 12 records dated after the dataset's as-of date 2025-08-07 \(dataset\.json\): statements\[0\] \(id "[^"]+"\)\.date \(2031-01-01\); /,
    );
    expect(dated[0]).toMatch(/; and 4 more$/);
    expect(lines.length).toBeLessThan(problems.length);
    // A problem that occurs once keeps its one-line form.
    expect(summariseProblems([problems[0]!])).toEqual([formatProblem(problems[0]!)]);
  });

  it('the same message in several records is one line too', () => {
    const data = structuredClone(seedData());
    data.statements.slice(0, 3).forEach((s) => (s.actor = 'nobody'));
    const lines = summariseProblems(crossCheck(data)).filter((l) => l.includes('unknown actor'));
    expect(lines).toEqual([
      expect.stringMatching(
        /^data\/statements\.json: 3 records — unknown actor "nobody": no record with that id in data\/actors\.json: statements\[0\] \(id "[^"]+"\)\.actor; statements\[1\]/,
      ),
    ]);
  });

  it('two stakeholders with one abbreviation', () => {
    const lines = problemsAfter((d) => (d.stakeholders[1]!.abbreviation = d.stakeholders[0]!.abbreviation));
    expect(lines).toContainEqual(
      expect.stringMatching(/stakeholders\[1\] .*\.abbreviation — "RU" is already the abbreviation/),
    );
  });
});
