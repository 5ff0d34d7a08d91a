/**
 * The home view as of any day, two ways behind one interface (`AsOfHome`):
 * - `homeReference`: the model cut to the day (rawAsOf) and its home view — the reference;
 * - `homeIndex`: the same view fast enough to follow a date control at scale (60 sides × 30 issues,
 *   10,000 statements). It applies the same rules — `positionAt` (asof.ts) to each position, the
 *   temporal core's `standing` and `markersOf` (core.ts), reshape's `citedBy` and `uncitedOf`,
 *   `sourceFirstDays` — once per stretch of days in which their inputs do not change, when the index
 *   is built. A rule's inputs depend on the day only through comparisons with record dates (a
 *   position's date, its statements' days), so between two such days its answer is the same; the
 *   index asks the rule on each of those days and keeps the answers, and a new day is a binary
 *   search per cell. Only the markers (which age with the day) are worked out per day, from the kept
 *   tracks, by `markersOf` itself.
 * A test compares the two on every day of the fixtures and on generated data.
 *
 * Browser-safe: no zod, no file system.
 */
import type { Position } from '../schema';
import type { RawDataset } from '../validate';
import { buildModel } from '../model';
import { dateKey } from '../dates';
import type { StatementDigest } from '../digest';
import { assembleHomeView, homeView, type HomeView } from '../home-view';
import {
  citedBy,
  digestOnce,
  matrixOf,
  positionDrawer,
  reshapeSides,
  sideOf,
  statementsByCell,
  uncitedOf,
  cellOfPosition,
  type CellView,
} from '../reshape';
import { daysBefore, positionAt, rawAsOf, sourceFirstDays } from './asof';
import { cellKey, cellTracks, markersOf, standing, type CellMarkers, type Track } from './core';

/** The home view as of a day. */
export type AsOfHome = {
  /** The home view as of `day` (YYYY-MM-DD), marking changes since `since`. */
  viewAsOf(day: string, since?: string | null): HomeView;
};

/** The reference: the home view of the model as of the day. */
export function homeReference(raw: RawDataset): AsOfHome {
  let last: { day: string; model: ReturnType<typeof buildModel> } | undefined;
  return {
    viewAsOf(day, since) {
      if (last?.day !== day) last = { day, model: buildModel(rawAsOf(raw, day)) };
      return homeView(last.model, since);
    },
  };
}

