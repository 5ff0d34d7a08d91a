/**
 * What every slide kind shares. Types and tiny helpers only, with no runtime import from the
 * model or the schema: the browser narrows the deck with these, and zod must stay out of /brief.
 */
import type { StakeholderStyle } from '../colors';

export type DeckSide = { id: string; name: string; abbreviation: string } & StakeholderStyle;
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
  /** "Source: …" for the sources behind the given source ids. */
  cite: (sourceIds: Iterable<string>) => string;
  /** The notes that speak only of chosen sides and issues. */
  notes: (notes: Note[]) => string[];
};

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
  /** An array when the content runs over several slides (a long table continues, never shrinks). */
  fit?: (slide: V, fit: FitScope) => V | V[];
};
