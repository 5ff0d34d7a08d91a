import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { demandCounts, demandCountsTakeaway, gapMatrix, gapTakeaway, responseGrid, responseGridTakeaway, spectrum, spectrumTakeaway, timeline, timelineTakeaway } from './charts';
import { seedData } from '../seed-data';
import { positionTrack } from './positions';


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
  it('has a cell for every other side, "none" where no response is recorded', () => {
    const raw = seedData();
    const rows = responseGrid(buildModel(raw));
    expect(rows).toHaveLength(raw.demands.length);
    for (const row of rows) {
      const demand = raw.demands.find((d) => d.id === row.demand)!;
      expect(row.cells).toHaveLength(raw.stakeholders.length - 1);
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
      const current = data.marks.filter((m) => m.current).map((m) => m.value);
      if (current.length >= 2) expect(data.gap!.value).toBe(Math.max(...current) - Math.min(...current));
      else expect(data.gap).toBeNull();
    }
  });

  it('keeps earlier stances as faint history', () => {
    const raw = seedData();
    const model = buildModel(raw);
    const history = raw.positions.filter((p) => p.issue === 'summit-format' && p.stance).length;
    const data = spectrum(model, 'summit-format');
    expect(data.marks).toHaveLength(history);
    expect(data.marks.filter((m) => m.current)).toHaveLength(new Set(raw.positions.filter((p) => p.issue === 'summit-format' && p.stance).map((p) => p.stakeholder)).size);
    expect(spectrumTakeaway(model, data)).toMatch(/moved since earlier positions/);
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
    const currentValues = (issue: string) => raw.stakeholders.map((s) => positionTrack(model, s.id, issue).current?.stance?.value).filter((v): v is number => v !== undefined);
    const issue = raw.issues.map((i) => i.id).sort((a, b) => currentValues(b).length - currentValues(a).length)[0]!;
    const data = gapMatrix(model, issue);
    data.distance.forEach((row, i) => row.forEach((d, j) => expect(d).toBe(data.distance[j]![i]!)));
    data.distance.forEach((row, i) => expect(row[i]).toBe(0));
    const values = currentValues(issue);
    expect(values.length).toBeGreaterThanOrEqual(2);
    expect(gapTakeaway(model, data)).toContain(`(${Math.max(...values) - Math.min(...values)} points)`);
  });
});

describe('timeline', () => {
  it('groups every statement once by date and side, and filters by issue', () => {
    const raw = seedData();
    const model = buildModel(raw);
    const all = timeline(model);
    expect(all.points.reduce((n, p) => n + p.count, 0)).toBe(raw.statements.length);
    const onTerritory = timeline(model, 'territory');
    expect(onTerritory.points.reduce((n, p) => n + p.count, 0)).toBe(raw.statements.filter((s) => s.issues.includes('territory')).length);
    expect(timelineTakeaway(model, onTerritory, 'territory')).toMatch(/^\d+ statements on territory from/);
  });
});
