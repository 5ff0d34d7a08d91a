/**
 * The reshape layer, after vercel/commerce's `reshape*` functions: it turns the joined model into the
 * display-ready records pages render — a side with its colour and shape, a cell (side × issue) with
 * its positions, statements, evidence counts and conflicts, a demand with every side's response.
 * Components render these records; none of them looks an id up or works out a colour itself.
 *
 * Each function is pure over the model's records, so a later "as of date" view can pass a date to
 * `cellView` (through `positionTrack`) without touching a component.
 */
import type { Model, StatementView } from './model';
import { cellKey } from './time/core';
import type { Demand, DemandStatus, EvidenceKind, Issue, Position, ResponseKind, Stakeholder } from './schema';
import { demandIsCurrent } from './demands';
import { fallbackHeadline } from './format';
import { sideStyles, type StakeholderStyle } from './colors';
import { compareDates } from './dates';
import { responseOrder } from './validate/order';
import { shapePath } from './shapes';
import { respondents, sideRoles } from './sides';
import { digestStatement, type StatementDigest } from './digest';
import type { SideRole } from './analysis/key-gap';
import { evidenceCounts, positionTrack, statementLimit, statementsOf } from './analysis/positions';

/**
 * A side as every view shows it: name, abbreviation, its colour and shape from the one palette, and
 * its mark drawn already (an SVG path in a 20×20 box), so client views need no shape code.
 */
export type Side = Pick<Stakeholder, 'id' | 'name' | 'abbreviation'> & {
  style: StakeholderStyle;
  mark: string;
  /** A party, the analysts' readings or the source's own analysis: the stakeholder's `role` (default party). */
  role: SideRole;
};

/** A position ready to draw: its date's precision worked out, its statements and conflicts joined. */
export type PositionView = Pick<Position, 'id' | 'summary' | 'asOf' | 'stance'> & {
  /** What a matrix cell shows at a glance: the position's headline, or a short phrase from the side and stance. */
  headline: string;
  /** True when the as-of date is approximate (printed "c."). */
  asOfApprox: boolean;
  /** Statements behind the position, oldest first. */
  statements: StatementDigest[];
  counts: { kind: EvidenceKind; count: number }[];
  /** Disagreements among the side's own statements, each with the statements that disagree. */
  conflicts: { summary: string; statements: StatementDigest[] }[];
  /** Others' statements the data gives as context: shown labelled as context, never counted as evidence. */
  context?: StatementDigest[];
};

/** One side on one issue: the position that stands, earlier ones (newest first), and statements no position cites. */
export type CellView = {
  side: Side;
  issue: Issue;
  current?: PositionView;
  history: PositionView[];
  uncited: StatementDigest[];
};

/** A date as its statements give it: `approx` when every statement of that day is dated approximately (printed "c."). */
export type StatedOn = { date: string; approx: boolean };

export type ResponseView = {
  side: Side;
  response: ResponseKind | 'none';
  rationale?: string;
  statements: StatementDigest[];
  /** When the side first gave this response: its earliest statement's date. */
  since?: StatedOn;
  /** Set when approximate dates leave open whether the response came after the demand (lib/validate/order.ts). */
  orderUncertain?: true;
  /** Other statements the data gives as context for the response: shown as context, never as its evidence. */
  context?: StatementDigest[];
};

/** How a demand ended, when its status applies by the model's as-of date. */
export type DemandEnd = Pick<DemandStatus, 'state' | 'date' | 'note'> & {
  statements: StatementDigest[];
  supersededBy?: Pick<Demand, 'id' | 'text'>;
};

/** A demand with its side, its issue, the statements behind it and every other side's response ('none' where the data has no entry). */
export type DemandView = Pick<Demand, 'id' | 'kind' | 'text'> & {
  side: Side;
  issue: Pick<Issue, 'id' | 'title'>;
  statements: StatementDigest[];
  /** Other statements the data gives as context for the demand: shown as context, never as its evidence. */
  context?: StatementDigest[];
  responses: ResponseView[];
  /** When the demand was first stated: its earliest statement's date. */
  firstStated?: StatedOn;
  /** Set when the demand has ended (withdrawn, met or superseded) by the model's as-of date. */
  ended?: DemandEnd;
};

