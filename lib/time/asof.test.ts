/**
 * rawAsOf on the history fixture (lib/fixtures/history-data, fictional "Harbour talks"): the matrix
 * as it stood at the end of several days. Expected answers are written by hand from the fixture's
 * texts (its README.md): Northland keeps the pier (0) on 20 Jan and offers to run it together (50) on
 * 15 Mar; Southmark wants it back (100) from 10 Feb, restated 25 Apr; the Observers' 20–80 range of
 * 20 Jan is never updated.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { cellView, matrixView } from '../reshape';
import { historyFixture } from '../seed-data';
import { daysBefore, demandFirstStated, demandStands, eventTense, isFullDate, knownBy, lastDay, rawAsOf } from './asof';

const raw = historyFixture();

/** Each cell as "side/issue" → "position id (stance)", or "none". */
function matrixAsOf(day: string): Record<string, string> {
  const view = matrixView(buildModel(rawAsOf(raw, day)));
  return Object.fromEntries(
    view.rows.flatMap((row) =>
      row.cells.map((cell) => {
        const p = cell.current;
        const stance = p?.stance ? (p.stance.value ?? `${p.stance.min}–${p.stance.max}`) : '';
        return [`${cell.side.id}/${row.issue.id}`, p ? `${p.id} (${stance})` : 'none'];
      }),
    ),
  );
}

describe('the matrix as of a day (history fixture)', () => {
  it('31 Jan 2031: Northland keeps the pier, the Observers give a range, Southmark has said nothing yet', () => {
    expect(matrixAsOf('2031-01-31')).toEqual({
      'northland/pier': 'northland-pier-jan (0)',
      'southmark/pier': 'none',
      'observers/pier': 'observers-pier-jan (20–80)',
      'northland/format': 'none',
      'southmark/format': 'none',
      'observers/format': 'none',
    });
  });

  it('28 Feb 2031: Southmark wants the pier back', () => {
    expect(matrixAsOf('2031-02-28')).toEqual({
      'northland/pier': 'northland-pier-jan (0)',
      'southmark/pier': 'southmark-pier-feb (100)',
      'observers/pier': 'observers-pier-jan (20–80)',
      'northland/format': 'none',
      'southmark/format': 'none',
      'observers/format': 'none',
    });
  });

  it('31 Mar 2031: Northland has moved to running the pier together, and rules out outsiders', () => {
    expect(matrixAsOf('2031-03-31')).toEqual({
      'northland/pier': 'northland-pier-mar (50)',
      'southmark/pier': 'southmark-pier-feb (100)',
      'observers/pier': 'observers-pier-jan (20–80)',
      'northland/format': 'northland-format-mar (0)',
      'southmark/format': 'none',
      'observers/format': 'none',
    });
  });

  it('the day before a change shows the earlier position; the day of it, the later one (end of day)', () => {
    expect(matrixAsOf('2031-03-14')['northland/pier']).toBe('northland-pier-jan (0)');
    expect(matrixAsOf('2031-03-15')['northland/pier']).toBe('northland-pier-mar (50)');
  });

  it('the earlier position stays in the cell as history (the panel and the issue page show it)', () => {
    const model = buildModel(rawAsOf(raw, '2031-03-31'));
    const cell = cellView(model, 'northland', model.issueById.get('pier')!);
    expect(cell.history.map((p) => p.id)).toEqual(['northland-pier-jan']);
  });

  it("on or after the dataset's as-of date (30 Apr 2031) the data is unchanged: Southmark's restatement stands", () => {
    expect(rawAsOf(raw, '2031-04-30')).toBe(raw);
    expect(rawAsOf(raw, '2031-06-01')).toBe(raw);
    expect(matrixAsOf('2031-04-30')['southmark/pier']).toBe('southmark-pier-apr (100)');
  });

  it('nothing said later is shown: statements, responses and sources are cut to the day', () => {
    const feb = rawAsOf(raw, '2031-02-28');
    expect(feb.statements.map((s) => s.id)).toEqual(['brell-pier-jan', 'osk-pier-jan', 'varro-pier-feb']);
    expect(feb.sources.map((s) => s.id)).toEqual(['gazette-talks-open', 'courier-deadline']);
    // Southmark's pier demand stands, with no response yet (Northland rejects it on 15 Mar).
    expect(feb.demands.map((d) => [d.id, d.responses.length, d.status])).toEqual([
      ['southmark-pier-first', 0, undefined],
    ]);
    expect(feb.dataset.asOf).toBe('2031-02-28');
  });

  it('a demand keeps its status only once it applies: withdrawn on 20 Mar, standing on 16 Mar', () => {
    const mid = rawAsOf(raw, '2031-03-16');
    expect(mid.demands.map((d) => d.id)).toEqual(['southmark-pier-first', 'northland-no-outsiders']);
    const first = mid.demands[0]!;
    expect(first.status).toBeUndefined();
    expect(first.responses).toEqual([expect.objectContaining({ stakeholder: 'northland', response: 'rejects' })]);
    const end = rawAsOf(raw, '2031-03-31').demands.find((d) => d.id === 'southmark-pier-first')!;
    expect(end.status).toEqual(expect.objectContaining({ state: 'withdrawn', date: '2031-03-20' }));
    expect(demandStands(end, '2031-03-19')).toBe(true);
    expect(demandStands(end, '2031-03-20')).toBe(false);
  });

  it('a deadline is known once its source is out, and passes on its day; a planned meeting stays ahead', () => {
    expect(rawAsOf(raw, '2031-02-09').events.map((e) => e.id)).toEqual(['talks-open']);
    expect(rawAsOf(raw, '2031-02-28').events.map((e) => e.id)).toEqual(['talks-open', 'southmark-deadline']);
    const deadline = raw.events.find((e) => e.id === 'southmark-deadline')!;
    expect(eventTense(deadline, '2031-02-28')).toBe('ahead');
    expect(eventTense(deadline, '2031-03-01')).toBe('past');
    expect(rawAsOf(raw, '2031-04-24').events.map((e) => e.id)).not.toContain('joint-board-meeting');
    expect(
      eventTense(
        raw.events.find((e) => e.id === 'joint-board-meeting')!,
        '2031-04-30',
      ),
    ).toBe('ahead');
  });
});

describe('date helpers', () => {
  it('a full date must be a real day', () => {
    expect(isFullDate('2031-02-28')).toBe(true);
    expect(isFullDate('2031-02-29')).toBe(false);
    expect(isFullDate('2031-02')).toBe(false);
    expect(isFullDate(null)).toBe(false);
  });

  it('a partial date is known from its first day and ends on its last', () => {
    expect(knownBy('2031-03', '2031-03-01')).toBe(true);
    expect(knownBy('2031-03-02', '2031-03-01')).toBe(false);
    expect(lastDay('2031-02')).toBe('2031-02-28');
    expect(lastDay('2032-02')).toBe('2032-02-29');
    expect(lastDay('2031')).toBe('2031-12-31');
    expect(lastDay('2031-04-30')).toBe('2031-04-30');
  });

  it('30 days before 30 Apr is 31 Mar; a demand is dated by its earliest statement', () => {
    expect(daysBefore('2031-04-30', 30)).toBe('2031-03-31');
    const dates = new Map([
      ['a', '2031-03-15'],
      ['b', '2031-02'],
    ]);
    expect(demandFirstStated({ statements: ['a', 'b'] }, (id) => dates.get(id))).toBe('2031-02');
  });
});
