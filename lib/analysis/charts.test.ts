import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { stanceBounds } from '../stance';
import {
  demandCounts,
  demandCountsTakeaway,
  gapMatrix,
  gapTakeaway,
  responseGrid,
  responseGridTakeaway,
  spectrum,
  spectrumTakeaway,
  timeline,
  timelineTakeaway,
} from './charts';
import { historyFixture, seedData } from '../seed-data';
import { positionTrack } from './positions';
import { handDataset } from './hand-fixture';

describe('demand counts', () => {
  it('count each side’s demands per issue, totals matching demands.json', () => {
    const raw = seedData();
    const rows = demandCounts(buildModel(raw));
    expect(rows.map((r) => r.stakeholder)).toEqual(raw.stakeholders.map((s) => s.id));
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(raw.demands.length);
    for (const r of rows) expect(r.total).toBe(raw.demands.filter((d) => d.stakeholder === r.stakeholder).length);
  });

  it('name the side with the most demands and the sides with none', () => {
    const raw = seedData();
    raw.demands = raw.demands.filter((d) => d.stakeholder !== 'russia');
    const text = demandCountsTakeaway(buildModel(raw));
    expect(text).not.toContain('Russia states the most');
    expect(text).toMatch(/Russia.* none in the sources/);
  });
});

describe('response grid', () => {
  it('has a cell for every other party, "none" where no response is recorded; none for an observer', () => {
    const raw = seedData();
    const rows = responseGrid(buildModel(raw));
    expect(rows).toHaveLength(raw.demands.length);
    // The seed's parties, by hand: the analysts and RFE/RL's own analysis only assess, and never respond.
    const parties = ['russia', 'ukraine', 'united-states', 'europe'];
    for (const row of rows) {
      const demand = raw.demands.find((d) => d.id === row.demand)!;
      expect(row.cells.map((c) => c.stakeholder)).toEqual(parties.filter((p) => p !== row.stakeholder));
      expect(row.cells.filter((c) => c.response !== 'none')).toHaveLength(demand.responses.length);
    }
  });

  it('sums responses in its takeaway', () => {
    const raw = seedData();
    for (const d of raw.demands) d.responses = [];
    expect(responseGridTakeaway(buildModel(raw))).toMatch(/0 are rejected.*0 accept, 0 partly accept, 0 reject/);
  });
});

