/**
 * What changed between two days: for each side and issue, the positions stated after `from` up to
 * the end of `to` (with the stance move from the position that stood before), the statements made in
 * that time, demands first stated or ended in it, responses given or added to in it, and events
 * (deadlines passing among them). Each change names its statements. Pure; browser-safe.
 */
import type { Position } from '../schema';
import type { RawDataset } from '../validate';
import { compareDates, dateKey } from '../dates';
import { daysBefore, demandFirstStated } from './asof';
import { stepChange, type StepChange } from './track';

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
  return { from: daysBefore(asOf, 30), to: dateKey(asOf) };
}

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

  const sorted = [...raw.positions].sort((a, b) => compareDates(a.asOf, b.asOf));
  for (const [i, position] of sorted.entries()) {
    if (!inWindow(position.asOf)) continue;
    const previous = sorted
      .slice(0, i)
      .filter((p) => p.stakeholder === position.stakeholder && p.issue === position.issue)
      .at(-1);
    add(position.stakeholder, position.issue, {
      kind: 'position',
      date: position.asOf,
      position,
      ...(previous ? { previous } : {}),
      change: stepChange(previous, position),
      statements: position.statements,
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
