import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { formatProblem, readDataFolder } from './load';
import { buildModel } from './model';
import { rawAsOf } from './time/asof';
import { homeView } from './home-view';

// The history fixture (fictional); the expected answers are those its README.md lists by hand.
const result = readDataFolder(path.resolve('lib/fixtures/history-data'));
if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
const raw = result.data;
const viewAsOf = (day: string, since?: string) => homeView(buildModel(rawAsOf(raw, day)), since);
const current = (view: ReturnType<typeof homeView>, side: string, issue: string) =>
  view.matrix.rows.find((r) => r.issue.id === issue)?.cells.find((c) => c.side.id === side)?.current?.id;

describe('homeView over time', () => {
  it('as of 28 Feb 2031: the January position stands, nothing later is counted, Southmark newly placed', () => {
    const view = viewAsOf('2031-02-28');
    expect(current(view, 'northland', 'pier')).toBe('northland-pier-jan');
    expect(current(view, 'northland', 'format')).toBeUndefined();
    expect([view.statements, view.sources]).toEqual([3, 2]);
    // Southmark's first pier stance (10 Feb, README) lies inside the window from 29 Jan: placed on the scale.
    expect(view.markers).toEqual({ 'southmark.pier': { change: { kind: 'placed' } } });
    expect(view.since).toBe('2031-01-29');
  });

  it('as of 31 Mar 2031: the move is marked with the January stance, the observers flagged stale', () => {
    const view = viewAsOf('2031-03-31');
    expect(current(view, 'northland', 'pier')).toBe('northland-pier-mar');
    expect(view.markers['northland.pier']?.change).toMatchObject({
      kind: 'moved',
      by: 50,
      earlier: { id: 'northland-pier-jan', asOf: '2031-01-20' },
    });
    expect(view.markers['observers.pier']).toEqual({ stale: { age: 70 } });
    expect(view.statements).toBe(6);
  });

  it('the latest view marks only the stale position by default, and the move with an earlier since', () => {
    const latest = homeView(buildModel(raw));
    expect(Object.keys(latest.markers)).toEqual(['observers.pier']);
    expect(latest.sinceDefault).toBe(true);
    const since = homeView(buildModel(raw), '2031-02-28');
    expect(since.sinceDefault).toBe(false);
    expect(since.markers['northland.pier']?.change?.earlier?.id).toBe('northland-pier-jan');
    // Northland's first format stance (15 Mar, README) lies inside that window: placed on the scale, nothing earlier.
    expect(since.markers['northland.format']?.change).toEqual({ kind: 'placed' });
    // A since that is not a date falls back to the default window.
    expect(homeView(buildModel(raw), '2031-02-30').since).toBe('2031-03-31');
  });

  it('the matrix cells carry no history (the panel has it)', () => {
    const view = viewAsOf('2031-03-31');
    expect(view.matrix.rows.flatMap((r) => r.cells.map((c) => c.history.length))).toEqual(
      view.matrix.rows.flatMap((r) => r.cells.map(() => 0)),
    );
  });
});