describe('stance spectrum and gaps', () => {
  it('measures the gap between the farthest current stances', () => {
    const raw = seedData();
    const model = buildModel(raw);
    for (const issue of raw.issues) {
      const data = spectrum(model, issue.id);
      const current = data.marks.filter((m) => m.current).map((m) => stanceBounds(m));
      const most = Math.max(...current.map((b) => b.high)) - Math.min(...current.map((b) => b.low));
      if (current.length >= 2) expect(data.gap!.gap.max).toBe(most);
      else expect(data.gap).toBeNull();
    }
  });

  it('keeps earlier stances as faint history', () => {
    const raw = seedData();
    const model = buildModel(raw);
    const history = raw.positions.filter((p) => p.issue === 'summit-format' && p.stance).length;
    const data = spectrum(model, 'summit-format');
    expect(data.marks).toHaveLength(history);
    expect(data.marks.filter((m) => m.current)).toHaveLength(
      new Set(raw.positions.filter((p) => p.issue === 'summit-format' && p.stance).map((p) => p.stakeholder)).size,
    );
    // The seed has one US stance on the summit format (a 50–75 range, middle 62.5); an earlier point at 25
    // is added here, a move of 37.5 points up. Russia's earlier position had no stance, so it is not said to have moved.
    const usNow = raw.positions.find(
      (p) => p.issue === 'summit-format' && p.stakeholder === 'united-states' && p.stance,
    )!;
    expect([usNow.stance!.min, usNow.stance!.max]).toEqual([50, 75]);
    // A new dataset object: the model is built once per dataset object.
    const withEarlier = {
      ...raw,
      positions: [
        ...raw.positions,
        {
          ...usNow,
          id: 'us-summit-earlier',
          // A day earlier, on Rubio's exactly dated remark alone: a position stands only on what was said by its day.
          asOf: '2025-08-06',
          statements: ['rubio-fox-trilateral'],
          stance: { value: 25, rationale: 'Test.' },
        },
      ],
    };
    const moved = buildModel(withEarlier);
    const movedData = spectrum(moved, 'summit-format');
    expect(movedData.marks).toHaveLength(history + 1);
    expect(movedData.marks.filter((m) => !m.current)).toHaveLength(data.marks.filter((m) => !m.current).length + 1);
    expect(spectrumTakeaway(moved, movedData)).toMatch(
      /United States moved 37\.5 points up the scale since its previous stance\.$/,
    );
  });

  it('says when there is no gap to measure', () => {
    const raw = seedData();
    raw.positions = raw.positions.filter((p) => !(p.issue === 'territory' && p.stakeholder !== 'russia'));
    const model = buildModel(raw);
    expect(spectrumTakeaway(model, spectrum(model, 'territory'))).toMatch(/^Only Russia has a stance/);
    expect(gapTakeaway(model, gapMatrix(model, 'territory'))).toMatch(/Fewer than two sides/);
  });

  it('gap matrix is symmetric with a zero diagonal, and the takeaway names extremes', () => {
    const raw = seedData();
    const model = buildModel(raw);
    // The issue on which the most sides have a current stance.
    const currentValues = (issue: string) =>
      raw.stakeholders.map((s) => positionTrack(model, s.id, issue).current?.stance).filter((v) => v !== undefined);
    const issue = raw.issues.map((i) => i.id).sort((a, b) => currentValues(b).length - currentValues(a).length)[0]!;
    const data = gapMatrix(model, issue);
    data.distance.forEach((row, i) => row.forEach((d, j) => expect(d).toEqual(data.distance[j]![i]!)));
    data.distance.forEach((row, i) => expect(row[i]).toEqual({ min: 0, max: 0 }));
    // The key gap is between parties only: sides data/stakeholders.json gives no analysts' or source-analysis role.
    const parties = raw.stakeholders.filter((s) => (s.role ?? 'party') === 'party');
    const values = parties
      .map((s) => positionTrack(model, s.id, issue).current?.stance)
      .filter((v) => v !== undefined)
      .map((s) => stanceBounds(s));
    expect(values.length).toBeGreaterThanOrEqual(2);
    const most = Math.max(...values.map((b) => b.high)) - Math.min(...values.map((b) => b.low));
    expect(gapTakeaway(model, data)).toMatch(new RegExp(`key gap is [^:]+: (${most}|\\d+–${most}) points apart`));
  });
});

describe('timeline', () => {
  it('groups every statement once by date and side, and filters by issue', () => {
    const raw = seedData();
    const model = buildModel(raw);
    const all = timeline(model);
    expect(all.points.reduce((n, p) => n + p.count, 0)).toBe(raw.statements.length);
    const onTerritory = timeline(model, 'territory');
    expect(onTerritory.points.reduce((n, p) => n + p.count, 0)).toBe(
      raw.statements.filter((s) => s.issues.includes('territory')).length,
    );
    expect(timelineTakeaway(model, onTerritory, 'territory')).toMatch(/^\d+ statements on territory from/);
  });
});