// Reshaped once per model: pages ask for the same sides and cited sets many times over, and a matrix
// asks every cell for its uncited statements (indexed by side|issue here, not rescanned per cell).
const cache = new WeakMap<
  Model,
  {
    sides: Side[];
    sideById: Map<string, Side>;
    byCell: ReadonlyMap<string, StatementView[]>;
    /** The statements each cell's positions cite, by cellKey. */
    citedByCell: ReadonlyMap<string, Set<string>>;
    /** Fallback headlines by position id: a position cut to a day keeps its side, issue, stance and summary. */
    headlines: Map<string, string>;
  }
>();

/** Statements grouped by cell (keyed by cellKey; one under each of its issues), in the order given. */
export function statementsByCell<S extends Pick<StatementView, 'stakeholder' | 'issues'>>(
  statements: readonly S[],
): Map<string, S[]> {
  const byCell = new Map<string, S[]>();
  for (const statement of statements)
    for (const issue of statement.issues) {
      const key = cellKey(statement.stakeholder, issue);
      const list = byCell.get(key);
      if (list) list.push(statement);
      else byCell.set(key, [statement]);
    }
  return byCell;
}

/** The statements the standing positions cite. */
export const citedBy = (positions: Iterable<Pick<Position, 'statements'>>): Set<string> => {
  const cited = new Set<string>();
  for (const p of positions) for (const id of p.statements) cited.add(id);
  return cited;
};

/** The cell a position belongs to (its side on its issue): only the cell's own positions cite for it. */
export const cellOfPosition = (p: Pick<Position, 'stakeholder' | 'issue'>) => cellKey(p.stakeholder, p.issue);

/**
 * The one rule for a cell's uncited statements: the side's statements on the issue that none of the
 * cell's standing positions cites — shown, never made into a position. A statement on two issues that
 * a position on the other issue cites is still uncited here: no position on this issue is drawn from it.
 */
export const uncitedOf = <S extends Pick<StatementView, 'id'>>(cellStatements: readonly S[], cited: Set<string>): S[] =>
  cellStatements.filter((s) => !cited.has(s.id));

const NONE_CITED: Set<string> = new Set();

function citedByCellOf(positions: readonly Position[]): Map<string, Set<string>> {
  const byCell = new Map<string, Position[]>();
  for (const p of positions) {
    const key = cellOfPosition(p);
    const list = byCell.get(key);
    if (list) list.push(p);
    else byCell.set(key, [p]);
  }
  return new Map([...byCell].map(([key, list]) => [key, citedBy(list)]));
}

function memo(model: Model) {
  let entry = cache.get(model);
  if (!entry) {
    const roles = sideRoles(model);
    const styles = sideStyles(model.stakeholders.map((s) => s.color));
    const sides = model.stakeholders.map((s, i): Side => {
      const style = styles[i]!;
      const mark = shapePath(style.shape, 10, 10, 8.5);
      return { id: s.id, name: s.name, abbreviation: s.abbreviation, style, mark, role: roles.get(s.id) ?? 'party' };
    });
    entry = {
      sides,
      sideById: new Map(sides.map((s) => [s.id, s])),
      byCell: statementsByCell(model.statements),
      citedByCell: citedByCellOf(model.positions),
      headlines: new Map(),
    };
    cache.set(model, entry);
  }
  return entry;
}

/** Every side in file order (the matrix's column order), each with its style. */
export function reshapeSides(model: Model): Side[] {
  return memo(model).sides;
}

/** A side as a chart leaf draws it: plain name, abbreviation, colour and shape (the same palette as `Side`). */
export type ChartSide = Pick<Side, 'id' | 'name' | 'abbreviation' | 'role'> & Pick<StakeholderStyle, 'color' | 'shape'>;

/** Every side as charts draw it, by id. */
export function chartSides(model: Model): Map<string, ChartSide> {
  return new Map(
    reshapeSides(model).map((s) => [
      s.id,
      {
        id: s.id,
        name: s.name,
        abbreviation: s.abbreviation,
        role: s.role,
        color: s.style.color,
        shape: s.style.shape,
      },
    ]),
  );
}

