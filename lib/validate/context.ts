/**
 * What every rule needs: the dataset, its records by id, and a way to report a problem at a field.
 * Built once per check; rules only read it (and report).
 */
import type { Actor, Demand, Issue, Source, Stakeholder, Statement } from '../schema';
import type { Problem, RawDataset } from '../types';
import { textIndex } from '../text';
import { dateKey } from '../dates';
import { statementBounds, type Bounds } from './order';
import { unknownId } from './unknown-id';

export type Where = { file: string; path: string };
/** The records a reference can name. */
export type RecordKind = 'source' | 'stakeholder' | 'actor' | 'issue' | 'statement' | 'demand';
export type Repeats = { group: string; detail: string };

export type Check = {
  data: RawDataset;
  /** How a data file is named in messages, e.g. "data/statements.json". */
  fileName: (file: string) => string;
  report: (where: Where, message: string, repeats?: Repeats) => void;
  /** A problem that does not fail validation: the rule could not decide (see ./order.ts). */
  warn: (where: Where, message: string, repeats?: Repeats) => void;
  /** Where a field of the `index`-th record of `list` in `file` is, named by its id. */
  at: (file: string, list: string, index: number, id: string, field: string) => Where;
  /** The message for a reference to an id no record of `file` has, naming the nearest known ids (./unknown-id.ts). */
  missing: (kind: RecordKind, id: string, file: string) => string;
  sources: Map<string, Source>;
  stakeholders: Map<string, Stakeholder>;
  actors: Map<string, Actor>;
  issues: Map<string, Issue>;
  statements: Map<string, Statement>;
  demands: Map<string, Demand>;
  /** Verbatim-matching index of each readable source text, by source id. */
  indexes: Map<string, ReturnType<typeof textIndex>>;
  /** The dataset's as-of date as its first day (YYYY-MM-DD). */
  asOf: string;
  /** The group under which records dated after the dataset's as-of date are reported. */
  afterAsOf: string;
  /** The side a statement's actor speaks for (undefined for an unknown statement or actor). */
  sideOf: (statementId: string) => string | undefined;
  /** The first and last day a statement can have been made (./order.ts). */
  bounds: (statement: Statement) => Bounds;
};

/** Records by id; the first of two with one id wins (the duplicate is a problem `duplicateIds` names). */
export function byId<T extends { id: string }>(records: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const record of records) if (!map.has(record.id)) map.set(record.id, record);
  return map;
}

export function checkContext(data: RawDataset, fileName: (file: string) => string, problems: Problem[]): Check {
  const statements = byId(data.statements);
  const actors = byId(data.actors);
  const sources = byId(data.sources);
  const stakeholders = byId(data.stakeholders);
  const issues = byId(data.issues);
  const demands = byId(data.demands);
  const known: Record<RecordKind, Map<string, unknown>> = {
    source: sources,
    stakeholder: stakeholders,
    actor: actors,
    issue: issues,
    statement: statements,
    demand: demands,
  };
  return {
    data,
    fileName,
    report: (where, message, repeats) => problems.push({ ...where, message, ...repeats }),
    warn: (where, message, repeats) => problems.push({ ...where, message, ...repeats, severity: 'warning' }),
    at: (file, list, index, id, field) => ({
      file: fileName(file),
      path: `${list}[${index}] (id "${id}")${field ? '.' + field : ''}`,
    }),
    missing: (kind, id, file) => unknownId(kind, id, fileName(file), known[kind].keys()),
    sources,
    stakeholders,
    actors,
    issues,
    statements,
    demands,
    indexes: new Map([...data.texts].map(([id, text]) => [id, textIndex(text)])),
    asOf: dateKey(data.dataset.asOf),
    afterAsOf: `dated after the dataset's as-of date ${data.dataset.asOf} (dataset.json)`,
    sideOf: (statementId) => {
      const statement = statements.get(statementId);
      return statement ? actors.get(statement.actor)?.stakeholder : undefined;
    },
    bounds: (statement) => statementBounds(statement, sources.get(statement.source)),
  };
}

/** Each position with a function naming its fields. */
export const eachPosition = (check: Check) =>
  check.data.positions.map((position, i) => ({
    position,
    where: (field: string) => check.at('positions.json', 'positions', i, position.id, field),
  }));

/** Each demand with a function naming its fields. */
export const eachDemand = (check: Check) =>
  check.data.demands.map((demand, i) => ({
    demand,
    where: (field: string) => check.at('demands.json', 'demands', i, demand.id, field),
  }));

/** Each statement with a function naming its fields. */
export const eachStatement = (check: Check) =>
  check.data.statements.map((statement, i) => ({
    statement,
    where: (field: string) => check.at('statements.json', 'statements', i, statement.id, field),
  }));

/** Each event with a function naming its fields. */
export const eachEvent = (check: Check) =>
  check.data.events.map((event, i) => ({
    event,
    where: (field: string) => check.at('events.json', 'events', i, event.id, field),
  }));
