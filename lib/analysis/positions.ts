/** Which position stands, and what backs it: the rules the matrix, compare view and deck share. */
import type { EvidenceKind, Position } from '../schema';
import { EVIDENCE_KINDS } from '../evidence-kinds';
import type { Model, StatementView } from '../model';
import { standing, trackOf } from '../time/core';

export type PositionTrack = {
  /** The latest position: the one that stands. Undefined when no sourced position exists. */
  current?: Position;
  /** Earlier positions, newest first. */
  history: Position[];
};

/**
 * A stakeholder's positions on an issue as the temporal core orders them (lib/time/core.ts): the
 * last stands, earlier ones stay as history. A model cut to a day (rawAsOf) gives the track as of that day.
 */
export function positionTrack(model: Model, stakeholder: string, issue: string): PositionTrack {
  const track = trackOf(model.positions, stakeholder, issue);
  return { current: standing(track), history: track.slice(0, -1).reverse() };
}

export function statementsOf(model: Model, ids: readonly string[]): StatementView[] {
  return ids.map((id) => model.statementById.get(id)).filter((s): s is StatementView => s !== undefined);
}

/** How many statements of each evidence kind, in the schema's order, zero counts left out. */
export function evidenceCounts(
  statements: readonly Pick<StatementView, 'evidence'>[],
): { kind: EvidenceKind; count: number }[] {
  return EVIDENCE_KINDS.map((kind) => ({ kind, count: statements.filter((s) => s.evidence === kind).length })).filter(
    (c) => c.count > 0,
  );
}

/** A matrix cell lists at most this many statements; the issue page has them all (keeps the page small at scale). */
export const CELL_STATEMENT_LIMIT = 6;

/** Above this many statement cards in the whole matrix, cells link to the issue pages instead of holding them. */
export const MATRIX_CARD_BUDGET = 400;

/** How many statements each cell may hold, from each cell's counts of cited and uncited statements. */
export function statementLimit(cells: readonly { cited: number; uncited: number }[]): number {
  const cards = cells.reduce(
    (n, c) => n + Math.min(c.cited, CELL_STATEMENT_LIMIT) + Math.min(c.uncited, CELL_STATEMENT_LIMIT),
    0,
  );
  return cards <= MATRIX_CARD_BUDGET ? CELL_STATEMENT_LIMIT : 0;
}