describe('on a hand-built dataset (answers worked out by hand)', () => {
  const model = () => buildModel(handDataset());

  it('counts demands per side and issue, and names the leaders', () => {
    expect(demandCounts(model())).toEqual([
      { stakeholder: 'north', water: 1, border: 0, total: 1 },
      { stakeholder: 'south', water: 1, border: 0, total: 1 },
      { stakeholder: 'east', water: 0, border: 1, total: 1 },
    ]);
    expect(demandCountsTakeaway(model())).toBe(
      'Northland, Southmark and Eastvale state the most demands, 1 each, of 3.',
    );
  });

  it('grids each demand against the other sides’ answers, and sums them', () => {
    const grid = responseGrid(model()).map((r) => [
      r.demand,
      r.cells.map((c) => `${c.stakeholder}:${c.response}`).join(' '),
    ]);
    expect(grid).toEqual([
      ['north-no-dam', 'south:rejects east:none'],
      ['south-share', 'north:rejects east:accepts'],
      ['east-talks', 'north:partly south:none'],
    ]);
    expect(responseGridTakeaway(model())).toBe(
      'Of 3 demands, 2 are rejected outright by at least one side; across 6 possible responses, 1 accept, 1 partly accept, 2 reject and 2 are unstated.',
    );
  });

  it('places stances, measures the gap and says who moved', () => {
    const data = spectrum(model(), 'water');
    expect(data.marks.map((m) => [m.stakeholder, m.value, m.current])).toEqual([
      ['north', 20, true],
      ['north', 10, false],
      ['south', 80, true],
      ['east', 30, true],
    ]);
    expect(data.gap).toEqual({ a: 'north', b: 'south', low: 'north', high: 'south', gap: { min: 60, max: 60 } });
    expect(spectrumTakeaway(model(), data)).toBe(
      'On water rights, the key gap is Northland–Southmark: 60 points apart, far apart; Eastvale sits at 30. Northland moved 10 points up the scale since its previous stance.',
    );
  });

  it('measures every pairwise gap and names the farthest and closest', () => {
    const data = gapMatrix(model(), 'water');
    expect(data.sides).toEqual(['north', 'south', 'east']);
    const p = (n: number) => ({ min: n, max: n });
    expect(data.distance).toEqual([
      [p(0), p(60), p(10)],
      [p(60), p(0), p(50)],
      [p(10), p(50), p(0)],
    ]);
    expect(gapTakeaway(model(), data)).toBe(
      'On water rights, the key gap is Northland–Southmark: 60 points apart, far apart; Northland and Eastvale are closest (10 points apart).',
    );
  });

  it('counts statements by date and side, with the events on the axis', () => {
    const data = timeline(model());
    expect(data.dates).toEqual(['2031-01-10', '2031-03-01', '2031-03-02', '2031-03-03', '2031-03-04', '2031-04-20']);
    expect(data.points.map((p) => [p.date, p.stakeholder, p.count])).toEqual([
      ['2031-01-10', 'north', 1],
      ['2031-03-01', 'north', 2],
      ['2031-03-01', 'south', 1],
      ['2031-03-02', 'south', 2],
      ['2031-03-03', 'east', 1],
      ['2031-03-04', 'north', 1],
      ['2031-03-04', 'east', 1],
    ]);
    expect(timelineTakeaway(model(), data)).toBe(
      '9 statements from 10 Jan 2031 to 4 Mar 2031; the busiest date is 1 Mar 2031, with 3.',
    );
    expect(timelineTakeaway(model(), timeline(model(), 'border'), 'border')).toBe(
      '3 statements on border from 2 Mar 2031 to 4 Mar 2031; the busiest date is 4 Mar 2031, with 2.',
    );
  });
});

describe('spectrum over time (history fixture, lib/fixtures/history-data/README.md)', () => {
  const marks = spectrum(buildModel(historyFixture()), 'pier').marks;
  const of = (side: string) => marks.filter((m) => m.stakeholder === side).map((m) => [m.value, m.current]);

  it('draws an earlier stance where it stood elsewhere: Northland at 50 now, 0 before', () => {
    expect(of('northland')).toEqual([
      [50, true],
      [0, false],
    ]);
  });

  it('draws no earlier mark for a restatement at the same place: Southmark at 100 once', () => {
    expect(of('southmark')).toEqual([[100, true]]);
  });
});