/** The demands that stand, grouped by the side that makes them (sides in file order; sides with none left out). */
export function demandsBySide(model: Model): { side: Side; demands: DemandView[] }[] {
  const standing = model.demands.filter((d) => demandIsCurrent(model, d));
  return reshapeSides(model).flatMap((side) => {
    const demands = standing.filter((d) => d.stakeholder === side.id).map((d) => reshapeDemand(model, d));
    return demands.length > 0 ? [{ side, demands }] : [];
  });
}

/** The side of a stakeholder id the loader has already checked. */
export function sideOf(model: Model, id: string): Side {
  const side = memo(model).sideById.get(id);
  if (!side) throw new Error(`unknown stakeholder "${id}"`);
  return side;
}

/** A statement's digest, made once per statement: positions cut to many days cite the same statements. */
const digested = new WeakMap<StatementView, StatementDigest>();
export const digestOnce = (statement: StatementView): StatementDigest => {
  let digest = digested.get(statement);
  if (!digest) digested.set(statement, (digest = digestStatement(statement)));
  return digest;
};

const digests = (model: Model, ids: readonly string[]) =>
  statementsOf(model, ids)
    .sort((a, b) => compareDates(a.date, b.date))
    .map(digestOnce);

/**
 * reshapePosition with a memory, for a view that draws the records of one model day after day (the
 * as-of home view, lib/time/home-index.ts, whose records come from a parsed file nobody changes): a
 * position is drawn once. A cut position (a new record each day) is drawn again.
 */
export function positionDrawer(model: Model): (position: Position) => PositionView {
  const drawn = new WeakMap<Position, PositionView>();
  return (position) => {
    let view = drawn.get(position);
    if (!view) drawn.set(position, (view = reshapePosition(model, position)));
    return view;
  };
}

export function reshapePosition(model: Model, position: Position): PositionView {
  const statements = digests(model, position.statements);
  return {
    id: position.id,
    summary: position.summary,
    headline: position.headline ?? headlineFor(model, position),
    asOf: position.asOf,
    asOfApprox: model.positionDateApprox.get(position.id) ?? true,
    ...(position.stance ? { stance: position.stance } : {}),
    statements,
    counts: evidenceCounts(statements),
    conflicts: position.conflicts.map((c) => ({ summary: c.summary, statements: digests(model, c.statements) })),
    ...(position.context?.length ? { context: digests(model, position.context) } : {}),
  };
}

/**
 * A cell's headline when the data gives none: a short phrase from the side and its stance
 * (lib/format.ts's fallbackHeadline), never the summary cut off mid-sentence. Worked out once per
 * position: the as-of home view draws the same position cut to many days.
 */
function headlineFor(model: Model, position: Position): string {
  const { sideById, headlines } = memo(model);
  let headline = headlines.get(position.id);
  if (headline === undefined) {
    const side = sideById.get(position.stakeholder)?.name ?? position.stakeholder;
    const issue = model.issueById.get(position.issue);
    headline = issue ? fallbackHeadline(side, issue, position.stance) : firstClause(position.summary);
    headlines.set(position.id, headline);
  }
  return headline;
}

/**
 * A summary cut at its first clause break (comma, semicolon, colon, dash or full stop) when that leaves
 * a few words; otherwise its first seven words and an ellipsis. Never quotation marks: a
 * headline is our words, so any marks in the summary are dropped (the words stay, no longer set off as a quote).
 */
