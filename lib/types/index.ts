/**
 * The core types every layer shares: the dataset as read from a data folder, and a problem found in
 * it. No imports but the schema's inferred types, so any module may depend on this one without
 * creating an import cycle (the validator, the time layer and the views all do).
 */
import type { Actor, Dataset, Demand, Event, Issue, Position, Source, Stakeholder, Statement } from '../schema';

export type RawDataset = {
  dataset: Dataset;
  sources: Source[];
  /** Full text of each source, by source id. */
  texts: Map<string, string>;
  stakeholders: Stakeholder[];
  actors: Actor[];
  issues: Issue[];
  statements: Statement[];
  positions: Position[];
  demands: Demand[];
  events: Event[];
};

/**
 * One thing wrong, at one field of one record. Problems with the same `group` in the same file are
 * one mistake repeated (e.g. every record dated after the as-of date): reports print them once,
 * with their count — the group reads after "N records", e.g. "dated after the as-of date 2025-08-07".
 * A `warning` does not fail validation: it says where a rule could not decide (e.g. an order that
 * approximate dates leave open), so nothing is switched off silently.
 */
export type Problem = {
  file: string;
  path: string;
  message: string;
  /** What repeats, read after "N records", e.g. "dated after the dataset's as-of date 2025-08-07". */
  group?: string;
  /** What differs between the records of a group, shown beside each one, e.g. its date. */
  detail?: string;
  /** "warning": reported, but the data still loads and builds. Absent: an error. */
  severity?: 'warning';
};
