/** Which position stands, and what backs it: the rules the matrix, compare view and deck share. */
import { compareDates } from '../dates';
import type { EvidenceKind, Position } from '../schema';
import { EVIDENCE_KINDS } from '../evidence-kinds';
import type { Model, StatementView } from '../model';

export type PositionTrack = {
  /** The latest position: the one that stands. Undefined when no sourced position exists. */
  current?: Position;
  /** Earlier positions, newest first. */
  history: Position[];
};

/**
 * A stakeholder's positions on an issue: the latest stands, earlier ones stay as history. A pure
 * function of the records, so an "as of date" view can add a date here and every view follows.
 */
export function positionTrack(model: Model, stakeholder: string, issue: string): PositionTrack {
  const [current, ...history] = positionsByCell(model).get(`${stakeholder}|${issue}`) ?? [];
  return { current, history };
}

// Positions indexed by side|issue once per model, newest first (a stable sort keeps file order
// within a day): a matrix asks for every cell, and an as-of view at scale must not rescan them all.
const byCell = new WeakMap<Model, Map<string, Position[]>>();
function positionsByCell(model: Model): Map<string, Position[]> {
  let index = byCell.get(model);
  if (!index) {
    index = new Map();
    for (const p of model.positions) {
      const key = `${p.stakeholder}|${p.issue}`;
      const list = index.get(key);
      if (list) list.push(p);
      else index.set(key, [p]);
    }
    for (const list of index.values()) list.sort((a, b) => compareDates(b.asOf, a.asOf));
    byCell.set(model, index);
  }
  return index;
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

export type MatrixCell = {
  stakeholder: string;
  issue: string;
  track: PositionTrack;
  /** Statements behind the current position, oldest first. */
  statements: StatementView[];
  counts: { kind: EvidenceKind; count: number }[];
  /** Disagreements among the side's own statements, on the current position. */
  conflicts: Position['conflicts'];
  /** Statements by this side on this issue that no position of it cites: shown, never made into a position. */
  uncited: StatementView[];
};

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

/** How many statements each cell of this matrix may hold: CELL_STATEMENT_LIMIT, or 0 for a matrix too large to carry them. */
export function cellStatementLimit(rows: MatrixRow[]): number {
  return statementLimit(
    rows.flatMap((row) => row.cells.map((c) => ({ cited: c.statements.length, uncited: c.uncited.length }))),
  );
}

export type MatrixRow = { issue: string; cells: MatrixCell[] };

/** Rows = issues, columns = stakeholders, both in file order. */
export function buildMatrix(model: Model): MatrixRow[] {
  const cited = new Set(model.positions.flatMap((p) => p.statements));
  const uncited = new Map<string, StatementView[]>();
  for (const statement of model.statements) {
    if (cited.has(statement.id)) continue;
    for (const issue of statement.issues) {
      const key = `${statement.stakeholder}|${issue}`;
      uncited.set(key, [...(uncited.get(key) ?? []), statement]);
    }
  }
  return model.issues.map((issue) => ({
    issue: issue.id,
    cells: model.stakeholders.map((stakeholder) => {
      const track = positionTrack(model, stakeholder.id, issue.id);
      const statements = track.current ? statementsOf(model, track.current.statements) : [];
      statements.sort((a, b) => compareDates(a.date, b.date));
      return {
        stakeholder: stakeholder.id,
        issue: issue.id,
        track,
        statements,
        counts: evidenceCounts(statements),
        conflicts: track.current?.conflicts ?? [],
        uncited: uncited.get(`${stakeholder.id}|${issue.id}`) ?? [],
      };
    }),
  }));
}
