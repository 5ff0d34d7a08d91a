import type { StakeholderRole } from '../schema';
/**
 * What every slide kind shares. Types and tiny helpers only, with no runtime import from the
 * model or the schema: the browser narrows the deck with these, and zod must stay out of /brief.
 */
import type { StakeholderStyle } from '../colors';

export type DeckSide = { id: string; name: string; abbreviation: string; role: StakeholderRole } & StakeholderStyle;
export type DeckIssue = { id: string; title: string };
/** A statement as the deck counts and cites it. */
export type DeckStatement = {
  id: string;
  stakeholder: string;
  issues: string[];
  date: string;
  dateApprox: boolean;
  source: string;
};
/** A speaker-note line, with the sides and the issue it speaks of so narrowing can drop it. */
export type Note = { text: string; stakeholders?: string[]; issue?: string };

/** A slide as built on the server from the whole model, before any narrowing. */
export type SlideFactsBase<K extends string> = { id: string; kind: K; title: string; notes: Note[] };

/** A slide as shown: narrowed, with its notes, footnote and what did not fit. */
export type SlideViewBase<K extends string> = {
  id: string;
  kind: K;
  title: string;
  notes: string[];
  footnote: string;
  /** What did not fit on the slide, in words (set when fitting). */
  omitted?: string;
};

/** The chosen sides and issues, and what the slides need to say things about them. */
export type Scope = {
  sides: DeckSide[];
  issues: DeckIssue[];
  /** True when no issue is left out: statements about no issue count too. */
  allIssues: boolean;
  keepSide: (id: string) => boolean;
  keepIssue: (id: string) => boolean;
  /** Statements by the chosen sides on the chosen issues, oldest first. */
  statements: DeckStatement[];
  name: (side: string) => string;
  /**
   * The slide's source line for the sources behind the given ids: short enough for one line at the
   * foot of a slide ("Source: Outlet, 7 Aug 2025", or "7 sources — listed at the end"). The full
   * citations go in the slide's speaker notes, and the Sources slides list every source cited.
   */
  cite: (sourceIds: Iterable<string>) => string;
  /** The notes that speak only of chosen sides and issues. */
  notes: (notes: Note[]) => string[];
};

/** The most characters a slide's source line prints before it says "N sources — listed at the end". */
export const SOURCE_LINE_LENGTH = 150;

/**
 * Items of text split into pages that each fit a slide's body: `lines(item)` is the lines an item
 * takes (its words wrapped, plus the space after it), `room` the lines a page holds, `first` the
 * lines already taken on the first page. An item too long for a page gets one to itself. Every
 * list on the deck continues on a further slide this way, instead of shrinking or being cut.
 */
export function pageBy<T>(items: T[], lines: (item: T) => number, room: number, first = 0): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = first;
  for (const item of items) {
    const need = lines(item);
    if (page.length > 0 && used + need > room) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += need;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** Lines a text takes wrapped at about `perLine` characters, plus `gap` lines after it. */
export const wrappedLines = (text: string, perLine: number, gap = 0) =>
  Math.max(1, Math.ceil(text.length / perLine)) + gap;

/** A slide's pages as slides: "(2 of 3)" in the title, a distinct id, `each` filling the page. */
export function continued<V extends { id: string; title: string }>(
  slide: V,
  pages: number,
  each: (n: number) => Partial<V>,
): V[] {
  return Array.from({ length: pages }, (_, n) => ({
    ...slide,
    id: n === 0 ? slide.id : `${slide.id}-${n + 1}`,
    title: pages > 1 ? `${slide.title} (${n + 1} of ${pages})` : slide.title,
    ...each(n),
  }));
}

/** What one slide can hold and still read from the back of a room. */
export const SLIDE_FIT = {
  sides: 6,
  issues: 8,
  lines: 6,
  rows: 12,
  demandRows: 36,
  items: 12,
  quoteLength: 110,
} as const;

/** Sides shown on slides with a column per side, and what was cut. */
export type FitScope = { shown: Set<string>; sideNote?: string };

/** "3 more sides not shown: …", or undefined when nothing was cut. */
export function cut(what: string, shown: number, total: number): string | undefined {
  return total > shown ? `${total - shown} more ${what} not shown: narrow the deck to see them` : undefined;
}

export function joinNotes(...notes: (string | undefined)[]): string | undefined {
  return notes.filter(Boolean).join('; ') || undefined;
}

/**
 * One slide kind: compose turns the server's facts into what the slide shows for a selection
 * (null drops the slide); fit cuts it to what reads on a slide.
 */
export type SlideKind<F, V> = {
  compose: (facts: F, scope: Scope) => V | null;
  /** After every slide is composed: the ids of every source the deck cites (for counts and lists that must agree). */
  close?: (slide: V, cited: Set<string>) => V;
  /** An array when the content runs over several slides (a long table continues, never shrinks). */
  fit?: (slide: V, fit: FitScope) => V | V[];
};
