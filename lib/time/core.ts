/**
 * The temporal core: the one place that says which position stands at the end of a day, what each
 * step of a side's positions changed, what a cell marks as changed inside a window, and what changed
 * between two days. Everything that shows positions over time derives from here: the matrix and its
 * markers (lib/home-view.ts, lib/reshape.ts), position tracks and the history step chart
 * (lib/analysis/positions.ts, position-history.ts), the changes page and the deck's changes slide
 * (changes-view.ts), the deck and pages as of a day (rawAsOf in asof.ts cuts the records to a day;
 * this module orders and compares what is left), and the fast as-of index (home-index.ts), which
 * calls these same functions.
 *
 * The one ordering rule: a side's positions on an issue run oldest first by date, and in file order
 * within a day — a record added to the file later is the later step, so it is the one that stands.
 *
 * Pure over records; browser-safe (no zod, no file system).
 */
import type { Position } from '../schema';
import type { RawDataset } from '../validate';
import { compareDates, dateKey } from '../dates';
import { samePlace, stanceMiddle, type StancePlace } from '../stance';
import { daysBefore, demandFirstStated, knownBy, lastDay } from './asof';
import { staleness } from './stale';

// ---------------------------------------------------------------------------------------------
// Which position stands

/** The key of a cell (side × issue), as in `?cell=side.issue`. */
export const cellKey = (stakeholder: string, issue: string) => `${stakeholder}.${issue}`;

/** A side's positions on one issue, oldest first (file order within a day). The last one stands. */
export type Track = readonly Position[];

/** Positions in the one order: oldest first, file order within a day (a stable sort). */
export function inTrackOrder<T extends Pick<Position, 'asOf'>>(positions: readonly T[]): T[] {
  return [...positions].sort((a, b) => compareDates(a.asOf, b.asOf));
}

// Indexed once per array of positions: a matrix asks for every cell, and an as-of view at scale must
// not rescan them all.
const indexed = new WeakMap<readonly Position[], ReadonlyMap<string, Track>>();

/** Every cell's track (keyed by cellKey), from positions already cut to a day (or all of them). */
export function cellTracks(positions: readonly Position[]): ReadonlyMap<string, Track> {
  let index = indexed.get(positions);
  if (!index) {
    const map = new Map<string, Position[]>();
    for (const p of inTrackOrder(positions)) {
      const key = cellKey(p.stakeholder, p.issue);
      const list = map.get(key);
      if (list) list.push(p);
      else map.set(key, [p]);
    }
    indexed.set(positions, (index = map));
  }
  return index;
}

/** One cell's track. */
export const trackOf = (positions: readonly Position[], stakeholder: string, issue: string): Track =>
  cellTracks(positions).get(cellKey(stakeholder, issue)) ?? [];

/** The position that stands on a track: its last. */
export const standing = (track: Track): Position | undefined => track.at(-1);

// ---------------------------------------------------------------------------------------------
// What a step changed

export type StepChange =
  | { kind: 'first' }
  /** The place changed: `by` is how far its middle moved, in points (positive: up the scale). */
  | { kind: 'moved'; from: StancePlace; to: StancePlace; by: number; reworded: boolean }
  /** A stance was placed where the earlier position had none, or the other way round. */
  | { kind: 'placed' | 'unplaced'; reworded: boolean }
  | { kind: 'reworded' }
  | { kind: 'restated' };

export type TrackStep = { position: Position; change: StepChange };

/** How far a stance's middle moved from `from` to `to`, in points to one decimal (positive: up the scale). */
export const moveBy = (from: StancePlace, to: StancePlace): number =>
  Math.round((stanceMiddle(to) - stanceMiddle(from)) * 10) / 10;

/** What `after` changed from `before` (undefined: `after` is the first). */
export function stepChange(before: Position | undefined, after: Position): StepChange {
  if (!before) return { kind: 'first' };
  const reworded = before.summary.trim() !== after.summary.trim();
  if (before.stance && after.stance && !samePlace(before.stance, after.stance))
    return {
      kind: 'moved',
      from: before.stance,
      to: after.stance,
      by: moveBy(before.stance, after.stance),
      reworded,
    };
  if (!before.stance !== !after.stance) return { kind: after.stance ? 'placed' : 'unplaced', reworded };
  return reworded ? { kind: 'reworded' } : { kind: 'restated' };
}

/** A track's steps, oldest first, each with what it changed from the one before. */
export function trackSteps(track: Track): TrackStep[] {
  return track.map((position, i) => ({ position, change: stepChange(track[i - 1], position) }));
}

/** Steps of one side on one issue, oldest first. */
export const positionSteps = (positions: readonly Position[], stakeholder: string, issue: string): TrackStep[] =>
  trackSteps(trackOf(positions, stakeholder, issue));

