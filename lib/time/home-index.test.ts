/**
 * The fast as-of home view (homeIndex) against the reference (homeReference: the model cut to the day,
 * and its home view), with the default change window and a chosen one. Datasets: the history fixture
 * on every day (positions over four months, an ended demand, a stale cell); the seed data
 * (approximate and month-only dates); the history fixture with positions citing statements made
 * after them (so a position is cut, its date's precision worked out again, and a conflict dropped
 * until both its statements are known), and with positions dated before the statements they cite;
 * shuffled variants of the fixture (partial dates, positions sharing a day, statements on several
 * issues, positions citing other sides' and issues' statements); a generated set as the bench makes
 * it; and, with hand-written answers, two positions of one cell on the same day, and (on the window
 * fixture) a statement shown uncited until the position citing it stands beside a position citing a
 * later statement. Apart from the
 * history fixture, views are compared on the days a record's date can change something (and the day
 * before each), which keeps the file under two seconds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateKey } from '../dates';
import { historyFixture, seedData } from '../seed-data';
import { formatProblem, readDataFolder } from '../load';
import type { RawDataset } from '../validate';
import { BENCH_SCALE, syntheticDataset } from '../bench/synthetic';
import { daysBefore, lastDay, rawAsOf } from './asof';
import { homeIndex, homeReference } from './home-index';

/**
 * The days on which a view can change, and the day before each: every date a record carries (a partial
 * date at its first and last day), a week before the first and after the data's as-of date. (Between
 * two of these days nothing is added or cut, so only the markers' ageing differs, which the window
 * fixture and the history fixture's every-day test check.)
 */
function days(raw: RawDataset): string[] {
  const dates = [
    ...raw.statements.map((s) => s.date),
    ...raw.positions.map((p) => p.asOf),
    ...raw.sources.map((s) => s.published),
    ...raw.demands.flatMap((d) => (d.status ? [d.status.date] : [])),
    raw.dataset.asOf,
  ];
  const out = new Set<string>();
  for (const date of dates)
    for (const day of [dateKey(date), lastDay(date)]) {
      out.add(day);
      out.add(daysBefore(day, 1));
    }
  const sorted = [...out].sort();
  return [daysBefore(sorted[0]!, 7), ...sorted, daysBefore(dateKey(raw.dataset.asOf), -7)];
}

/** Every day from a week before the first statement to a week after the data's as-of date. */
function everyDay(raw: RawDataset): string[] {
  const first = raw.statements.map((s) => dateKey(s.date)).sort()[0]!;
  const out: string[] = [];
  for (let day = daysBefore(first, 7); day <= daysBefore(dateKey(raw.dataset.asOf), -7); day = daysBefore(day, -1))
    out.push(day);
  return out;
}

/** Plain data, so the two views compare by value (undefined fields and all). */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

