/**
 * Narrowing the deck in the browser. Kept apart from deck.ts, and importing types only, so the
 * deck's client code does not pull in the model, the schema or zod.
 */
import type { Deck, DeckSlide } from './deck';

/** The deck narrowed to chosen sides and issues (empty lists mean all), as the URL asks. */
export function narrowDeck(deck: Deck, stakeholders: string[], issues: string[]): Deck {
  const keepSide = (id: string) => stakeholders.length === 0 || stakeholders.includes(id);
  const keepIssue = (id: string) => issues.length === 0 || issues.includes(id);
  const slides = deck.slides
    .filter((s) => s.kind !== 'issue' || keepIssue(s.issue))
    .map((s): DeckSlide => {
      switch (s.kind) {
        case 'matrix':
          return { ...s, issues: s.issues.filter(keepIssue), rows: s.rows.filter((r) => keepIssue(r.issue)).map((r) => ({ ...r, cells: r.cells.filter((c) => keepSide(c.stakeholder)) })) };
        case 'issue':
          return { ...s, lines: s.lines.filter((l) => keepSide(l.stakeholder)) };
        case 'demands':
          return { ...s, rows: s.rows.filter((r) => keepSide(r.stakeholder) && keepIssue(r.issue)).map((r) => ({ ...r, responses: r.responses.filter((x) => keepSide(x.stakeholder)) })) };
        case 'timeline':
          return { ...s, perSide: s.perSide.filter((p) => keepSide(p.stakeholder)) };
        case 'watch':
          return { ...s, items: s.items.filter((i) => (i.stakeholders.length === 0 || i.stakeholders.some(keepSide)) && (!i.issue || keepIssue(i.issue))) };
        default:
          return s;
      }
    });
  return { ...deck, stakeholders: deck.stakeholders.filter((s) => keepSide(s.id)), issues: deck.issues.filter((i) => keepIssue(i.id)), slides };
}