export function firstClause(summary: string): string {
  const clean = summary.replace(/["“”„«»]/g, '').trim();
  const cut = /^(.{12,}?)(?:[,;:.]\s|\s[–—]\s|\.$)/.exec(clean);
  const clause = cut ? cut[1]! : clean;
  const words = clause.split(/\s+/);
  if (words.length > 8) return `${words.slice(0, 7).join(' ')}…`;
  // A cut clause says so: the rest of the summary may qualify it.
  return clause === clean || clause === clean.replace(/\.$/, '') ? clause : `${clause}…`;
}

/** The cell of a side on an issue; `history: false` leaves earlier positions out (a matrix shows none). */
export function cellView(
  model: Model,
  stakeholder: string,
  issue: Issue,
  { history: withHistory = true } = {},
): CellView {
  const { current, history } = positionTrack(model, stakeholder, issue.id);
  const { byCell, citedByCell } = memo(model);
  const key = cellKey(stakeholder, issue.id);
  const uncited = uncitedOf(byCell.get(key) ?? [], citedByCell.get(key) ?? NONE_CITED);
  return {
    side: sideOf(model, stakeholder),
    issue,
    ...(current ? { current: reshapePosition(model, current) } : {}),
    history: withHistory ? history.map((p) => reshapePosition(model, p)) : [],
    uncited: uncited.map(digestOnce),
  };
}

export type MatrixView = {
  sides: Side[];
  /** Cells carry no `history` (the matrix shows the standing position; the panel and issue page show the rest). */
  rows: { issue: Issue; cells: CellView[] }[];
  /** How many statements each cell lists: CELL_STATEMENT_LIMIT, or 0 for a matrix too large to carry them (cells link to issue pages). */
  limit: number;
};

/** Rows = issues, columns = sides, both in file order. */
export function matrixView(model: Model): MatrixView {
  const rows = model.issues.map((issue) => ({
    issue,
    cells: model.stakeholders.map((s) => cellView(model, s.id, issue, { history: false })),
  }));
  return matrixOf(reshapeSides(model), rows);
}

/** The matrix of rows of cells (however they were worked out): how many statements each cell may list. */
export function matrixOf(sides: Side[], rows: MatrixView['rows']): MatrixView {
  const limit = statementLimit(
    rows.flatMap((r) => r.cells.map((c) => ({ cited: c.current?.statements.length ?? 0, uncited: c.uncited.length }))),
  );
  return { sides, rows, limit };
}

/** The earliest date among statements (oldest first already): approximate only when every statement of that date is. */
function firstDate(statements: StatementDigest[]): StatedOn | undefined {
  const first = statements[0];
  if (!first) return undefined;
  const sameDay = statements.filter((s) => compareDates(s.date, first.date) === 0);
  return { date: first.date, approx: sameDay.every((s) => s.dateApprox) };
}

export function reshapeDemand(model: Model, demand: Demand): DemandView {
  const issue = model.issueById.get(demand.issue)!;
  const statements = digests(model, demand.statements);
  const first = firstDate(statements);
  const { status } = demand;
  const replacement = status?.supersededBy ? model.demands.find((d) => d.id === status.supersededBy) : undefined;
  return {
    id: demand.id,
    kind: demand.kind,
    text: demand.text,
    side: sideOf(model, demand.stakeholder),
    issue: { id: issue.id, title: issue.title },
    statements,
    ...(demand.context?.length ? { context: digests(model, demand.context) } : {}),
    ...(first ? { firstStated: first } : {}),
    responses: respondents(reshapeSides(model), demand.stakeholder).map((side) => {
      const entry = demand.responses.find((r) => r.stakeholder === side.id);
      if (!entry) return { side, response: 'none' as const, statements: [] };
      const cited = digests(model, entry.statements);
      const since = firstDate(cited);
      const lookup = {
        statement: (id: string) => model.statementById.get(id),
        source: (id: string) => model.sourceById.get(id),
      };
      return {
        side,
        response: entry.response,
        rationale: entry.rationale,
        statements: cited,
        ...(since ? { since } : {}),
        ...(responseOrder(demand, entry, lookup) === 'uncertain' ? { orderUncertain: true as const } : {}),
        ...(entry.context?.length ? { context: digests(model, entry.context) } : {}),
      };
    }),
    ...(status && !demandIsCurrent(model, demand)
      ? {
          ended: {
            state: status.state,
            date: status.date,
            note: status.note,
            statements: digests(model, status.statements),
            ...(replacement ? { supersededBy: { id: replacement.id, text: replacement.text } } : {}),
          },
        }
      : {}),
  };
}

/**
 * Demands on an issue, or made by a side, in file order. Current views list the demands that stand
 * (the default); `ended: 'only'` gives those that ended by the model's as-of date, for the "Ended"
 * list; `ended: 'include'` gives both.
 */
export function demandViews(
  model: Model,
  where: { issue: string } | { stakeholder: string },
  { ended = 'drop' }: { ended?: 'drop' | 'only' | 'include' } = {},
): DemandView[] {
  const keep =
    'issue' in where ? (d: Demand) => d.issue === where.issue : (d: Demand) => d.stakeholder === where.stakeholder;
  const wanted = (d: Demand) => ended === 'include' || demandIsCurrent(model, d) === (ended === 'drop');
  return model.demands.filter((d) => keep(d) && wanted(d)).map((d) => reshapeDemand(model, d));
}
