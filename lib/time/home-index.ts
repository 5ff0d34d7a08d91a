/**
 * The home view as of any day, worked out fast enough to follow a date control at scale (60 sides ×
 * 30 issues, 10,000 statements). The reference is `homeView(buildModel(rawAsOf(raw, day)))`: this
 * gives the same view (a test compares them on every day of the fixtures), but from an index built
 * once per page — each cell's positions newest first, each statement's first day of being cited —
 * so a new day costs a pass over the cells, not a new model of the whole dataset.
 *
 * Browser-safe: no zod, no file system.
 */
import type { Issue, Position } from '../schema';
import type { RawDataset } from '../validate';
import { buildModel, type StatementView } from '../model';
import { compareDates, dateKey } from '../dates';
import { digestStatement } from '../digest';
import { assembleHomeView, homeView, type HomeView } from '../home-view';
import { matrixOf, positionDrawer, reshapeSides, sideOf, type CellView } from '../reshape';
import type { StatementDigest } from '../digest';
import { cutPosition } from './asof';
import { markerKey, markersOf, type CellMarkers } from './markers';

const NEVER = '9999-12-31';
const latest = (a: string, b: string) => (a > b ? a : b);
const earliest = (a: string, b: string) => (a < b ? a : b);

type IndexedPosition = {
  position: Position;
  /** The first day it stands: its own date, and a statement it cites known. */
  from: string;
  /** The first day every statement it cites (conflicts too) is known: from then on nothing of it is cut. */
  whole: string;
};

type IndexedCell = {
  issue: Issue;
  stakeholder: string;
  /** Newest first; a stable sort keeps file order within a day (as lib/analysis/positions.ts does). */
  positions: IndexedPosition[];
  /** The side's statements on the issue, oldest first, each with its day and the first day a standing position cites it. */
  statements: { statement: StatementView; day: string; citedFrom: string }[];
};

export type HomeIndex = {
  /** The home view as of `day` (YYYY-MM-DD), marking changes since `since`. */
  viewAsOf(day: string, since?: string | null): HomeView;
};

export function homeIndex(raw: RawDataset): HomeIndex {
  // The whole model: every day's statements are among its statements.
  const full = buildModel(raw);
  const dataAsOf = dateKey(raw.dataset.asOf);
  const statementDay = new Map(full.statements.map((s) => [s.id, dateKey(s.date)] as const));
  const dayOf = (id: string) => statementDay.get(id) ?? NEVER;

  // When each statement is first cited by a position that stands: the position's own date or the
  // statement's, whichever is later.
  const citedFrom = new Map<string, string>();
  const standingFrom = new Map<Position, Omit<IndexedPosition, 'position'>>();
  for (const p of raw.positions) {
    const firstKnown = p.statements.map(dayOf).reduce(earliest, NEVER);
    const from = latest(dateKey(p.asOf), firstKnown);
    const allKnown = [...p.statements, ...p.conflicts.flatMap((c) => c.statements)].map(dayOf).reduce(latest, from);
    standingFrom.set(p, { from, whole: allKnown });
    for (const id of p.statements) {
      const day = latest(dateKey(p.asOf), dayOf(id));
      if (day < (citedFrom.get(id) ?? NEVER)) citedFrom.set(id, day);
    }
  }

  const cells = new Map<string, IndexedCell>();
  const cellOf = (stakeholder: string, issue: string) => cells.get(`${stakeholder}|${issue}`);
  for (const issue of full.issues)
    for (const side of full.stakeholders)
      cells.set(`${side.id}|${issue.id}`, { issue, stakeholder: side.id, positions: [], statements: [] });
  for (const p of raw.positions)
    cellOf(p.stakeholder, p.issue)?.positions.push({ position: p, ...standingFrom.get(p)! });
  for (const cell of cells.values()) cell.positions.sort((a, b) => compareDates(b.position.asOf, a.position.asOf));
  for (const statement of full.statements)
    for (const issue of statement.issues)
      cellOf(statement.stakeholder, issue)?.statements.push({
        statement,
        day: statementDay.get(statement.id)!,
        citedFrom: citedFrom.get(statement.id) ?? NEVER,
      });

  // Sources count from their publication, or from the first statement of theirs that is known.
  const sourceFrom = new Map(full.sources.map((s) => [s.id, dateKey(s.published)] as const));
  for (const s of full.statements) {
    const from = sourceFrom.get(s.source);
    if (from !== undefined) sourceFrom.set(s.source, earliest(from, statementDay.get(s.id)!));
  }
  const statementDays = full.statements.map((s) => statementDay.get(s.id)!); // oldest first
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
      // On or after the data's own date nothing is cut (lib/time/asof.ts returns the data as is).
      if (day >= dataAsOf) return since ? homeView(full, since) : (latestView ??= homeView(full));
      const known = { has: (id: string) => dayOf(id) <= day };
      // Each cell's positions that stand by the day, newest first (the markers read them).
      const standing: [string, Position[]][] = [];
      const rows = full.issues.map((issue) => ({
        issue,
        cells: full.stakeholders.map((side): CellView => {
          const cell = cellOf(side.id, issue.id)!;
          const kept: Position[] = [];
          for (const { position, from, whole } of cell.positions)
            if (from <= day) kept.push(whole <= day ? position : cutPosition(position, known)!);
          const current = kept[0];
          if (current) standing.push([markerKey(side.id, issue.id), kept]);
          const uncited: StatementDigest[] = [];
          for (const s of cell.statements) {
            if (s.day > day) break; // oldest first
            if (s.citedFrom > day) uncited.push(digestOnce(s.statement));
          }
          return {
            side: sideOf(full, side.id),
            issue,
            // Drawn from the whole model: a cut position cites only statements known by the day,
            // the same objects there, and its date's precision cannot change with the cut (the
            // statements that decide it are dated its own day, so they are known whenever it stands).
            ...(current ? { current: draw(current) } : {}),
            history: [],
            uncited,
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
            for (const [key, list] of standing) {
              const found = markersOf(list, window);
              if (found) markers[key] = found;
            }
            return markers;
          },
          statements: countUpTo(statementDays, day),
          sources: [...sourceFrom.values()].filter((from) => from <= day).length,
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