// ---------------------------------------------------------------------------------------------
// What a cell marks: a change inside the window, and staleness

/** How many days before the view's day the matrix looks for changes when no `?since=` is given. */
export const DEFAULT_CHANGE_DAYS = 30;

/** The default "changes since" day: DEFAULT_CHANGE_DAYS before the view's day. */
export const defaultSince = (asOf: string) => daysBefore(asOf, DEFAULT_CHANGE_DAYS);

export type ChangeMarker = {
  kind: 'moved' | 'placed' | 'unplaced' | 'reworded';
  /** Points the stance's middle moved (positive: up the scale); moved only. */
  by?: number;
  /**
   * The position the change is measured from: the one that stood at the end of `since`, or, when
   * none stood then, the side's first position inside the window. Absent on a `placed` marker for a
   * side's first stance: it had no position before the window, and its first one inside it is placed
   * on the scale (nothing earlier to show).
   */
  earlier?: { id: string; asOf: string; stance?: StancePlace };
};

/** `age` in days; `atLeast` when the position's date is partial ("2025-05"): counted from its last possible day. */
export type StaleMarker = { age: number; atLeast?: true };

export type CellMarkers = { change?: ChangeMarker; stale?: StaleMarker };

export type MarkerWindow = {
  /** The view's day (YYYY-MM-DD): positions dated later are ignored. */
  asOf: string;
  /** Changes after the end of this day are marked (YYYY-MM-DD). */
  since: string;
  staleAfterDays: number;
};

/**
 * One cell's markers (undefined: none), from its track as it stands on the window's day. A change is
 * the standing position measured against the one that stood at the end of `since` — or, when the
 * side had none then, against its first position inside the window — so every move that lands
 * inside the window (on the view's day too) is marked. A restatement is not. A side with no position
 * before the window whose position inside it has a stance is marked placed (◇), with no earlier stance.
 */
export function markersOf(track: Track, window: MarkerWindow): CellMarkers | undefined {
  // Oldest first, so what is known by the day is a prefix, and what stood at `since` the last of a shorter one.
  let end = track.length;
  while (end > 0 && !knownBy(track[end - 1]!.asOf, window.asOf)) end--;
  const current = track[end - 1];
  if (!current) return undefined;
  const cell: CellMarkers = {};
  let before = end;
  while (before > 0 && dateKey(track[before - 1]!.asOf) > window.since) before--;
  const earlier = track[before > 0 ? before - 1 : 0];
  if (earlier && earlier !== current) {
    const change = stepChange(earlier, current);
    if (change.kind !== 'restated' && change.kind !== 'first')
      cell.change = {
        kind: change.kind,
        ...(change.kind === 'moved' ? { by: change.by } : {}),
        earlier: { id: earlier.id, asOf: earlier.asOf, ...(earlier.stance ? { stance: earlier.stance } : {}) },
      };
  }
  // No position stood at `since` and the standing one has a stance: the side was placed on the scale
  // inside the window (its first position, or a first one restated) — the legend's ◇.
  if (!cell.change && before === 0 && current.stance) cell.change = { kind: 'placed' };
  // A partial date ("2025-05") is aged from its last possible day: flagged only when surely stale.
  const partial = current.asOf.length < 10;
  const { age, stale } = staleness(lastDay(current.asOf), window.asOf, window.staleAfterDays);
  if (stale) cell.stale = partial ? { age, atLeast: true } : { age };
  return cell.change || cell.stale ? cell : undefined;
}

/** Markers per cell (keyed by cellKey; cells with none are left out). */
export function cellMarkers(positions: readonly Position[], window: MarkerWindow): Map<string, CellMarkers> {
  const markers = new Map<string, CellMarkers>();
  for (const [key, track] of cellTracks(positions)) {
    const cell = markersOf(track, window);
    if (cell) markers.set(key, cell);
  }
  return markers;
}

// ---------------------------------------------------------------------------------------------
// What changed between two days

export type Change =
  | {
      kind: 'position';
      date: string;
      position: Position;
      /** The position that stood before this one, if any. */
      previous?: Position;
      change: StepChange;
      statements: string[];
    }
  | { kind: 'statement'; date: string; statements: [string] }
  | { kind: 'demand-new'; date: string; demand: string; statements: string[] }
  | {
      kind: 'demand-ended';
      date: string;
      demand: string;
      state: 'withdrawn' | 'met' | 'superseded';
      supersededBy?: string;
      note: string;
      statements: string[];
    }
  | {
      kind: 'response';
      date: string;
      demand: string;
      response: 'accepts' | 'rejects' | 'partly';
      /** True when the response's first statement falls in the window; false when statements were added to an earlier one. */
      isNew: boolean;
      statements: string[];
    };

