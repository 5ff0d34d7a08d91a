/**
 * Dated demands on the history fixture (fictional "Harbour talks"): Southmark asks on 10 Feb 2031 for
 * the pier back before any other talks, Northland rejects it on 15 Mar, Southmark withdraws it on
 * 20 Mar. Expected answers written by hand from the fixture's texts.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from './model';
import { historyFixture } from './seed-data';
import { demandViews } from './reshape';
import { issuePage, stakeholderPage } from './page-views';
import { standingDemands } from './demands';
import { responseGrid, demandCounts } from './analysis/charts';
import { buildCompareData } from './analysis/compare-data';
import { rawAsOf } from './time/asof';
import { crossCheck, formatProblem } from './validate';

const raw = historyFixture();
const modelOn = (day: string) => buildModel(rawAsOf(raw, day));
const ids = (views: { id: string }[]) => views.map((v) => v.id);

describe('a withdrawn demand drops out of current views', () => {
  it('on the pier: standing on 16 Mar, with Northland’s rejection; gone from current lists on 31 Mar', () => {
    expect(ids(demandViews(modelOn('2031-03-16'), { issue: 'pier' }))).toEqual(['southmark-pier-first']);
    expect(ids(demandViews(modelOn('2031-03-31'), { issue: 'pier' }))).toEqual([]);
    expect(ids(demandViews(modelOn('2031-04-30'), { issue: 'pier' }))).toEqual(['southmark-joint-board']);
  });

  it('and appears in the "Ended" list with its state, date, note and the statement that shows it', () => {
    expect(demandViews(modelOn('2031-03-16'), { issue: 'pier' }, { ended: 'only' })).toEqual([]);
    const [ended] = demandViews(modelOn('2031-03-31'), { stakeholder: 'southmark' }, { ended: 'only' });
    expect(ended?.id).toBe('southmark-pier-first');
    expect(ended?.ended).toEqual({
      state: 'withdrawn',
      date: '2031-03-20',
      note: 'Varro says Southmark no longer insists on getting the pier back first.',
      statements: [expect.objectContaining({ id: 'varro-pier-mar', date: '2031-03-20' })],
    });
    expect(ids(demandViews(modelOn('2031-04-30'), { issue: 'pier' }, { ended: 'include' }))).toEqual([
      'southmark-pier-first',
      'southmark-joint-board',
    ]);
  });

  it('the issue and stakeholder pages split current and ended demands', () => {
    const model = modelOn('2031-04-30');
    const issue = issuePage(model, 'pier')!;
    expect([ids(issue.demands), ids(issue.endedDemands)]).toEqual([
      ['southmark-joint-board'],
      ['southmark-pier-first'],
    ]);
    const side = stakeholderPage(model, 'southmark')!;
    expect([ids(side.demands), ids(side.endedDemands)]).toEqual([['southmark-joint-board'], ['southmark-pier-first']]);
  });

  it('the charts, the response grid and compare count only standing demands', () => {
    const model = modelOn('2031-04-30');
    expect(standingDemands(model).map((d) => d.id)).toEqual(['northland-no-outsiders', 'southmark-joint-board']);
    expect(responseGrid(model).map((r) => r.demand)).toEqual(['northland-no-outsiders', 'southmark-joint-board']);
    expect(demandCounts(model).find((r) => r.stakeholder === 'southmark')).toMatchObject({ pier: 1, total: 1 });
    expect(buildCompareData(model).demands.map((d) => d.id)).not.toContain('southmark-pier-first');
    // Before it ended it counts: on 16 Mar Southmark has one demand on the pier.
    expect(demandCounts(modelOn('2031-03-16')).find((r) => r.stakeholder === 'southmark')).toMatchObject({
      pier: 1,
      total: 1,
    });
  });
});

describe('a superseded demand names its replacement', () => {
  it('Southmark’s first demand, superseded on 25 Apr by the joint board, says so in the Ended list', () => {
    const data = historyFixture();
    data.demands[0]!.status = {
      state: 'superseded',
      date: '2031-04-25',
      statements: ['varro-pier-apr'],
      supersededBy: 'southmark-joint-board',
      note: 'Varro proposes a joint board instead.',
    };
    expect(crossCheck(data)).toEqual([]);
    const model = buildModel(data);
    const [ended] = demandViews(model, { issue: 'pier' }, { ended: 'only' });
    expect([ended?.id, ended?.ended?.state, ended?.ended?.supersededBy]).toEqual([
      'southmark-pier-first',
      'superseded',
      { id: 'southmark-joint-board', text: 'A joint pier board with one member from each side' },
    ]);
    // Until 25 Apr it still stands.
    expect(ids(demandViews(buildModel(rawAsOf(data, '2031-04-24')), { issue: 'pier' }))).toEqual([
      'southmark-pier-first',
    ]);
  });
});

describe('demands and responses carry their dates', () => {
  it('a demand shows when it was first stated, a response when it was given', () => {
    const [demand] = demandViews(modelOn('2031-03-16'), { issue: 'pier' });
    expect(demand?.firstStated).toEqual({ date: '2031-02-10', approx: false });
    const northland = demand?.responses.find((r) => r.side.id === 'northland');
    expect([northland?.response, northland?.since]).toEqual(['rejects', { date: '2031-03-15', approx: false }]);
    // The Harbour Observers Group are analysts (role "analysts"): never a side that could respond, so not
    // listed as one that did not.
    expect(demand?.responses.map((r) => r.side.id)).not.toContain('observers');
  });
});

describe('validation keeps the history honest (history fixture)', () => {
  it('the fixture itself passes', () => {
    expect(crossCheck(historyFixture()).map(formatProblem)).toEqual([]);
  });

  it('a response resting on a statement of 20 Jan to a demand first stated on 10 Feb is rejected', () => {
    const data = historyFixture();
    data.demands[0]!.responses[0]!.statements = ['brell-pier-jan'];
    expect(crossCheck(data).map(formatProblem)).toContainEqual(
      expect.stringMatching(
        /^data\/demands\.json: demands\[0\] \(id "southmark-pier-first"\)\.responses\[0\]\.statements — every statement of northland's response \("brell-pier-jan" 2031-01-20\) was made before the demand was first stated \(2031-02-10, statement "varro-pier-feb"\).* prior position of northland on pier/,
      ),
    );
  });

  it('the same statement dated only "2031-02" could be on or after 10 Feb: not rejected', () => {
    const data = historyFixture();
    data.demands[0]!.responses[0]!.statements = ['brell-pier-jan'];
    data.statements.find((s) => s.id === 'brell-pier-jan')!.date = '2031-02';
    // (its source, published on 20 Jan, would otherwise date it before 10 Feb: lib/validate/order.ts)
    data.sources.find((s) => s.id === 'gazette-talks-open')!.published = '2031-02';
    const lines = crossCheck(data).map(formatProblem);
    expect(lines.filter((l) => l.includes('before the demand was first stated'))).toEqual([]);
  });

  it('a withdrawal dated before the demand was made is rejected', () => {
    const data = historyFixture();
    data.demands[0]!.status!.date = '2031-02-01';
    expect(crossCheck(data).map(formatProblem)).toContainEqual(
      expect.stringMatching(/\.status\.date — 2031-02-01 is before the demand was first stated \(2031-02-10/),
    );
  });
});
