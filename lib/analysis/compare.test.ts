import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { stanceBounds, stancePlace } from '../stance';
import { crossCheck, type RawDataset } from '../validate';
import { handDataset } from './hand-fixture';
import { buildCompareData } from './compare-data';
import { CLOSE_STANCES, commonGround, compareIssue, gapWords, redLines, stanceGaps } from './compare';
import { positionTrack } from './positions';
import { seedData } from '../seed-data';

const dataOf = (raw: RawDataset) => buildCompareData(buildModel(raw));

/** Every (demand, responder, answer) in the raw data, for expectations computed apart from compare.ts. */
function answersIn(raw: RawDataset, answer: string) {
  return raw.demands.flatMap((d) =>
    d.responses
      .filter((r) => r.response === answer)
      .map((r) => ({ demand: d.id, issue: d.issue, from: d.stakeholder, by: r.stakeholder })),
  );
}

describe('stance gaps', () => {
  it('pairs every two sides with a stance, and leaves out sides without one', () => {
    const raw = seedData();
    const model = buildModel(raw);
    const sides = raw.stakeholders.map((s) => s.id);
    for (const issue of raw.issues) {
      const { pairs, unplaced } = stanceGaps(dataOf(raw), issue.id, sides);
      const values = sides.map((s) => ({ s, v: positionTrack(model, s, issue.id).current?.stance }));
      const placed = values.filter((x) => x.v !== undefined);
      expect(pairs).toHaveLength((placed.length * (placed.length - 1)) / 2);
      expect(unplaced.map((u) => u.stakeholder)).toEqual(values.filter((x) => x.v === undefined).map((x) => x.s));
      for (const pair of pairs) {
        const a = placed.find((x) => x.s === pair.a)!.v!;
        const b = placed.find((x) => x.s === pair.b)!.v!;
        const [x, y] = [stanceBounds(a), stanceBounds(b)];
        expect(pair.gap.max).toBe(Math.max(x.high - y.low, y.high - x.low));
      }
    }
  });

  it('a side whose position has no stance is unplaced for that reason, one with no position for the other', () => {
    const raw = seedData();
    const { unplaced } = stanceGaps(dataOf(raw), 'territory', ['analysts', 'europe']);
    expect(unplaced).toEqual([
      { stakeholder: 'analysts', reason: 'no-stance' },
      { stakeholder: 'europe', reason: 'no-position' },
    ]);
  });

  it('uses the latest position’s stance, not an earlier one', () => {
    const raw = seedData();
    const current = positionTrack(buildModel(raw), 'united-states', 'summit-format').current!;
    // The seed has one US position on the summit format; an earlier one with another stance is added here.
    const seeded = raw.positions.find((p) => p.id === current.id)!;
    raw.positions.push({
      ...seeded,
      id: 'us-summit-earlier',
      asOf: '2025-08-05',
      stance: { value: 10, rationale: 'Test.' },
    });
    expect(positionTrack(buildModel(raw), 'united-states', 'summit-format').current!.id).toBe(current.id);
    const pair = stanceGaps(dataOf(raw), 'summit-format', ['united-states', 'russia']).pairs[0]!;
    expect(pair.stanceA).toEqual(stancePlace(current.stance!));
    expect(pair.stanceA).not.toEqual({ value: 10 });
  });

  it('says how far apart in words', () => {
    expect(gapWords(0)).toBe('close together');
    expect(gapWords(CLOSE_STANCES)).toBe('close together');
    expect(gapWords(CLOSE_STANCES + 1)).not.toBe('close together');
    expect(gapWords(100)).toBe('at opposite ends');
  });
});

