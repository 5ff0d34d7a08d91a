import { listNames } from '../../analysis/takeaways';
import { responseVerdict } from '../../format';
import {
  continued,
  pageBy,
  wrappedLines,
  type Scope,
  type SlideFactsBase,
  type SlideKind,
  type SlideViewBase,
} from '../types';

type Fact =
  /** A deadline or a planned event dated after the data's as-of date. */
  | { kind: 'deadline'; label: string }
  | { kind: 'planned'; label: string }
  /** A demand: in play when a shown side partly accepts it; open when no side has answered it. */
  | {
      kind: 'condition';
      stakeholder: string;
      issue: string;
      label: string;
      partly: string[];
      answered: boolean;
      couldAnswer: string[];
    }
  /** Conflicting statements of one side on one issue. */
  | { kind: 'mixed'; stakeholder: string; issue: string; label: string; detail: string };

type Item = { label: string; detail: string };
export type WatchFacts = SlideFactsBase<'watch'> & { facts: Fact[] };
export type WatchSlide = SlideViewBase<'watch'> & { items: Item[] };

/** What a fact says for the chosen sides, or null when it says nothing about them. */
function item(fact: Fact, scope: Scope): Item | null {
  if (fact.kind === 'deadline') return { label: fact.label, detail: 'Open deadline: after the data’s as-of date.' };
  if (fact.kind === 'planned') return { label: fact.label, detail: 'Planned: after the data’s as-of date.' };
  if (!scope.keepSide(fact.stakeholder) || !scope.keepIssue(fact.issue)) return null;
  if (fact.kind === 'mixed') return { label: fact.label, detail: fact.detail };
  const partly = fact.partly.filter(scope.keepSide);
  if (partly.length > 0)
    return {
      label: fact.label,
      // The verdict is the analysts' reading of the sides' words, and says so (lib/format.ts).
      detail: `Condition in play: ${listNames(partly.map(scope.name))} ${responseVerdict(`partly accept${partly.length === 1 ? 's' : ''}`)}.`,
    };
  if (!fact.answered && fact.couldAnswer.some(scope.keepSide))
    return { label: fact.label, detail: 'Condition with no stated response from any side.' };
  return null;
}

/** The list at 1.45 cqw (14 pt in the .pptx): characters a line and lines a slide, with room kept. */
export const WATCH_LIST = { charsPerLine: 110, lines: 17 } as const;
const itemLines = (i: Item) => wrappedLines(`${i.label} — ${i.detail}`, WATCH_LIST.charsPerLine, 0.4);

export const NOTHING_TO_WATCH = 'No open deadlines or conditions in the data.';

export const watch: SlideKind<WatchFacts, WatchSlide> = {
  compose: ({ id, kind, title, notes, facts }, scope) => ({
    id,
    kind,
    title,
    items: facts.map((f) => item(f, scope)).filter((i): i is Item => i !== null),
    notes: scope.notes(notes),
    footnote: scope.cite(scope.statements.map((s) => s.source)),
  }),
  // A long list continues on a further slide.
  fit: (slide) => {
    const pages = pageBy(slide.items, itemLines, WATCH_LIST.lines);
    return continued(slide, pages.length, (n) => ({ items: pages[n]! }));
  },
};