/** The same view from an index built once per page. */
export function homeIndex(raw: RawDataset): AsOfHome {
  // The whole model: every day's statements are among its statements (oldest first).
  const full = buildModel(raw);
  const dataAsOf = dateKey(raw.dataset.asOf);
  const statementDay = new Map(full.statements.map((s) => [s.id, dateKey(s.date)] as const));
  const statementDays = full.statements.map((s) => statementDay.get(s.id)!);
  /** The statements known at the end of a day (by id). */
  const knownAt = (day: string) => ({ has: (id: string) => (statementDay.get(id) ?? '9999') <= day });
  const sides = reshapeSides(full);
  // Drawn once and kept while the page lives: the records come from a parsed file nobody changes.
  const draw = positionDrawer(full);

  // Each position as it stands on each day: `positionAt` asked on every day its inputs change (its own
  // date, the days of the statements it cites), so a cut position is one record, drawn once.
  const positionOn = new Map<Position, Stepwise<Position | undefined>>();
  for (const p of raw.positions) {
    const cites = [...p.statements, ...p.conflicts.flatMap((c) => c.statements)];
    const on = stepwise([dateKey(p.asOf), ...cites.flatMap((id) => statementDay.get(id) ?? [])], (day) =>
      positionAt(p, day, knownAt(day)),
    );
    positionOn.set(p, on);
    for (const cut of on.values) if (cut) draw(cut);
  }
  /** Who may cite a statement on some day (by statement id). */
  const citers = new Map<string, Position[]>();
  for (const [p, on] of positionOn) {
    const ids = new Set(on.values.flatMap((cut) => cut?.statements ?? []));
    for (const id of ids) {
      const list = citers.get(id);
      if (list) list.push(p);
      else citers.set(id, [p]);
    }
  }

  // Each cell's track as it stands on each day (the positions standing then, in the one order).
  const cellTrack = new Map<string, Stepwise<Track>>();
  for (const [key, track] of cellTracks(raw.positions)) {
    const ons = track.map((p) => positionOn.get(p)!);
    cellTrack.set(
      key,
      stepwise(
        ons.flatMap((on) => on.days),
        (day) => ons.flatMap((on) => on.at(day) ?? []),
      ),
    );
  }

  // Each cell's uncited statements on each day: those known that none of the cell's standing positions
  // cites (only the cell's positions citing one of its statements can cite it, so only theirs are asked).
  const cellUncited = new Map<string, Stepwise<StatementDigest[]>>();
  for (const [key, list] of statementsByCell(full.statements)) {
    const days = list.map((s) => statementDay.get(s.id)!);
    const ons = [...new Set(list.flatMap((s) => citers.get(s.id) ?? []))]
      .filter((p) => cellOfPosition(p) === key)
      .map((p) => positionOn.get(p)!);
    cellUncited.set(
      key,
      stepwise([...days, ...ons.flatMap((on) => on.days)], (day) =>
        uncitedOf(list.slice(0, countUpTo(days, day)), citedBy(ons.flatMap((on) => on.at(day) ?? []))).map(digestOnce),
      ),
    );
  }
  for (const s of full.statements) digestOnce(s);

  const sourceDays = [...sourceFirstDays(full.sources, full.statements).values()].sort();
  const cells = full.issues.flatMap((issue) =>
    full.stakeholders.map((side) => {
      const key = cellKey(side.id, issue.id);
      return {
        key,
        side: sideOf(full, side.id),
        issue,
        track: cellTrack.get(key),
        uncited: cellUncited.get(key),
      };
    }),
  );

  let latestView: HomeView | undefined;
  return {
    viewAsOf(day, since) {
      // On or after the data's own date nothing is cut (rawAsOf returns the data as it is).
      if (day >= dataAsOf) return since ? homeView(full, since) : (latestView ??= homeView(full));
      const tracks: [string, Track][] = [];
      const rowCells = cells.map(({ key, side, issue, track, uncited }): CellView => {
        const standingTrack = track?.at(day) ?? [];
        if (standingTrack.length > 0) tracks.push([key, standingTrack]);
        const current = standing(standingTrack);
        // Drawn from the whole model: a cut position cites only statements known by the day, the
        // same objects there, and its date's precision cannot change with the cut (the statements
        // that decide it are dated its own day, so they are known whenever it stands).
        return {
          side,
          issue,
          ...(current ? { current: draw(current) } : {}),
          history: [],
          uncited: uncited?.at(day) ?? [],
        };
      });
      const width = full.stakeholders.length;
      const rows = full.issues.map((issue, i) => ({ issue, cells: rowCells.slice(i * width, (i + 1) * width) }));
      return assembleHomeView(
        {
          asOf: day,
          staleAfterDays: full.dataset.staleAfterDays,
          matrix: matrixOf(sides, rows),
          markers: (window) => {
            const markers: Record<string, CellMarkers> = {};
            for (const [key, track] of tracks) {
              const found = markersOf(track, window);
              if (found) markers[key] = found;
            }
            return markers;
          },
          statements: countUpTo(statementDays, day),
          sources: countUpTo(sourceDays, day),
        },
        since,
      );
    },
  };
}

/**
 * A value of the day that can change only on the given days (YYYY-MM-DD): worked out once for the
 * stretch before the first of them and once on each of them, then looked up by binary search.
 */
type Stepwise<T> = { days: string[]; values: T[]; at(day: string): T };

function stepwise<T>(changes: readonly string[], valueOn: (day: string) => T): Stepwise<T> {
  const sorted = [...changes].sort();
  const days = sorted.filter((day, i) => day !== sorted[i - 1]);
  const values = [valueOn(days.length > 0 ? dayBefore(days[0]!) : '0000-01-01'), ...days.map(valueOn)];
  return { days, values, at: (day) => values[countUpTo(days, day)]! };
}

const daysBeforeCache = new Map<string, string>();
/** The day before (memoised: the index asks it for the same few hundred days thousands of times). */
function dayBefore(day: string): string {
  let before = daysBeforeCache.get(day);
  if (before === undefined) daysBeforeCache.set(day, (before = daysBefore(day, 1)));
  return before;
}

/** How many of the sorted days are on or before `day` (a binary search). */
function countUpTo(days: readonly string[], day: string): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
