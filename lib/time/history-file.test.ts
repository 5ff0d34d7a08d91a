/** The models an as-of page keeps: one per day asked for, the last four only. */
import { expect, it } from 'vitest';
import { historyFixture } from '../seed-data';
import { modelAsOf } from './history-file';

it('builds a day once while it is among the last four asked for, then lets it go', () => {
  const raw = historyFixture();
  const first = modelAsOf(raw, '2031-02-01');
  expect(modelAsOf(raw, '2031-02-01')).toBe(first);
  for (const day of ['2031-02-02', '2031-02-03', '2031-02-04']) modelAsOf(raw, day);
  expect(modelAsOf(raw, '2031-02-01')).toBe(first); // still among the last four (and now the newest)
  for (const day of ['2031-02-05', '2031-02-06', '2031-02-07', '2031-02-08']) modelAsOf(raw, day);
  const again = modelAsOf(raw, '2031-02-01');
  expect(again).not.toBe(first);
  expect(again.statements.map((s) => s.id)).toEqual(first.statements.map((s) => s.id));
});
