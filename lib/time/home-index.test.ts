/**
 * The fast as-of home view (homeIndex) against the reference, `homeView(buildModel(rawAsOf(raw, day)))`:
 * the same view on every day of each dataset's range, with the default change window and a chosen
 * one. Datasets: the history fixture (positions over four months, an ended demand, a stale cell), the
 * seed data (approximate and month-only dates), a synthetic set at a tenth of the bench's scale, and
 * the history fixture with positions citing statements made after them (so a position is cut, its
 * date's precision worked out again, and a conflict dropped until both its statements are known), and
 * with positions dated before the statements they cite; and thirty shuffled variants of the fixture
 * (partial dates, positions sharing a day, statements on several issues, positions citing other
 * sides' and issues' statements), which alone catch a wrong order among positions of the same day.
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

  it('on shuffled variants of the history fixture (partial dates, shared days, statements on several issues, cross-citations)', () => {
    // A fixed pseudo-random sequence: the same variants every run.
    let state = 7;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const dates = [
      '2031',
      '2031-01',
      '2031-03',
      '2031-01-20',
      '2031-02-10',
      '2031-03-15',
      '2031-03-15',
      '2031-04',
      '2031-04-30',
    ];
    let compared = 0;
    for (let variant = 0; variant < 30; variant++) {
      const raw = historyFixture();
      const issues = raw.issues.map((i) => i.id);
      raw.statements = raw.statements.map((st) => ({
        ...st,
        date: pick(dates),
        dateApprox: random() < 0.3,
        issues: random() < 0.4 ? [...issues] : [pick(issues)],
      }));
      raw.sources = raw.sources.map((source) => ({ ...source, published: pick(dates) }));
      const ids = raw.statements.map((st) => st.id);
      raw.positions = Array.from({ length: 4 + Math.floor(random() * 8) }, (_, k) => {
        const like = pick(raw.positions);
        const cited = [...new Set([pick(ids), pick(ids), pick(ids)])];
        return {
          ...like,
          id: `variant-${k}`,
          stakeholder: pick(raw.stakeholders).id,
          issue: pick(issues),
          asOf: pick(dates),
          summary: random() < 0.5 ? like.summary : `Summary ${k}`,
          statements: cited,
          conflicts: random() < 0.4 ? [{ summary: 'Said both.', statements: [pick(ids), pick(ids)] }] : [],
        };
      });
      const index = homeIndex(raw);
      for (const day of days(raw, 4))
        for (const since of [null, daysBefore(day, 45), daysBefore(day, 5), '2031-03']) {
          const reference = homeView(buildModel(rawAsOf(raw, day)), since);
          expect(plain(index.viewAsOf(day, since)), `variant ${variant}, ${day}, since ${since}`).toEqual(
            plain(reference),
          );
          compared++;
        }
    }
    expect(compared).toBeGreaterThan(2000);
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
