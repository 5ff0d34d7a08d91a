/**
 * What the matrix marks in a cell besides its position: a change since a chosen day (with the stance
 * that stood then and its date) and staleness (the position is older than the dataset's window
 * relative to the view's day). Pure over position records and built with one pass that indexes the
 * positions by cell, so an as-of view at scale computes it quickly. Browser-safe.
 */
import type { Position } from '../schema';
import { formatStance, type StancePlace } from '../stance';
import { compareDates, dateKey, formatDate } from '../dates';
import { daysBefore, knownBy, lastDay } from './asof';
import { staleness } from './stale';
import { stepChange } from './track';

/** How many days before the view's day the matrix looks for changes when no `?since=` is given. */
export const DEFAULT_CHANGE_DAYS = 30;

export type ChangeMarker = {
  kind: 'moved' | 'placed' | 'unplaced' | 'reworded';
  /** Points the stance's middle moved (positive: up the scale); moved only. */
  by?: number;
  /** The position that stood at the end of `since`. */
  earlier: { id: string; asOf: string; stance?: StancePlace };
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

/** The default "changes since" day: DEFAULT_CHANGE_DAYS before the view's day. */
export const defaultSince = (asOf: string) => daysBefore(asOf, DEFAULT_CHANGE_DAYS);

/** The key the matrix uses for a cell (`side.issue`, as in `?cell=`). */
export const markerKey = (stakeholder: string, issue: string) => `${stakeholder}.${issue}`;

/**
 * Markers per cell (keyed `side.issue`; cells with none are left out). The position that stands is
 * the latest dated by the view's day (the first in file order on a tie, as positionTrack picks); the
 * earlier one is the latest dated by `since`. Restating a position unchanged is not marked, nor is a
 * side's first position (there is no earlier stance to show).
 */
export function cellMarkers(positions: readonly Position[], window: MarkerWindow): Map<string, CellMarkers> {
  const byCell = new Map<string, Position[]>();
  for (const p of positions) {
    if (!knownBy(p.asOf, window.asOf)) continue;
    const key = markerKey(p.stakeholder, p.issue);
    const list = byCell.get(key);
    if (list) list.push(p);
    else byCell.set(key, [p]);
  }
  const markers = new Map<string, CellMarkers>();
  for (const [key, list] of byCell) {
    // Newest first; a stable sort keeps file order within a day.
    list.sort((a, b) => compareDates(b.asOf, a.asOf));
    const cell = markersOf(list, window);
    if (cell) markers.set(key, cell);
  }
  return markers;
}

/** One cell's markers from its positions known by the window's day, newest first (undefined: none). */
export function markersOf(list: readonly Position[], window: MarkerWindow): CellMarkers | undefined {
  const current = list[0];
  if (!current) return undefined;
  const cell: CellMarkers = {};
  const earlier = list.find((p) => dateKey(p.asOf) <= window.since);
  if (earlier && earlier !== current) {
    const change = stepChange(earlier, current);
    if (change.kind !== 'restated' && change.kind !== 'first')
      cell.change = {
        kind: change.kind,
        ...(change.kind === 'moved' ? { by: change.by } : {}),
        earlier: { id: earlier.id, asOf: earlier.asOf, ...(earlier.stance ? { stance: earlier.stance } : {}) },
      };
  }
  // A partial date ("2025-05") is aged from its last possible day: flagged only when surely stale.
  const partial = current.asOf.length < 10;
  const { age, stale } = staleness(lastDay(current.asOf), window.asOf, window.staleAfterDays);
  if (stale) cell.stale = partial ? { age, atLeast: true } : { age };
  return cell.change || cell.stale ? cell : undefined;
}

const onDay = (date: string) => `${date.length === 10 ? 'on' : 'in'} ${formatDate(date)}`;

/**
 * A change marker in words, with a glyph that says the same without colour: ▲/▼ moved up/down the
 * scale (↔ same middle), ◇ placed on or taken off the scale, ✎ reworded with the stance unchanged.
 * `text` is what the cell prints ("was 10/100 on 10 Feb 2031"), `how` what the glyph says, `spoken`
 * both, for a screen reader or a tooltip.
 */
export function changeWords(change: ChangeMarker): { glyph: string; how: string; text: string; spoken: string } {
  const when = onDay(change.earlier.asOf);
  // Short enough for one line of a matrix cell; `how` and the legend say what off the scale means.
  const was = change.earlier.stance ? formatStance(change.earlier.stance) : 'off the scale';
  const words = (glyph: string, how: string, text: string) => ({
    glyph,
    how,
    text,
    spoken: `Changed: ${how}; ${text}`,
  });
  switch (change.kind) {
    case 'moved': {
      const by = change.by ?? 0;
      const size = Math.abs(by);
      if (by === 0) return words('↔', 'same middle, different width', `was ${was} ${when}`);
      return words(
        by > 0 ? '▲' : '▼',
        `moved ${size} ${size === 1 ? 'point' : 'points'} ${by > 0 ? 'up' : 'down'}`,
        `was ${was} ${when}`,
      );
    }
    case 'placed':
      return words('◇', 'now placed on the scale', `was ${was} ${when}`);
    case 'unplaced':
      return words('◇', 'no longer placed on the scale', `was ${was} ${when}`);
    case 'reworded':
      return words('✎', 'reworded, same stance', `reworded since ${formatDate(change.earlier.asOf)}`);
  }
}

/** A stale marker in words: "stated 95 days before this view". */
export function staleWords(stale: StaleMarker): { glyph: string; text: string } {
  const days = `${stale.atLeast ? 'at least ' : ''}${stale.age} ${stale.age === 1 ? 'day' : 'days'}`;
  return { glyph: '◷', text: `stated ${days} before this view` };
}
