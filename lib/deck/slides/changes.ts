import { plural } from '../../format';
import { cut, joinNotes, type Scope, type SlideFactsBase, type SlideKind, type SlideViewBase } from '../types';

/** One change of one side on one issue, in our words, with who said it and when. */
type Entry = {
  stakeholder: string;
  /** null: statements that bear on no issue. */
  issue: string | null;
  /** 'statement' entries are counted on the slide, not listed; the rest are listed. */
  kind: 'position' | 'statement' | 'demand-new' | 'demand-ended' | 'response';
  /** "Pier: position moved from 0/100 (20 Jan 2031) to 50/100 (15 Mar 2031) …" */
  text: string;
  /** "Ada Brell, 15 Mar 2031". */
  cite: string;
  sources: string[];
};
/** An event dated in the window: a deadline that came, a meeting that happened. */
type EventLine = { text: string; source: string };

/** A stance move for the ranked summary (lib/time/changes-view.ts's moves, worded by moveSentence). */
type MoveLine = { stakeholder: string; issue: string; by: number; text: string };

export type ChangesFacts = SlideFactsBase<'changes'> & {
  window: string;
  entries: Entry[];
  events: EventLine[];
  /** Every stance move in the window, largest first, as /changes/ ranks and words them. */
  moves: MoveLine[];
};

/** A line as the slide prints it: the side's name, then the change. */
export type ChangeLine = { stakeholder: string; text: string; cite: string };
export type ChangesSlide = SlideViewBase<'changes'> & {
  /**
   * The ranked summary of stance moves, largest first, in the words of /changes/: the deck's What
   * changed opens with them on a slide of their own (continued when long), before the other changes.
   */
  moves: MoveLine[];
  lines: ChangeLine[];
  events: string[];
  /** "Plus 3 new statements by the sides shown." */
  statementsNote?: string;
  /** The words for an empty window. */
  empty?: string;
};

/**
 * The list at 14 pt on a 16:9 slide: about this many characters a line, this many lines in the
 * body (rendered, a line holds about 125 characters and the body about 21 lines: some room is kept). Lines are split across slides by these, so a long list continues instead of shrinking.
 */
export const CHANGE_LIST = { charsPerLine: 115, lines: 18 } as const;

/** Lines a change takes on the slide: its words wrapped, plus the space between items. */
export const changeLines = (line: { text: string; cite: string }) =>
  Math.ceil((line.text.length + line.cite.length + 4) / CHANGE_LIST.charsPerLine) + 0.3;

/** Changes split into pages that each fit the body; events and the statements count go on the first. */
export function pageChanges<L extends { text: string; cite: string }>(lines: L[], first: number): L[][] {
  const pages: L[][] = [];
  let page: L[] = [];
  let used = first;
  for (const line of lines) {
    const need = changeLines(line);
    if (page.length > 0 && used + need > CHANGE_LIST.lines) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(line);
    used += need;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

const keeps = (scope: Scope, e: Entry) =>
  scope.keepSide(e.stakeholder) && (e.issue === null ? scope.allIssues : scope.keepIssue(e.issue));

export const changes: SlideKind<ChangesFacts, ChangesSlide> = {
  compose: ({ id, kind, title, notes, window, entries, events, moves }, scope) => {
    const kept = entries.filter((e) => keeps(scope, e));
    const listed = kept.filter((e) => e.kind !== 'statement');
    const said = kept.length - listed.length;
    return {
      id,
      kind,
      title,
      moves: moves.filter((m) => scope.keepSide(m.stakeholder) && scope.keepIssue(m.issue)),
      lines: listed.map((e) => ({ stakeholder: e.stakeholder, text: e.text, cite: e.cite })),
      events: events.map((e) => e.text),
      ...(said > 0
        ? {
            statementsNote: `Plus ${plural(said, 'new statement')} by the sides shown (listed on the What changed page).`,
          }
        : {}),
      ...(kept.length === 0 && events.length === 0
        ? { empty: `Nothing recorded ${window} for the sides and issues shown.` }
        : {}),
      notes: [`Changes ${window}. Stances and responses are analyst judgements.`, ...scope.notes(notes)],
      footnote: scope.cite([...kept.flatMap((e) => e.sources), ...events.map((e) => e.source)]),
    };
  },
  fit: (slide, { shown, sideNote }) => {
    // First the ranked stance moves, largest first, on a slide of their own (continued when long);
    // then the rest: events, the statements count and every change with who said it.
    const moves = slide.moves.filter((m) => shown.has(m.stakeholder));
    const summary = pageChanges(
      moves.map((m) => ({ ...m, cite: '' })),
      0,
    ).filter((page) => page.length > 0);
    const lines = slide.lines.filter((l) => shown.has(l.stakeholder));
    const hidden = cut('changes of sides', lines.length, slide.lines.length);
    // Events and the statements count take lines at the top of the first page.
    const head = slide.events.length + (slide.statementsNote ? 1 : 0) + (slide.events.length > 0 ? 0.5 : 0);
    const pages = pageChanges(lines, head);
    const ranked = summary.map((page, n) => ({
      ...slide,
      id: n === 0 ? `${slide.id}-moves` : `${slide.id}-moves-${n + 1}`,
      title: `${slide.title}: stance moves, largest first${summary.length > 1 ? ` (${n + 1} of ${summary.length})` : ''}`,
      moves: page.map(({ stakeholder, issue, by, text }) => ({ stakeholder, issue, by, text })),
      lines: [],
      events: [],
      statementsNote: undefined,
      empty: undefined,
      omitted: sideNote,
    }));
    // After a summary, an empty rest (no events, no other change) says nothing new: leave it out.
    const rest =
      ranked.length > 0 && lines.length === 0 && slide.events.length === 0 && !slide.statementsNote ? [] : pages;
    return [
      ...ranked,
      ...rest.map((page, n) => ({
        ...slide,
        // The full list keeps the kind's id and title, as before the summary led it.
        id: n === 0 ? slide.id : `${slide.id}-${n + 1}`,
        title: rest.length > 1 ? `${slide.title} (${n + 1} of ${rest.length})` : slide.title,
        moves: [],
        lines: page,
        events: n === 0 ? slide.events : [],
        ...(n === 0 ? {} : { statementsNote: undefined, empty: undefined }),
        omitted: joinNotes(n === rest.length - 1 ? hidden : undefined, sideNote),
      })),
    ];
  },
};
