import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedData } from '../seed-data';
import { proposalsJsonSchema } from './schema';
import { validateProposals } from './validate';

const seedProposals = () => JSON.parse(fs.readFileSync('data/proposals.json', 'utf8'));
const messages = (
  mutate: (p: ReturnType<typeof seedProposals>) => void,
  mutateData: (d: ReturnType<typeof seedData>) => void = () => {},
) => {
  const raw = seedProposals();
  mutate(raw);
  const data = seedData();
  mutateData(data);
  return validateProposals(data, raw).problems.map((p) => `${p.path} — ${p.message}`);
};

describe('proposals.json validation', () => {
  it('accepts the seed proposals and a folder without the file', () => {
    expect(validateProposals(seedData(), seedProposals()).problems).toEqual([]);
    expect(validateProposals(seedData(), undefined).proposals?.proposals).toEqual([]);
  });

  it('keeps data/schema/proposals.schema.json current', () => {
    expect(JSON.parse(fs.readFileSync('data/schema/proposals.schema.json', 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(proposalsJsonSchema())),
    );
  });

  it('refuses an unknown field, naming the record', () => {
    const out = messages((p) => (p.proposals[0].colour = 'red'));
    expect(out.join('\n')).toMatch(/proposals\[0\] \(id "trump-summit-sequence"\)/);
  });

  it('reads a duplicated statement id as its first record, as the cross-file rules do (one mistake, one line)', () => {
    // A later record reusing Zelenskyy's statement id, put in Putin's mouth: the duplicate is
    // statements.json's problem; Ukraine's response citing the id still rests on Ukraine's words.
    const out = messages(
      () => {},
      (d) => {
        const first = d.statements.find((s) => s.id === 'zelenskyy-trilateral')!;
        d.statements.push({ ...first, actor: 'putin' });
      },
    );
    expect(out).toEqual([]);
  });

  it("refuses a response resting on another side's or an analyst's words", () => {
    const out = messages((p) => (p.proposals[0].responses[2].statements = ['rferl-russia-cool-on-trilateral']));
    expect(out.join('\n')).toMatch(
      /responses\[2\]\.statements — cites no statement by ukraine \(rferl-russia-cool-on-trilateral is by rferl-analysis\): a response must rest on the responding side.s own words — cite ukraine.s own statement/,
    );
  });

  it('refuses a response by an observer side', () => {
    const out = messages((p) =>
      p.proposals[0].responses.push({
        stakeholder: 'analysts',
        response: 'rejects',
        statements: ['greene-way-out'],
        rationale: 'Greene doubts it.',
      }),
    );
    expect(out.join('\n')).toMatch(/analysts is an observer/);
  });

  it('refuses a term statement that does not bear on the term’s issue', () => {
    const out = messages((p) => p.proposals[1].terms[0].statements.push('russia-neutrality-army-limits'));
    expect(out.join('\n')).toMatch(
      /terms\[0\] \(id "withdrawal-recognition"\)\.statements\[1\] — statement "russia-neutrality-army-limits" does not bear on issue "territory"/,
    );
  });

  it('refuses a date after the as-of date and a response made certainly before the proposal', () => {
    expect(messages((p) => (p.proposals[0].date = '2025-09-01')).join('\n')).toMatch(
      /after the dataset's as-of date 2025-08-07 \(dataset\.json\): correct the date, or, if the evidence is that new, move asOf in dataset\.json forward/,
    );
    // Kyiv's May offer given an exact date: made certainly before Putin's words of 7 August.
    const out = messages(
      (p) => {
        p.proposals[1].statements = ['putin-zelenskyy-conditions'];
        p.proposals[1].responses[0].statements = ['zelenskyy-istanbul-offer'];
      },
      (d) => {
        const offer = d.statements.find((s) => s.id === 'zelenskyy-istanbul-offer')!;
        offer.date = '2025-05-16';
        offer.dateApprox = false;
      },
    );
    expect(out.join('\n')).toMatch(/before the proposal was put forward/);
  });

  it('refuses a proposal dated after or before the earliest statement that puts it forward', () => {
    // Trump's sequence rests on his words of 6 and 7 August; given exact dates, its date is 6 August.
    // (The seed's dates are approximate, so neither check can fire on the seed itself.)
    const exact = (d: ReturnType<typeof seedData>) =>
      d.statements
        .filter((s) => s.id === 'trump-phone-call-summits' || s.id === 'trump-meet-next-week')
        .forEach((s) => (s.dateApprox = false));
    expect(messages((p) => (p.proposals[0].date = '2025-08-07'), exact).join('\n')).toMatch(
      /proposals\[0\] \(id "trump-summit-sequence"\)\.date — 2025-08-07 is after statement "trump-[a-z-]+" \(2025-08-06\)/,
    );
    expect(messages((p) => (p.proposals[0].date = '2025-08-04'), exact).join('\n')).toMatch(
      /proposals\[0\] \(id "trump-summit-sequence"\)\.date — 2025-08-04 is before every statement that puts the proposal forward \(the earliest is "trump-[a-z-]+", 2025-08-06\): give the date of its earliest statement, 2025-08-06/,
    );
  });

  it('refuses words in quotation marks that no cited statement quotes', () => {
    const out = messages((p) => (p.proposals[1].summary = 'Moscow wants "total surrender".'));
    expect(out.join('\n')).toMatch(/puts "total surrender" in quotation marks/);
  });

  it('refuses a supersededBy that is unknown or loops', () => {
    expect(messages((p) => (p.proposals[0].supersededBy = 'nope')).join('\n')).toMatch(/unknown proposal "nope"/);
    const out = messages((p) => {
      p.proposals[0].supersededBy = 'moscow-peace-conditions';
      p.proposals[1].supersededBy = 'trump-summit-sequence';
    });
    expect(out.join('\n')).toMatch(/loops back/);
  });

  it('refuses model inputs for an observer side', () => {
    const out = messages((p) => {
      p.model = [
        {
          stakeholder: 'rferl-analysis',
          issue: 'territory',
          salience: { min: 0.5, max: 0.5 },
          clout: { min: 0.1, max: 0.2 },
          rationale: 'x',
          date: '2025-08-07',
        },
      ];
    });
    expect(out.join('\n')).toMatch(
      /model\[0\] \(stakeholder "rferl-analysis", issue "[a-z-]+"\)\.stakeholder — rferl-analysis is an observer/,
    );
  });
});

describe('the loader reads proposals.json', () => {
  it('fails the load with the file and field named when proposals.json is wrong', async () => {
    const { readDataFolder } = await import('../load');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proposals-'));
    fs.cpSync('data', dir, { recursive: true });
    const raw = seedProposals();
    raw.proposals[0].by = 'nobody';
    fs.writeFileSync(path.join(dir, 'proposals.json'), JSON.stringify(raw));
    const result = readDataFolder(dir);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => `${p.file}: ${p.path} — ${p.message}`).join('\n')).toMatch(
      /proposals\.json: proposals\[0\] \(id "trump-summit-sequence"\)\.by — unknown stakeholder "nobody"/,
    );
    fs.rmSync(dir, { recursive: true });
  });
});
