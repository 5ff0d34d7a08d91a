/**
 * Long lists cut for size: how much of each a page's HTML carries, and the static JSON files
 * (app/parts/, written at build time, same origin) the browser loads the rest from as the reader
 * reaches it. The page says it is cut ("showing 8 of 60 sides"), never silently. Browser-safe.
 */
import { daysBefore } from './time/asof';

/** Sides drawn in full on an issue page's HTML ("Every side's position"); the rest load below. */
export const SIDES_SHOWN = 8;
/** Demands (each with every other side's response) in an issue page's HTML. */
export const DEMANDS_SHOWN = 6;

/** Where a part file is served. */
export const partUrl = (file: string) => `/parts/${file}`;

/** An issue page's part files: the other sides, the other current demands, the statement chunks. */
export function issueParts(issue: string) {
  return {
    sides: `issue.${issue}.sides.json`,
    demands: `issue.${issue}.demands.json`,
    /** Statement chunk n (from 1) is `<statements><n>.json` (lib/statement-chunks.ts). */
    statements: `issue.${issue}.statements.`,
  };
}

/** Stance moves in the ranked summary, and changes in the side-by-side list, on /changes/'s HTML. */
export const MOVES_SHOWN = 50;
export const CHANGES_SHOWN = 150;

/** The default window of /changes/ in full. */
export const CHANGES_FILE = 'changes.json';

/** How much of a changes view there is: what a cut view says it shows part of. */
export type ChangesTotals = { moves: number; changes: number };

type Cuttable = { moves: unknown[]; groups: { items: unknown[] }[] };

export const changesShown = (view: Cuttable): ChangesTotals => ({
  moves: view.moves.length,
  changes: view.groups.reduce((n, g) => n + g.items.length, 0),
});

/**
 * The first MOVES_SHOWN ranked moves, and whole groups of changes in list order until CHANGES_SHOWN
 * changes are shown (at least one group); everything else (counts, events) as is.
 */
export function cutChanges<V extends Cuttable>(view: V): V {
  const groups: V['groups'] = [];
  let changes = 0;
  for (const group of view.groups) {
    if (groups.length > 0 && changes + group.items.length > CHANGES_SHOWN) break;
    groups.push(group);
    changes += group.items.length;
  }
  return { ...view, moves: view.moves.slice(0, MOVES_SHOWN), groups };
}

/** A window that starts the day before an event and ends at the as-of date is "since" that event. */
export function startingEvent<S extends { date: string }>(
  starts: readonly S[],
  window: { from: string; to: string },
  asOf: string,
): S | undefined {
  return starts.find((s) => daysBefore(s.date, 1) === window.from && window.to === asOf);
}
