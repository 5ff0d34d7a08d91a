/**
 * The "What changed" list in words, ready to show: `changesBetween`'s groups with sides, issues and
 * speakers named, dates printed, every change with the statements behind it (speaker, date, where
 * to read the passage). The /changes/ page renders it (server for the default window, browser for
 * any other), and the deck's changes slide is built from it. Pure; browser-safe (no zod).
 */
import type { RawDataset } from '../validate';
import { dateKey, formatDate } from '../dates';
import { possessive } from '../format';
import { formatStance } from '../stance';
import { positionDateIsApprox } from '../model';
import { changesBetween, type Change } from './core';
import { describeChange, moveSentence, moveWords } from './words';

/** A statement as a change cites it. */
export type CitedStatement = {
  id: string;
  speaker: string;
  role: string;
  date: string;
  dateTime: string;
  /** The passage on its source page. */
  href: string;
  /** One neutral line, our words. */
  summary: string;
  source: string;
};

/** One change in words: what happened (our words), when, and the statements that show it. */
export type ChangeItem = {
  kind: Change['kind'];
  date: string;
  dateTime: string;
  /**
   * What changed, in one line ("New position: moved from 40/100 to 70/100 …"). A new statement is
   * listed only when no other change of its side and issue cites it.
   */
  what: string;
  /** The stance before and after, each with its date, for a position that moved. */
  move?: { from: string; fromDate: string; to: string; toDate: string; how: string; reworded: boolean };
  /** Further words: the position's summary, the analyst's note on an ended demand. */
  detail?: string;
  statements: CitedStatement[];
};

export type ChangeGroupView = {
  stakeholder: string;
  side: string;
  issue: string | null;
  /** "Territory", or "No particular issue" for statements that bear on none. */
  issueTitle: string;
  items: ChangeItem[];
};

export type EventView = { date: string; dateTime: string; label: string; what: string; source: string };

/** A stance move for the ranked summary: largest first (lib/time/words.ts's moveSentence says it). */
export type MoveView = { stakeholder: string; issue: string; by: number; text: string };

export type ChangesView = {
  /** Every stance move in the window, largest first (ties: list order). */
  moves: MoveView[];
  from: string;
  to: string;
  /** The dataset's own as-of date (YYYY-MM-DD). */
  asOf: string;
  /** "after 1 Feb 2031 up to and including 3 Mar 2031". */
  window: string;
  groups: ChangeGroupView[];
  events: EventView[];
  count: number;
  /** Set when `to` runs past the data: nothing later than the as-of date is recorded. */
  pastData?: string;
};

const RESPONSE_VERBS = { accepts: 'accepts', rejects: 'rejects', partly: 'partly accepts' } as const;
const ENDED = { withdrawn: 'withdrawn', met: 'met', superseded: 'superseded' } as const;

/** "after 1 Feb 2031 up to and including 3 Mar 2031": `from` itself is not in the window. */
export const windowWords = (from: string, to: string) =>
  `after ${formatDate(from)} up to and including ${formatDate(to)}`;

