import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../load';
import { buildModel } from '../model';
import { modelAsOf } from '../time/history-file';
import { handDataset } from './hand-fixture';
import { positionHistory } from './position-history';

// The history fixture (fictional "Harbour talks"); expected answers from its README, written by hand.
function historyRaw() {
  const result = readDataFolder(path.resolve('lib/fixtures/history-data'));
  if (!result.ok) throw new Error('history fixture does not load');
  return result.data;
}

describe('positionHistory', () => {
  const model = buildModel(historyRaw());

  it("says Northland's pier stance moved 50 points up the scale on 15 Mar, citing Brell", () => {
    const history = positionHistory(model, 'northland', 'pier')!;
    expect(history.steps.map((s) => [s.date, s.stance, s.change])).toEqual([
      ['2031-01-20', { value: 0 }, 'first'],
      ['2031-03-15', { value: 50 }, 'moved'],
    ]);
    expect(history.steps[1]!.words).toBe('moved from 0/100 to 50/100 (50 points up the scale); summary reworded');
    expect(history.steps.map((s) => s.statements.map((st) => [st.id, st.speaker]))).toEqual([
      [['brell-pier-jan', 'Ada Brell']],
      [['brell-pier-mar', 'Ada Brell']],
    ]);
  });

  it("calls Southmark's April position a restatement, not a move", () => {
    const history = positionHistory(model, 'southmark', 'pier')!;
    expect(history.steps.map((s) => s.words)).toEqual(['first position on record', 'restated, unchanged']);
  });

  it('lays steps on a real time axis: widths follow the days between dates, the last runs to the as-of day', () => {
    const history = positionHistory(model, 'northland', 'pier')!;
    expect(history.until).toBe('2031-04-30');
    const [jan, mar] = history.steps;
    // 20 Jan → 15 Mar is 54 days; 15 Mar → 30 Apr is 46 days.
    expect((jan!.to - jan!.from) / (mar!.to - mar!.from)).toBeCloseTo(54 / 46, 6);
    expect(jan!.to).toBe(mar!.from);
    expect(jan!.from).toBeGreaterThan(0);
    expect(mar!.to).toBeLessThan(1);
  });

  it('shares one axis between sides when given where it starts', () => {
    const northland = positionHistory(model, 'northland', 'pier', '2031-01-20')!;
    const southmark = positionHistory(model, 'southmark', 'pier', '2031-01-20')!;
    // 20 Jan → 10 Feb is 21 days; 20 Jan → 15 Mar is 54 days.
    const [jan, mar] = northland.steps;
    expect((southmark.steps[0]!.from - jan!.from) / (mar!.from - jan!.from)).toBeCloseTo(21 / 54, 6);
    expect(southmark.ticks).toEqual(northland.ticks);
  });

  it('has nothing for a side with no position on the issue', () => {
    expect(positionHistory(model, 'observers', 'format')).toBeUndefined();
  });

  it('as of a day before the move, shows only the January stance, running to that day', () => {
    const history = positionHistory(modelAsOf(historyRaw(), '2031-02-28'), 'northland', 'pier')!;
    expect(history.steps.map((s) => s.date)).toEqual(['2031-01-20']);
    expect(history.until).toBe('2031-02-28');
  });

  it('keeps a position with no stance as a step with no place', () => {
    // Hand fixture: Southmark's border position is an assessment with no stance.
    const history = positionHistory(buildModel(handDataset()), 'south', 'border')!;
    expect(history.steps).toHaveLength(1);
    expect(history.steps[0]!.stance).toBeUndefined();
  });
});
