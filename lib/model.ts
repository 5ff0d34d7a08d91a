/**
 * The display-ready model: the raw, validated records joined up once, so pages read
 * `statement.actor.name` instead of looking ids up themselves.
 */
import type { Actor, Dataset, Demand, Event, Issue, Position, Source, Stakeholder, Statement } from './schema';
import type { RawDataset } from './validate';
import { compareDates, dateKey } from './dates';

export type StatementView = Statement & { actorRecord: Actor; stakeholder: string; sourceRecord: Source };

export type Model = {
  dataset: Dataset;
  sources: Source[];
  texts: ReadonlyMap<string, string>;
  stakeholders: Stakeholder[];
  actors: Actor[];
  issues: Issue[];
  /** Oldest first. */
  statements: StatementView[];
  positions: Position[];
  demands: Demand[];
  /** Oldest first. */
  events: Event[];
  stakeholderById: ReadonlyMap<string, Stakeholder>;
  actorById: ReadonlyMap<string, Actor>;
  issueById: ReadonlyMap<string, Issue>;
  sourceById: ReadonlyMap<string, Source>;
  statementById: ReadonlyMap<string, StatementView>;
  /**
   * Whether a position's as-of date is approximate: true unless one of its own side's statements
   * made on that very date has an exact date. Shown as "c." wherever the date is printed.
   */
  positionDateApprox: ReadonlyMap<string, boolean>;
};

const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((r) => [r.id, r] as const));

/** Whether a position's as-of date is approximate: no statement of its own side made that very day has an exact date. */
export function positionDateIsApprox(
  p: Pick<Position, 'stakeholder' | 'asOf' | 'statements'>,
  statementById: ReadonlyMap<string, Pick<StatementView, 'stakeholder' | 'date' | 'dateApprox'>>,
): boolean {
  return !p.statements.some((id) => {
    const s = statementById.get(id);
    return s && s.stakeholder === p.stakeholder && s.date === p.asOf && !s.dateApprox;
  });
}

export function buildModel(raw: RawDataset): Model {
  const actorById = byId(raw.actors);
  const sourceById = byId(raw.sources);
  // Sorted on keys worked out once (an as-of view rebuilds the model for each day it shows); a
  // stable sort keeps file order within a day.
  const statements: StatementView[] = raw.statements
    .map((statement) => {
      const actorRecord = actorById.get(statement.actor)!;
      const view: StatementView = {
        ...statement,
        actorRecord,
        stakeholder: actorRecord.stakeholder,
        sourceRecord: sourceById.get(statement.source)!,
      };
      return { key: dateKey(statement.date), view };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ view }) => view);
  const statementById = byId(statements);
  const positionDateApprox = new Map(raw.positions.map((p) => [p.id, positionDateIsApprox(p, statementById)] as const));
  return {
    dataset: raw.dataset,
    sources: raw.sources,
    texts: raw.texts,
    stakeholders: raw.stakeholders,
    actors: raw.actors,
    issues: raw.issues,
    statements,
    positions: raw.positions,
    demands: raw.demands,
    events: [...raw.events].sort((a, b) => compareDates(a.date, b.date)),
    stakeholderById: byId(raw.stakeholders),
    actorById,
    issueById: byId(raw.issues),
    sourceById,
    statementById,
    positionDateApprox,
  };
}