export function changesView(raw: RawDataset, from: string, to: string): ChangesView {
  const list = changesBetween(raw, from, to);
  const asOf = dateKey(raw.dataset.asOf);
  const actor = new Map(raw.actors.map((a) => [a.id, a]));
  const sideName = new Map(raw.stakeholders.map((s) => [s.id, s.name]));
  const issueTitle = new Map(raw.issues.map((i) => [i.id, i.title]));
  const statement = new Map(raw.statements.map((s) => [s.id, s]));
  const demand = new Map(raw.demands.map((d) => [d.id, d]));
  // A position's date is printed "c." unless one of its own side's statements that day is dated exactly (the model's rule).
  const said = new Map(
    raw.statements.map((s) => [s.id, { ...s, stakeholder: actor.get(s.actor)?.stakeholder ?? '' }] as const),
  );
  const positionDate = (p: { stakeholder: string; asOf: string; statements: string[] }) =>
    formatDate(p.asOf, positionDateIsApprox(p, said));
  const cite = (ids: string[]): CitedStatement[] =>
    ids.flatMap((id) => {
      const s = statement.get(id);
      if (!s) return [];
      const who = actor.get(s.actor);
      return [
        {
          id,
          speaker: who?.name ?? s.actor,
          role: who?.role ?? '',
          date: formatDate(s.date, s.dateApprox),
          dateTime: s.date,
          href: `/sources/${s.source}/#st-${id}`,
          summary: s.summary,
          source: s.source,
        },
      ];
    });
  // A demand in our words: "rules out: …" for a red line; never in quotation marks.
  const demandText = (id: string) => {
    const d = demand.get(id);
    return d ? `${d.kind === 'rules-out' ? 'rules out: ' : ''}${d.text}` : id;
  };
  const demandWords = (id: string) => {
    const d = demand.get(id);
    return d ? `${possessive(sideName.get(d.stakeholder) ?? d.stakeholder)} demand (${demandText(id)})` : id;
  };

  const item = (change: Change): ChangeItem => {
    const base = {
      kind: change.kind,
      date: formatDate(change.date),
      dateTime: change.date,
      statements: cite(change.statements),
    };
    switch (change.kind) {
      case 'position': {
        const { position, previous } = change;
        const date = positionDate(position);
        const move =
          change.change.kind === 'moved' && previous
            ? {
                from: formatStance(change.change.from),
                fromDate: positionDate(previous),
                to: formatStance(change.change.to),
                toDate: date,
                how: moveWords(change.change.by),
                reworded: change.change.reworded,
              }
            : undefined;
        const since = previous ? ` (previous position: ${positionDate(previous)})` : '';
        return {
          ...base,
          date,
          what: `New position: ${describeChange(change.change)}${move ? '' : since}`,
          ...(move ? { move } : {}),
          detail: position.summary,
        };
      }
      case 'statement':
        return { ...base, date: base.statements[0]?.date ?? base.date, what: 'New statement' };
      case 'demand-new':
        return { ...base, what: `New demand: ${demandText(change.demand)}` };
      case 'demand-ended': {
        const replacement = change.supersededBy ? ` (replaced by: ${demandText(change.supersededBy)})` : '';
        return {
          ...base,
          what: `Demand ${ENDED[change.state]}: ${demandText(change.demand)}${replacement}`,
          detail: `${change.note} (analyst judgement)`,
        };
      }
      case 'response': {
        const label = RESPONSE_VERBS[change.response];
        return {
          ...base,
          what: `${change.isNew ? 'New response' : 'Response added to'} (${label}, analyst judgement) to ${demandWords(change.demand)}`,
        };
      }
    }
  };

  const sourceOf = new Map(raw.events.map((e) => [e.id, e]));
  const events: EventView[] = list.events.map((e) => {
    const record = sourceOf.get(e.event)!;
    const passed = dateKey(e.date) <= asOf;
    const what =
      e.kind === 'happened'
        ? 'Happened'
        : e.kind === 'deadline'
          ? passed
            ? 'Deadline passed'
            : 'Deadline ahead (after the data’s as-of date)'
          : passed
            ? 'Planned date came'
            : 'Planned (after the data’s as-of date)';
    return {
      date: formatDate(e.date, record.dateApprox),
      dateTime: e.date,
      label: record.label,
      what,
      source: record.source,
    };
  });

  // A statement behind another change of the same side and issue is cited there, not listed again.
  const groups = list.groups.map((g) => {
    const cited = new Set(g.changes.flatMap((c) => (c.kind === 'statement' ? [] : c.statements)));
    return {
      stakeholder: g.stakeholder,
      side: sideName.get(g.stakeholder) ?? g.stakeholder,
      issue: g.issue,
      issueTitle: g.issue === null ? 'No particular issue' : (issueTitle.get(g.issue) ?? g.issue),
      items: g.changes.filter((c) => c.kind !== 'statement' || !cited.has(c.statements[0])).map(item),
    };
  });

  const issueOf = new Map(raw.issues.map((i) => [i.id, i]));
  const moves: MoveView[] = list.groups
    .flatMap((g) =>
      g.changes.flatMap((c) => {
        const issue = g.issue === null ? undefined : issueOf.get(g.issue);
        if (c.kind !== 'position' || c.change.kind !== 'moved' || !c.previous || !issue) return [];
        const { from: was, to: now, by } = c.change;
        const side = sideName.get(g.stakeholder) ?? g.stakeholder;
        const facts = { side, issue, from: was, to: now, by, fromDate: c.previous.asOf, toDate: c.position.asOf };
        return [{ stakeholder: g.stakeholder, issue: issue.id, by, text: moveSentence(facts) }];
      }),
    )
    .sort((a, b) => Math.abs(b.by) - Math.abs(a.by));

  return {
    moves,
    from,
    to,
    asOf,
    window: windowWords(from, to),
    groups,
    events,
    count: groups.reduce((n, g) => n + g.items.length, 0),
    ...(to > asOf ? { pastData: `The data runs to ${formatDate(asOf)}: nothing later is recorded.` } : {}),
  };
}
