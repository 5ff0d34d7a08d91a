/**
 * The fast as-of home view (homeIndex) against the reference, `homeView(buildModel(rawAsOf(raw, day)))`:
 * the same view on every day of each dataset's range, with the default change window and a chosen
 * one. Datasets: the history fixture (positions over four months, an ended demand, a stale cell), the
 * seed data (approximate and month-only dates), a synthetic set at a tenth of the bench's scale, and
 * the history fixture with positions citing statements made after them (so a position is cut, its
 * date's precision worked out again, and a conflict dropped until both its statements are known), and
 * with positions dated before the statements they cite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { homeView } from '../home-view';
import { dateKey } from '../dates';
import { historyFixture, seedData } from '../seed-data';
import { formatProblem, readDataFolder } from '../load';
import type { RawDataset } from '../validate';
import { BENCH_SCALE, syntheticDataset } from '../bench/synthetic';
import { daysBefore, rawAsOf } from './asof';
import { homeIndex } from './home-index';

/** Every day from a week before the first statement to a week after the data's as-of date. */
function days(raw: RawDataset, step = 1): string[] {
  const first = raw.statements.map((s) => dateKey(s.date)).sort()[0]!;
  const out: string[] = [];
  for (let day = daysBefore(first, 7); day <= daysBefore(dateKey(raw.dataset.asOf), -7); day = daysBefore(day, -step))
    out.push(day);
  return out;
}

/** Plain data, so the two views compare by value (undefined fields and all). */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

function expectSameViews(raw: RawDataset, step = 1) {
  const index = homeIndex(raw);
  let compared = 0;
  for (const day of days(raw, step)) {
    for (const since of [null, daysBefore(day, 45)]) {
      const reference = homeView(buildModel(rawAsOf(raw, day)), since);
      expect(plain(index.viewAsOf(day, since)), `${day}, since ${since ?? 'default'}`).toEqual(plain(reference));
      compared++;
    }
  }
  return compared;
}

/** The history fixture, with each position also citing its side's statements on its issue made after it. */
function withLaterCitations(raw: RawDataset): RawDataset {
  const sideOf = new Map(raw.actors.map((a) => [a.id, a.stakeholder]));
  const later = (p: RawDataset['positions'][number]) =>
    raw.statements
      .filter(
        (s) => sideOf.get(s.actor) === p.stakeholder && s.issues.includes(p.issue) && dateKey(s.date) > dateKey(p.asOf),
      )
      .map((s) => s.id);
  return {
    ...raw,
    positions: raw.positions.map((p) => {
      const extra = later(p);
      return {
        ...p,
        statements: [...p.statements, ...extra],
        conflicts: extra.length
          ? [{ summary: 'Said otherwise later.', statements: [p.statements[0]!, extra[0]!] }]
          : [],
      };
    }),
  };
}

describe('the as-of home view through the index equals the reference', () => {
  it('on every day of the history fixture', () => {
    expect(expectSameViews(historyFixture())).toBeGreaterThan(200);
  });

  it('on every day of the seed data', () => {
    expect(expectSameViews(seedData())).toBeGreaterThan(20);
  });

  it('when positions cite statements made after them (cut positions, conflicts known later)', () => {
    const raw = withLaterCitations(historyFixture());
    // The case is there: some position is cut on some day.
    const cut = raw.positions.some((p) =>
      days(raw).some((day) => {
        const kept = rawAsOf(raw, day).positions.find((q) => q.id === p.id);
        return kept && kept.statements.length < p.statements.length;
      }),
    );
    expect(cut).toBe(true);
    expect(expectSameViews(raw)).toBeGreaterThan(200);
  });

  it('when positions are dated before the statements they cite (standing only once one is known)', () => {
    const raw = historyFixture();
    const dateOf = new Map(raw.statements.map((s) => [s.id, s.date]));
    const early = {
      ...raw,
      positions: raw.positions.map((p) => ({ ...p, asOf: daysBefore(dateOf.get(p.statements[0]!)!, 5) })),
    };
    expect(expectSameViews(early)).toBeGreaterThan(200);
  });

  describe('on a synthetic set at a tenth of the bench scale', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-home-index-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    it('every fifth day', () => {
      const scale = { ...BENCH_SCALE, stakeholders: 12, issues: 6, statements: 1000, demands: 50 };
      for (const [name, text] of syntheticDataset(scale)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
      }
      const result = readDataFolder(dir);
      if (!result.ok) throw new Error(result.problems.slice(0, 3).map(formatProblem).join('\n'));
      expect(expectSameViews(result.data, 5)).toBeGreaterThan(40);
    });
  });
});
