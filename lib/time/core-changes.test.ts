/**
 * changesBetween on the history fixture (fictional "Harbour talks"). The expected lists are written by
 * hand from the fixture's texts (its README.md), not read off the function's output.
 */
import { describe, expect, it } from 'vitest';
import { historyFixture } from '../seed-data';
import { changesBetween, defaultWindow, type Change } from './core';

const raw = historyFixture();

/** A change in a few words: what kind, when, and what it names. */
function brief(change: Change): string {
  switch (change.kind) {
    case 'position':
      return `position ${change.previous?.id ?? '(none)'} → ${change.position.id} ${change.change.kind} ${change.date}`;
    case 'statement':
      return `statement ${change.statements[0]} ${change.date}`;
    case 'demand-new':
      return `new demand ${change.demand} ${change.date}`;
    case 'demand-ended':
      return `demand ${change.demand} ${change.state} ${change.date}`;
    case 'response':
      return `${change.isNew ? 'new ' : ''}response ${change.response} to ${change.demand} ${change.date}`;
  }
}

const listed = (from: string, to: string) =>
  changesBetween(raw, from, to).groups.map((g) => ({
    group: `${g.stakeholder} · ${g.issue}`,
    changes: g.changes.map(brief),
  }));

describe('what changed between two days (history fixture)', () => {
  it('28 Feb → 31 Mar 2031: Northland moves and answers; Southmark withdraws its demand; the deadline passes', () => {
    expect(listed('2031-02-28', '2031-03-31')).toEqual([
      {
        group: 'northland · pier',
        changes: [
          'position northland-pier-jan → northland-pier-mar moved 2031-03-15',
          'statement brell-pier-mar 2031-03-15',
          'new response rejects to southmark-pier-first 2031-03-15',
        ],
      },
      {
        group: 'northland · format',
        changes: [
          'position (none) → northland-format-mar first 2031-03-15',
          'statement brell-format-mar 2031-03-15',
          'new demand northland-no-outsiders 2031-03-15',
        ],
      },
      {
        group: 'southmark · pier',
        changes: ['statement varro-pier-mar 2031-03-20', 'demand southmark-pier-first withdrawn 2031-03-20'],
      },
    ]);
    const { events, count } = changesBetween(raw, '2031-02-28', '2031-03-31');
    expect(events).toEqual([{ date: '2031-03-01', event: 'southmark-deadline', kind: 'deadline' }]);
    expect(count).toBe(8);
  });

  it('the stance move carries both values and both dates, and cites its statements', () => {
    const move = changesBetween(raw, '2031-02-28', '2031-03-31').groups[0]!.changes[0]!;
    expect(move.kind).toBe('position');
    if (move.kind !== 'position' || move.change.kind !== 'moved') throw new Error('expected a move');
    expect([move.previous?.asOf, move.change.from.value, move.date, move.change.to.value, move.change.by]).toEqual([
      '2031-01-20',
      0,
      '2031-03-15',
      50,
      50,
    ]);
    expect(move.statements).toEqual(['brell-pier-mar']);
  });

  it('the default window is the 30 days up to 30 Apr: only Southmark restates and proposes a joint board', () => {
    expect(defaultWindow(raw.dataset.asOf)).toEqual({ from: '2031-03-31', to: '2031-04-30' });
    expect(listed('2031-03-31', '2031-04-30')).toEqual([
      {
        group: 'southmark · pier',
        changes: [
          'position southmark-pier-feb → southmark-pier-apr restated 2031-04-25',
          'statement varro-pier-apr 2031-04-25',
          'new demand southmark-joint-board 2031-04-25',
        ],
      },
    ]);
    // The planned board meeting (10 May) is after the window.
    expect(changesBetween(raw, '2031-03-31', '2031-04-30').events).toEqual([]);
  });

  it('the window opens after its first day: a change on the "from" day is not counted', () => {
    expect(listed('2031-03-15', '2031-03-19')).toEqual([]);
    expect(listed('2031-03-14', '2031-03-15').map((g) => g.group)).toEqual(['northland · pier', 'northland · format']);
  });
});
