/**
 * The briefing deck: the slide kinds in one registry, and the deck as presented for a selection
 * of sides and issues. Browser-safe (no model, no schema): the server builds the facts once
 * (build.ts); the HTML deck, the print/PDF export and the PowerPoint export all show `present`'s
 * result, so every slide is narrowed and fitted by the same code.
 *
 * Adding a slide kind: its module in slides/ (facts, view, compose, fit), its builder in
 * slides/<kind>.build.ts, one line in KINDS below and in build.ts, and its renderers in
 * components/brief/slides/<kind>.tsx. The compiler names any place still missing.
 */
import { changes, type ChangesFacts, type ChangesSlide } from './slides/changes';
import { demands, type DemandsFacts, type DemandsSlide } from './slides/demands';
import { issue, type IssueFacts, type IssueSlide } from './slides/issue';
import { matrix, type MatrixFacts, type MatrixSlide } from './slides/matrix';
import { proposal, type ProposalFacts, type ProposalSlide } from './slides/proposal';
import { sources, type SourcesFacts, type SourcesSlide } from './slides/sources';
import { timeline, type TimelineFacts, type TimelineSlide } from './slides/timeline';
import { title, type TitleFacts, type TitleSlide } from './slides/title';
import { watch, type WatchFacts, type WatchSlide } from './slides/watch';
import {
  cut,
  SLIDE_FIT,
  SOURCE_LINE_LENGTH,
  type DeckIssue,
  type DeckSide,
  type DeckStatement,
  type Note,
  type Scope,
  type SlideKind,
} from './types';

export type SlideFacts =
  | TitleFacts
  | ChangesFacts
  | MatrixFacts
  | IssueFacts
  | DemandsFacts
  | ProposalFacts
  | TimelineFacts
  | WatchFacts
  | SourcesFacts;
export type DeckSlide =
  | TitleSlide
  | ChangesSlide
  | MatrixSlide
  | IssueSlide
  | DemandsSlide
  | ProposalSlide
  | TimelineSlide
  | WatchSlide
  | SourcesSlide;
export type SlideKindName = DeckSlide['kind'];

const KINDS: { [K in SlideKindName]: SlideKind<Extract<SlideFacts, { kind: K }>, Extract<DeckSlide, { kind: K }>> } = {
  title,
  changes,
  matrix,
  issue,
  demands,
  proposal,
  timeline,
  watch,
  sources,
};

/** The whole deck as the server builds it: serialisable, handed to the browser once. */
export type Deck = {
  title: string;
  asOf: string;
  stakeholders: DeckSide[];
  issues: DeckIssue[];
  /** The data's as-of date, YYYY-MM-DD (file names). */
  asOfDate: string;
  /** Each source's citation line and a short form (outlet, date), in the data's order. */
  sources: { id: string; citation: string; short: string }[];
  /** The source of each event, with the issues it is tagged with (a deck narrowed to others leaves it out). */
  eventSources: { source: string; issues?: string[] }[];
  statements: DeckStatement[];
  slides: SlideFacts[];
};

/** The deck as shown: the chosen sides (at most SLIDE_FIT.sides) and issues, and its slides. */
export type ShownDeck = {
  title: string;
  asOf: string;
  asOfDate: string;
  stakeholders: DeckSide[];
  issues: DeckIssue[];
  slides: DeckSlide[];
};

/** Chosen sides and issues; an empty list means all. */
export type Selection = { stakeholders: string[]; issues: string[] };

/** The source line for a slide: the citations when short, else the count (the full list is at the end). */
export function sourceLine(sources: { citation: string; short: string }[]): string {
  if (sources.length === 0) return 'Source: none — no sourced statements on this slide.';
  const full = `Source${sources.length > 1 ? 's' : ''}: ${sources.map((s) => s.citation).join('; ')}`;
  if (full.length <= SOURCE_LINE_LENGTH) return full;
  const short = `Source${sources.length > 1 ? 's' : ''}: ${sources.map((s) => s.short).join('; ')} — listed at the end`;
  if (short.length <= SOURCE_LINE_LENGTH) return short;
  return `${sources.length} sources — listed at the end`;
}

