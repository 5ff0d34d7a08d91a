/**
 * The display-ready model: the raw, validated records joined up once, so pages read
 * `statement.actor.name` instead of looking ids up themselves.
 */
import type { Actor, Dataset, Demand, Event, Issue, Position, Source, Stakeholder, Statement } from './schema';
import type { RawDataset } from './validate';
import { compareDates } from './dates';

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
};

const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((r) => [r.id, r] as const));

export function buildModel(raw: RawDataset): Model {
  const actorById = byId(raw.actors);
  const sourceById = byId(raw.sources);
  const statements: StatementView[] = raw.statements
    .map((statement) => {
      const actorRecord = actorById.get(statement.actor)!;
      return { ...statement, actorRecord, stakeholder: actorRecord.stakeholder, sourceRecord: sourceById.get(statement.source)! };
    })
    // Stable sort keeps file order within a day.
    .sort((a, b) => compareDates(a.date, b.date));
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
    statementById: byId(statements),
  };
}