function expectSameViews(
  raw: RawDataset,
  on: string[] = days(raw),
  sinces = (day: string) => [null, daysBefore(day, 45)],
) {
  const index = homeIndex(raw);
  const reference = homeReference(raw);
  let compared = 0;
  for (const day of on) {
    for (const since of sinces(day)) {
      expect(plain(index.viewAsOf(day, since)), `${day}, since ${since ?? 'default'}`).toEqual(
        plain(reference.viewAsOf(day, since)),
      );
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
    const raw = historyFixture();
    // Every day with the default window (staleness and the window's edge move daily); a chosen window on the record days.
    expect(expectSameViews(raw, everyDay(raw), () => [null])).toBeGreaterThan(100);
    expect(expectSameViews(raw, days(raw), (day) => [daysBefore(day, 45)])).toBeGreaterThan(10);
  });

  it('on the seed data (approximate and month-only dates)', () => {
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
    expect(expectSameViews(raw)).toBeGreaterThanOrEqual(30);
  });

  it('when positions are dated before the statements they cite (standing only once one is known)', () => {
    const raw = historyFixture();
    const dateOf = new Map(raw.statements.map((s) => [s.id, s.date]));
    const early = {
      ...raw,
      positions: raw.positions.map((p) => ({ ...p, asOf: daysBefore(dateOf.get(p.statements[0]!)!, 5) })),
    };
    expect(expectSameViews(early)).toBeGreaterThan(30);
  });

  it('on shuffled variants of the history fixture (partial dates, shared days, statements on several issues, cross-citations)', () => {
    // A fixed pseudo-random sequence: the same variants every run.
    let state = 7;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const dates = ['2031', '2031-01', '2031-03', '2031-01-20', '2031-02-10', '2031-03-15', '2031-04', '2031-04-30'];
    let compared = 0;
    for (let variant = 0; variant < 5; variant++) {
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
      // Every variant has two positions of one side on one issue on the same day, stances apart.
      const twin = raw.positions[0]!;
      raw.positions.push({ ...twin, id: 'variant-twin', stance: { value: 77, rationale: 'Twin.' } });
      compared += expectSameViews(raw, days(raw), (day) => [null, daysBefore(day, 5)]);
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('on a synthetic set (generated data, as the bench makes it, smaller)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-home-index-'));
    try {
      const scale = { ...BENCH_SCALE, stakeholders: 8, issues: 4, statements: 300, demands: 20 };
      for (const [name, text] of syntheticDataset(scale)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
      }
      const result = readDataFolder(dir);
      if (!result.ok) throw new Error(result.problems.slice(0, 3).map(formatProblem).join('\n'));
      const all = days(result.data);
      const sample = all.filter((_, i) => i % Math.ceil(all.length / 10) === 0);
      expect(expectSameViews(result.data, sample)).toBeGreaterThan(15);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('two positions of a side on an issue dated the same day', () => {
  // Hand-written: the history fixture's Northland pier position of 15 Mar (50) and a second one of the
  // same day appended after it (30). The later record in the file stands; the change is measured
  // from the 20 Jan position (0), 30 points up.
  const raw = historyFixture();
  const mar = raw.positions.find((p) => p.id === 'northland-pier-mar')!;
  raw.positions.push({ ...mar, id: 'northland-pier-mar-b', stance: { value: 30, rationale: 'Fictional.' } });

  it.each([
    ['the index', homeIndex(raw)],
    ['the reference', homeReference(raw)],
  ])('%s shows the one later in the file', (_, home) => {
    const view = home.viewAsOf('2031-03-31');
    const cell = view.matrix.rows[0]!.cells.find((c) => c.side.id === 'northland')!;
    expect(cell.current?.id).toBe('northland-pier-mar-b');
    expect(view.markers['northland.pier']?.change).toMatchObject({
      kind: 'moved',
      by: 30,
      earlier: { id: 'northland-pier-jan' },
    });
  });
});

describe('a statement made before the position that cites it, and a position citing a later statement', () => {
  // Hand-written, on the window fixture (lib/fixtures/window-data/README.md) changed in two ways:
  // Eastport's second position is dated 20 Jul (its statement, lund-ferry-jul-15, stays on 15 Jul), and
  // Westhaven's 8 Jul position also cites Sall's 15 Jul statement. So from 15 to 19 Jul Lund's 15 Jul
  // statement is said but cited by no standing position (shown uncited in Eastport's cell), and on
  // 20 Jul it is cited and Eastport moves 20 → 40; Westhaven's 8 Jul position shows only its own
  // statement until 15 Jul, when its 15 Jul position stands.
  const loaded = readDataFolder(path.join(process.cwd(), 'lib', 'fixtures', 'window-data'));
  if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
  const raw: RawDataset = {
    ...loaded.data,
    positions: loaded.data.positions.map((p) =>
      p.id === 'eastport-ferry-jul-15'
        ? { ...p, asOf: '2032-07-20' }
        : p.id === 'westhaven-ferry-jul-8'
          ? { ...p, statements: [...p.statements, 'sall-ferry-jul-15'] }
          : p,
    ),
  };
  const shown = (view: ReturnType<ReturnType<typeof homeIndex>['viewAsOf']>) => {
    const cells = Object.fromEntries(view.matrix.rows[0]!.cells.map((c) => [c.side.id, c]));
    const cell = (side: string) => ({
      current: cells[side]!.current?.id,
      cites: cells[side]!.current?.statements.map((s) => s.id),
      uncited: cells[side]!.uncited.map((s) => s.id),
      change: view.markers[`${side}.ferry`]?.change?.by,
    });
    return {
      eastport: cell('eastport'),
      westhaven: cell('westhaven'),
      statements: view.statements,
      sources: view.sources,
    };
  };
  const before = {
    eastport: { current: 'eastport-ferry-jun', cites: ['lund-ferry-jun'], uncited: [], change: undefined },
    westhaven: { current: 'westhaven-ferry-jul-8', cites: ['sall-ferry-jul-8'], uncited: [], change: undefined },
    statements: 2,
    sources: 2,
  };
  const between = {
    eastport: {
      current: 'eastport-ferry-jun',
      cites: ['lund-ferry-jun'],
      uncited: ['lund-ferry-jul-15'],
      change: undefined,
    },
    westhaven: { current: 'westhaven-ferry-jul-15', cites: ['sall-ferry-jul-15'], uncited: [], change: -15 },
    statements: 4,
    sources: 3,
  };
  const after = {
    ...between,
    eastport: { current: 'eastport-ferry-jul-15', cites: ['lund-ferry-jul-15'], uncited: [], change: 20 },
  };

  it.each([
    ['the index', homeIndex(raw)],
    ['the reference', homeReference(raw)],
  ])('%s', (_, home) => {
    expect(shown(home.viewAsOf('2032-07-14'))).toEqual(before);
    expect(shown(home.viewAsOf('2032-07-15'))).toEqual(between);
    expect(shown(home.viewAsOf('2032-07-19'))).toEqual(between);
    expect(shown(home.viewAsOf('2032-07-20'))).toEqual(after);
  });
});