function scopeOf(deck: Deck, selection: Selection, onCite: (id: string) => void): Scope {
  const keepSide = (id: string) => selection.stakeholders.length === 0 || selection.stakeholders.includes(id);
  const keepIssue = (id: string) => selection.issues.length === 0 || selection.issues.includes(id);
  const issues = deck.issues.filter((i) => keepIssue(i.id));
  const allIssues = issues.length === deck.issues.length;
  const names = new Map(deck.stakeholders.map((s) => [s.id, s.name]));
  return {
    sides: deck.stakeholders.filter((s) => keepSide(s.id)),
    issues,
    allIssues,
    keepSide,
    keepIssue,
    statements: deck.statements.filter((s) => keepSide(s.stakeholder) && (allIssues || s.issues.some(keepIssue))),
    name: (id) => names.get(id) ?? id,
    cite: (ids) => {
      const used = new Set(ids);
      used.forEach(onCite);
      return sourceLine(deck.sources.filter((s) => used.has(s.id)));
    },
    notes: (notes: Note[]) =>
      notes
        .filter((n) => (n.stakeholders ?? []).every(keepSide) && (!n.issue || keepIssue(n.issue)))
        .map((n) => n.text),
  };
}

function compose<K extends SlideKindName>(
  facts: Extract<SlideFacts, { kind: K }>,
  scope: Scope,
): Extract<DeckSlide, { kind: K }> | null {
  return (KINDS[facts.kind] as SlideKind<typeof facts, Extract<DeckSlide, { kind: K }>>).compose(facts, scope);
}

/** The deck narrowed to the selection: every slide's counts, footnotes and notes follow it. */
export function narrowDeck(deck: Deck, selection: Selection): ShownDeck {
  // The sources each slide cites (scope.cite records them): the slide's notes carry their full
  // citations, and the title's count and the Sources slides hold every one the deck cites.
  const all = new Set<string>();
  let cited = new Set<string>();
  const scope = scopeOf(deck, selection, (id) => {
    all.add(id);
    cited.add(id);
  });
  for (const s of scope.statements) all.add(s.source);
  for (const e of deck.eventSources)
    if (scope.allIssues || !e.issues || e.issues.some(scope.keepIssue)) all.add(e.source);
  const composed = deck.slides.flatMap((f) => {
    cited = new Set();
    const slide = compose(f, scope);
    if (!slide) return [];
    const full = deck.sources.filter((s) => cited.has(s.id)).map((s) => s.citation);
    return [full.length > 0 ? { ...slide, notes: [...slide.notes, `Sources: ${full.join('; ')}`] } : slide];
  });
  const slides = composed.map((s) => {
    const kind = KINDS[s.kind] as SlideKind<unknown, DeckSlide>;
    return kind.close ? kind.close(s, all) : s;
  });
  return {
    title: deck.title,
    asOf: deck.asOf,
    asOfDate: deck.asOfDate,
    stakeholders: scope.sides,
    issues: scope.issues,
    slides,
  };
}

/**
 * Each slide cut to what fits on it. Whatever is cut is named on the slide, with the way to see
 * it: narrow the deck to fewer sides or issues (the `s` and `i` parameters).
 */
export function fitDeck(deck: ShownDeck): ShownDeck {
  const sides = deck.stakeholders.slice(0, SLIDE_FIT.sides);
  const fit = {
    shown: new Set(sides.map((s) => s.id)),
    sideNote: cut('sides', sides.length, deck.stakeholders.length),
  };
  const slides = deck.slides.flatMap((s) => {
    const kind = KINDS[s.kind] as SlideKind<unknown, DeckSlide>;
    return kind.fit ? kind.fit(s, fit) : s;
  });
  return { ...deck, stakeholders: sides, slides };
}

/** The deck as a reader sees it for a selection: narrowed, then fitted. */
export function presentDeck(deck: Deck, selection: Selection): ShownDeck {
  return fitDeck(narrowDeck(deck, selection));
}
