import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, readDataFolder } from './load';
import { buildModel } from './model';
import { historyFixture, seedData } from './seed-data';
import { chartDataHref, chartsPageViews, spectrumChartView, timelineChartView } from './reshape-charts';

describe('the charts page’s views', () => {
  const model = buildModel(historyFixture());
  const views = chartsPageViews(model);

  it('give every chart its own id, and so its own data file', () => {
    const ids = views.map((v) => v.head.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'demands-by-side',
      'demand-responses',
      ...model.issues.map((i) => `spectrum-${i.id}`),
      'gap-heatmap',
      'timeline',
    ]);
    expect(chartDataHref('timeline')).toBe('/charts/data/timeline.json');
  });

  it('hold plain data: what the page fetches is what an as-of view is handed', () => {
    // A Map, a Date, a function or an undefined value would not survive JSON.
    for (const view of views) expect(JSON.parse(JSON.stringify(view.data)), view.head.id).toEqual(view.data);
    for (const view of views) expect(JSON.parse(JSON.stringify(view.head)), view.head.id).toEqual(view.head);
  });

  it('keep the words (the page’s HTML) apart from the numbers (the data file)', () => {
    for (const view of views) {
      expect(Object.keys(view.head)).not.toContain('table');
      expect(view.data.body.kind).toBe(view.head.kind);
    }
  });

  it('place each timeline point in its side’s lane, sides in column order', () => {
    const raw = seedData();
    const timeline = timelineChartView(buildModel(raw)).data.body;
    if (timeline.kind !== 'timeline') throw new Error('not a timeline');
    expect(timeline.timeline.sides.map((s) => s.id)).toEqual(raw.stakeholders.map((s) => s.id));
    const lanes = new Set(timeline.timeline.views['']!.points.map((p) => p.lane));
    const speaking = new Set(raw.statements.map((st) => raw.actors.find((a) => a.id === st.actor)!.stakeholder));
    expect([...lanes].sort()).toEqual(raw.stakeholders.flatMap((s, i) => (speaking.has(s.id) ? [i] : [])).sort());
  });
});

describe('the demand–response grid’s table (its CSV)', () => {
  it('has a column for every party and none for an observer; each header says its verdicts are analysts’ readings', () => {
    const raw = seedData();
    // Written out by hand from data/stakeholders.json: the analysts and the source's own analysis only assess.
    expect(raw.stakeholders.map((s) => s.id)).toEqual([
      'russia',
      'ukraine',
      'united-states',
      'europe',
      'analysts',
      'rferl-analysis',
    ]);
    const grid = chartsPageViews(buildModel(raw)).find((v) => v.head.id === 'demand-responses')!;
    expect(grid.data.table.columns).toEqual([
      'Side',
      'Demand',
      'Russia: response — analysts’ reading of the side’s words',
      'Ukraine: response — analysts’ reading of the side’s words',
      'United States: response — analysts’ reading of the side’s words',
      'Europe: response — analysts’ reading of the side’s words',
    ]);
  });
});

/**
 * The key gap's band on the size fixture (lib/fixtures/size-data, fictional; its README's answers):
 * on the waters the key gap is ER–ICM 10–50, Eastreach at 80 and the Isle Council of Marrow between
 * 30 and 70. A gap that is a range is drawn as one: the band runs 30–80 (50 points, the most it can
 * be) with 70–80 (10 points, the least) shaded stronger inside it, never as 70–80 alone.
 */
describe('the spectrum’s key-gap band', () => {
  const result = readDataFolder(path.resolve('lib/fixtures/size-data'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const model = buildModel(result.data);
  const body = spectrumChartView(model, 'waters').data.body;

  it('spans the gap’s bounds: the furthest ends, and the nearest inside it', () => {
    const gap = body.kind === 'spectrum' ? body.spectrum?.gap : undefined;
    expect(gap?.pair).toBe('ER–ICM');
    expect(gap && { from: gap.from, to: gap.to, near: gap.near }).toEqual({
      from: 30,
      to: 80,
      near: { from: 70, to: 80 },
    });
  });
});
