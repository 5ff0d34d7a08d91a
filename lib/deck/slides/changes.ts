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

export type ChangesFacts = SlideFactsBase<'changes'> & { window: string; entries: Entry[]; events: EventLine[] };

/** A line as the slide prints it: the side's name, then the change. */
export type ChangeLine = { stakeholder: string; text: string; cite: string };
export type ChangesSlide = SlideViewBase<'changes'> & {
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
  compose: ({ id, kind, title, notes, window, entries, events }, scope) => {
    const kept = entries.filter((e) => keeps(scope, e));
    const listed = kept.filter((e) => e.kind !== 'statement');
    const said = kept.length - listed.length;
    return {
      id,
      kind,
      title,
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
    const lines = slide.lines.filter((l) => shown.has(l.stakeholder));
    const hidden = cut('changes of sides', lines.length, slide.lines.length);
    // Events and the statements count take lines at the top of the first page.
    const head = slide.events.length + (slide.statementsNote ? 1 : 0) + (slide.events.length > 0 ? 0.5 : 0);
    const pages = pageChanges(lines, head);
    return pages.map((page, n) => ({
      ...slide,
      id: n === 0 ? slide.id : `${slide.id}-${n + 1}`,
      title: pages.length > 1 ? `${slide.title} (${n + 1} of ${pages.length})` : slide.title,
      lines: page,
      events: n === 0 ? slide.events : [],
      ...(n === 0 ? {} : { statementsNote: undefined, empty: undefined }),
      omitted: joinNotes(n === pages.length - 1 ? hidden : undefined, sideNote),
    }));
  },
};