export type ChangeGroup = { stakeholder: string; issue: string | null; changes: Change[] };
export type EventChange = { date: string; event: string; kind: 'happened' | 'deadline' | 'planned' };

export type ChangeList = {
  from: string;
  to: string;
  groups: ChangeGroup[];
  /** Events dated in the window: things that happened, deadlines that came (and so passed), planned dates. */
  events: EventChange[];
  /** How many changes in all (events not counted). */
  count: number;
};

/** The default window: the 30 days up to the dataset's as-of date. */
export function defaultWindow(asOf: string): { from: string; to: string } {
  return { from: daysBefore(asOf, DEFAULT_CHANGE_DAYS), to: dateKey(asOf) };
}

/**
 * What changed after `from` up to the end of `to`: for each side and issue, the steps of its track
 * dated in that time (each with the position that stood before it), the statements made, demands
 * first stated or ended, responses given or added to, and events (deadlines passing among them).
 * Each change names its statements.
 */
export function changesBetween(raw: RawDataset, from: string, to: string): ChangeList {
  const inWindow = (date: string) => dateKey(date) > from && dateKey(date) <= to;
  const side = new Map(raw.actors.map((a) => [a.id, a.stakeholder]));
  const statement = new Map(raw.statements.map((s) => [s.id, s]));
  const dateOf = (id: string) => statement.get(id)?.date;
  const groups = new Map<string, ChangeGroup>();
  const add = (stakeholder: string, issue: string | null, change: Change) => {
    const key = `${stakeholder}|${issue ?? ''}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { stakeholder, issue, changes: [] }));
    group.changes.push(change);
  };

  for (const track of cellTracks(raw.positions).values()) {
    trackSteps(track).forEach(({ position, change }, i) => {
      if (!inWindow(position.asOf)) return;
      const previous = track[i - 1];
      add(position.stakeholder, position.issue, {
        kind: 'position',
        date: position.asOf,
        position,
        ...(previous ? { previous } : {}),
        change,
        statements: position.statements,
      });
    });
  }

  for (const s of raw.statements) {
    if (!inWindow(s.date)) continue;
    const who = side.get(s.actor);
    if (!who) continue;
    for (const issue of s.issues.length > 0 ? s.issues : [null])
      add(who, issue, { kind: 'statement', date: s.date, statements: [s.id] });
  }

  for (const d of raw.demands) {
    const first = demandFirstStated(d, dateOf);
    if (first && inWindow(first))
      add(d.stakeholder, d.issue, { kind: 'demand-new', date: first, demand: d.id, statements: d.statements });
    if (d.status && inWindow(d.status.date))
      add(d.stakeholder, d.issue, {
        kind: 'demand-ended',
        date: d.status.date,
        demand: d.id,
        state: d.status.state,
        ...(d.status.supersededBy ? { supersededBy: d.status.supersededBy } : {}),
        note: d.status.note,
        statements: d.status.statements,
      });
    for (const r of d.responses) {
      const dates = r.statements.map(dateOf).filter((x): x is string => x !== undefined);
      const recent = r.statements.filter((id) => inWindow(dateOf(id) ?? '0000'));
      if (recent.length === 0) continue;
      const isNew = dates.every((x) => dateKey(x) > from);
      const latest = recent
        .map((id) => dateOf(id)!)
        .sort(compareDates)
        .at(-1)!;
      add(r.stakeholder, d.issue, {
        kind: 'response',
        date: latest,
        demand: d.id,
        response: r.response,
        isNew,
        statements: r.statements,
      });
    }
  }

  // Sides, then issues, in file order (the matrix's order); within a group, by date.
  const sideOrder = new Map(raw.stakeholders.map((s, i) => [s.id, i]));
  const issueOrder = new Map(raw.issues.map((s, i) => [s.id, i]));
  const list = [...groups.values()].sort(
    (a, b) =>
      (sideOrder.get(a.stakeholder) ?? 0) - (sideOrder.get(b.stakeholder) ?? 0) ||
      (a.issue === null ? 1e9 : (issueOrder.get(a.issue) ?? 0)) -
        (b.issue === null ? 1e9 : (issueOrder.get(b.issue) ?? 0)),
  );
  for (const g of list) g.changes.sort((a, b) => compareDates(a.date, b.date));

  const events = raw.events
    .filter((e) => inWindow(e.date))
    .sort((a, b) => compareDates(a.date, b.date))
    .map((e) => ({ date: e.date, event: e.id, kind: e.kind }));
  return { from, to, groups: list, events, count: list.reduce((n, g) => n + g.changes.length, 0) };
}
