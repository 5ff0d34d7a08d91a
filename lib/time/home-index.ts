/**
 * The home view as of any day, two ways behind one interface (`AsOfHome`):
 * - `homeReference`: the model cut to the day (rawAsOf) and its home view — the reference;
 * - `homeIndex`: the same view fast enough to follow a date control at scale (60 sides × 30 issues,
 *   10,000 statements). It applies the same rules — `positionAt` (asof.ts) to each position, the
 *   temporal core's tracks and markers (core.ts), reshape's `uncitedByCell`, `sourcesKnown` — but
 *   keeps what does not change with the day: the whole model, each cell's track, each position drawn
 *   once and each statement's digest, so a new day costs a pass over the records, not a new model.
 * A test compares the two on every day of the fixtures and on generated data.
 *
 * Browser-safe: no zod, no file system.
 */
import type { Position } from '../schema';
import type { RawDataset } from '../validate';
import { buildModel, type StatementView } from '../model';
import { dateKey } from '../dates';
import { digestStatement, type StatementDigest } from '../digest';
import { assembleHomeView, homeView, type HomeView } from '../home-view';
import {
  citedBy,
  matrixOf,
  positionDrawer,
  reshapeSides,
  sideOf,
  statementsByCell,
  uncitedOf,
  type CellView,
} from '../reshape';
import { positionAt, rawAsOf, sourcesKnown } from './asof';
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
  const tracks = cellTracks(raw.positions);
  // Each cell's statements, oldest first, with their days: a day's are a prefix.
  const cellStatements = new Map(
    [...statementsByCell(full.statements)].map(([key, list]) => [
      key,
      { list, days: list.map((s) => statementDay.get(s.id)!) },
    ]),
  );
  const sides = reshapeSides(full);
  // Drawn once and kept while the page lives: the records come from a parsed file nobody changes.
  const draw = positionDrawer(full);
  const digests = new Map<string, StatementDigest>();
  const digestOnce = (s: StatementView) => {
    let digest = digests.get(s.id);
    if (!digest) digests.set(s.id, (digest = digestStatement(s)));
    return digest;
  };
  // Drawn up front (it is the first switch that pays, with the records' download): each position
  // whole and each statement's digest, which is what most days show.
  for (const p of raw.positions) draw(p);
  for (const s of full.statements) digestOnce(s);

  let latestView: HomeView | undefined;
  return {
    viewAsOf(day, since) {
      // On or after the data's own date nothing is cut (rawAsOf returns the data as it is).
      if (day >= dataAsOf) return since ? homeView(full, since) : (latestView ??= homeView(full));
      const known = { has: (id: string) => (statementDay.get(id) ?? '9999') <= day };
      const statements = full.statements.slice(0, countUpTo(statementDays, day));
      // Each cell's track as it stands at the end of the day.
      const standingTracks = new Map<string, Track>();
      for (const [key, track] of tracks) {
        const kept: Position[] = [];
        for (const p of track) {
          const cut = positionAt(p, day, known);
          if (cut) kept.push(cut);
        }
        if (kept.length > 0) standingTracks.set(key, kept);
      }
      const cited = citedBy(standingPositions(standingTracks));
      const uncitedIn = (key: string) => {
        const cell = cellStatements.get(key);
        return cell ? uncitedOf(cell.list.slice(0, countUpTo(cell.days, day)), cited) : [];
      };
      const rows = full.issues.map((issue) => ({
        issue,
        cells: full.stakeholders.map((side): CellView => {
          const key = cellKey(side.id, issue.id);
          const current = standing(standingTracks.get(key) ?? []);
          return {
            side: sideOf(full, side.id),
            issue,
            // Drawn from the whole model: a cut position cites only statements known by the day,
            // the same objects there, and its date's precision cannot change with the cut (the
            // statements that decide it are dated its own day, so they are known whenever it stands).
            ...(current ? { current: draw(current) } : {}),
            history: [],
            uncited: uncitedIn(key).map(digestOnce),
          };
        }),
      }));
      return assembleHomeView(
        {
          asOf: day,
          staleAfterDays: full.dataset.staleAfterDays,
          matrix: matrixOf(sides, rows),
          markers: (window) => {
            const markers: Record<string, CellMarkers> = {};
            for (const [key, track] of standingTracks) {
              const found = markersOf(track, window);
              if (found) markers[key] = found;
            }
            return markers;
          },
          statements: statements.length,
          sources: sourcesKnown(full.sources, statements, day).length,
        },
        since,
      );
    },
  };
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

/** Every position of the tracks, without copying them into one list. */
function* standingPositions(tracks: ReadonlyMap<string, Track>): Iterable<Position> {
  for (const track of tracks.values()) yield* track;
}