describe('common ground', () => {
  it('finds every demand one selected side accepts from another — Russia accepting the US’s Trump–Putin meeting first', () => {
    const raw = seedData();
    const accepted = answersIn(raw, 'accepts');
    expect(accepted.map((a) => a.demand)).toContain('us-trump-putin-meeting-first');
    for (const a of accepted) {
      const found = commonGround(dataOf(raw), a.issue, [a.from, a.by]).filter((c) => c.kind === 'accepted-demand');
      expect(found.map((c) => c.kind === 'accepted-demand' && `${c.demand.id}/${c.by}`)).toContain(
        `${a.demand}/${a.by}`,
      );
    }
  });

  it('drops the demand when the acceptance is removed from demands.json', () => {
    const raw = seedData();
    const accepted = (found: ReturnType<typeof commonGround>) =>
      found.some((c) => c.kind === 'accepted-demand' && c.demand.id === 'us-trump-putin-meeting-first');
    expect(accepted(commonGround(dataOf(raw), 'summit-format', ['russia', 'united-states']))).toBe(true);
    const demand = raw.demands.find((d) => d.id === 'us-trump-putin-meeting-first')!;
    demand.responses = demand.responses.filter((r) => r.response !== 'accepts');
    expect(accepted(commonGround(dataOf(raw), 'summit-format', ['russia', 'united-states']))).toBe(false);
  });

  it('ignores acceptances by a side not in the selection', () => {
    const raw = seedData();
    const accepted = answersIn(raw, 'accepts')[0]!;
    const others = raw.stakeholders.map((s) => s.id).filter((id) => id !== accepted.by);
    const found = commonGround(dataOf(raw), accepted.issue, others);
    expect(found.some((c) => c.kind === 'accepted-demand' && c.by === accepted.by)).toBe(false);
  });

  it('counts stances within the threshold as common ground, and only those', () => {
    const raw = seedData();
    const ukraine = raw.positions.find(
      (p) => p.id === positionTrack(buildModel(raw), 'ukraine', 'territory').current!.id,
    )!;
    const russia = raw.positions.find(
      (p) => p.id === positionTrack(buildModel(raw), 'russia', 'territory').current!.id,
    )!;
    const sides = ['russia', 'ukraine'];
    expect(commonGround(dataOf(raw), 'territory', sides).filter((c) => c.kind === 'close-stances')).toEqual([]);
    // Two points (the seed has ranges there) exactly the threshold apart.
    russia.stance = { rationale: 'Test.', value: 95 };
    ukraine.stance = { rationale: 'Test.', value: 95 - CLOSE_STANCES };
    const close = commonGround(dataOf(raw), 'territory', sides).filter((c) => c.kind === 'close-stances');
    expect(close).toHaveLength(1);
  });
});

describe('red lines', () => {
  it('finds every demand a selected side rejects — Russia’s territorial demands, rejected by Ukraine', () => {
    const raw = seedData();
    const rejected = answersIn(raw, 'rejects');
    expect(rejected.map((r) => `${r.demand}/${r.by}`)).toContain('russia-ukrainian-withdrawal/ukraine');
    for (const r of rejected) {
      const found = redLines(dataOf(raw), r.issue, [r.from, r.by]);
      // Shown on its own, or within the pair of red line and demand it links.
      const alone = found.some((l) => l.kind === 'rejected-demand' && l.demand.id === r.demand && l.by === r.by);
      const inPair = found.some(
        (l) =>
          l.kind === 'rules-out-vs-asks' &&
          [l.rulesOut.id, l.asks.id].includes(r.demand) &&
          [l.rulesOut.stakeholder, l.asks.stakeholder].includes(r.by),
      );
      expect(alone || inPair, `${r.demand}/${r.by}`).toBe(true);
    }
  });

  it('pairs what one side rules out with what the other asks, when the answer links them', () => {
    const raw = seedData();
    const rulesOut = raw.demands.filter((d) => d.kind === 'rules-out');
    expect(rulesOut.length).toBeGreaterThan(0);
    const found = redLines(dataOf(raw), 'territory', ['russia', 'ukraine']).filter(
      (l) => l.kind === 'rules-out-vs-asks',
    );
    // Expected pairs: Russia's asks that Ukraine rejects citing the statements behind its red line
    // (in data/demands.json, both of Russia's territorial asks, rejected with kyiv-withdrawal-unacceptable).
    const ukraineLine = rulesOut.find((d) => d.stakeholder === 'ukraine' && d.issue === 'territory')!;
    const expected = raw.demands
      .filter(
        (d) =>
          d.stakeholder === 'russia' &&
          d.issue === 'territory' &&
          d.kind === 'asks' &&
          d.responses.some(
            (r) =>
              r.stakeholder === 'ukraine' &&
              r.response === 'rejects' &&
              r.statements.some((s) => ukraineLine.statements.includes(s)),
          ),
      )
      .map((d) => d.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(found.map((l) => l.kind === 'rules-out-vs-asks' && l.asks.id).sort()).toEqual(expected.sort());
  });

  it('a rejection with no rules-out demand to pair it with is listed on its own', () => {
    const raw = seedData();
    raw.demands = raw.demands.filter((d) => d.kind !== 'rules-out');
    const found = redLines(dataOf(raw), 'territory', ['russia', 'ukraine']);
    const expected = raw.demands.filter(
      (d) =>
        d.issue === 'territory' &&
        d.stakeholder === 'russia' &&
        d.responses.some((r) => r.stakeholder === 'ukraine' && r.response === 'rejects'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(found.map((l) => l.kind === 'rejected-demand' && l.demand.id)).toEqual(expected.map((d) => d.id));
  });

  it('does not pair a red line with a demand when no answer links them', () => {
    const raw = seedData();
    for (const demand of raw.demands) demand.responses = [];
    const found = redLines(
      dataOf(raw),
      'territory',
      raw.stakeholders.map((s) => s.id),
    );
    expect(found).toEqual([]);
  });

  it('a partial answer is neither common ground nor a red line', () => {
    const raw = seedData();
    const partly = answersIn(raw, 'partly')[0]!;
    const data = dataOf(raw);
    const sides = [partly.from, partly.by];
    expect(
      redLines(data, partly.issue, sides).some((l) => l.kind === 'rejected-demand' && l.demand.id === partly.demand),
    ).toBe(false);
    expect(
      commonGround(data, partly.issue, sides).some(
        (c) => c.kind === 'accepted-demand' && c.demand.id === partly.demand,
      ),
    ).toBe(false);
  });
});

describe('compareIssue', () => {
  it('shows each selected side in the order given, with its current position or none', () => {
    const raw = seedData();
    const result = compareIssue(dataOf(raw), 'security', ['ukraine', 'russia', 'europe'])!;
    expect(result.sides.map((s) => s.side.id)).toEqual(['ukraine', 'russia', 'europe']);
    const model = buildModel(raw);
    for (const { side, position } of result.sides)
      expect(position?.id).toBe(positionTrack(model, side.id, 'security').current?.id);
    expect(compareIssue(dataOf(raw), 'no-such-issue', ['russia'])).toBeUndefined();
  });

  it('carries the quotes of the statements behind each position', () => {
    const raw = seedData();
    const model = buildModel(raw);
    const result = compareIssue(dataOf(raw), 'territory', ['united-states'])!;
    const current = positionTrack(model, 'united-states', 'territory').current!;
    const quotes = current.statements.flatMap((id) => model.statementById.get(id)!.quotes);
    expect(result.sides[0]!.position!.statements.flatMap((s) => s.quotes).sort()).toEqual(quotes.sort());
  });
});

describe('on a hand-built dataset (answers worked out by hand)', () => {
  const data = () => buildCompareData(buildModel(handDataset()));

  it('is a consistent dataset', () => {
    expect(crossCheck(handDataset())).toEqual([]);
  });

  it('measures every pair of stances and names the unplaced sides', () => {
    const water = stanceGaps(data(), 'water', ['north', 'south', 'east']);
    expect(water.pairs.map(({ a, b, words }) => [a, b, words])).toEqual([
      ['north', 'south', '60 points apart, far apart'],
      ['north', 'east', '10 points apart, close together'],
      ['south', 'east', '50 points apart, far apart'],
    ]);
    expect(water.unplaced).toEqual([]);
    const border = stanceGaps(data(), 'border', ['north', 'south', 'east']);
    expect(border.pairs).toEqual([]);
    expect(border.unplaced).toEqual([
      { stakeholder: 'south', reason: 'no-stance' },
      { stakeholder: 'east', reason: 'no-position' },
    ]);
  });

  it('finds common ground: an accepted demand and one close pair of stances', () => {
    const found = commonGround(data(), 'water', ['north', 'south', 'east']).map((c) =>
      c.kind === 'accepted-demand' ? `${c.demand.id} accepted by ${c.by}` : `${c.gap.a}–${c.gap.b} ${c.gap.gap.max}`,
    );
    expect(found).toEqual(['south-share accepted by east', 'north–east 10']);
    expect(commonGround(data(), 'water', ['north', 'south'])).toEqual([]);
  });

  it('pairs a red line with the demand its rejection cites, and lists the other rejection alone', () => {
    const found = redLines(data(), 'water', ['north', 'south']).map((l) =>
      l.kind === 'rules-out-vs-asks'
        ? `${l.rulesOut.id} vs ${l.asks.id}: ${l.rationales.join()}`
        : `${l.demand.id} rejected by ${l.by}`,
    );
    expect(found).toEqual(['north-no-dam vs south-share: Calls the ban one-sided.', 'south-share rejected by north']);
    expect(redLines(data(), 'water', ['north', 'east'])).toEqual([]);
  });

  it('a partial acceptance is neither common ground nor a red line', () => {
    expect(commonGround(data(), 'border', ['north', 'east'])).toEqual([]);
    expect(redLines(data(), 'border', ['north', 'east'])).toEqual([]);
  });
});
