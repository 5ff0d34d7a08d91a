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

/** What one slide can hold and still read from the back of a room. */
export const SLIDE_FIT = { sides: 6, issues: 8, lines: 6, rows: 12, items: 12 } as const;

/**
 * The deck with each slide cut to what fits on it. Whatever is cut is named on the slide, with
 * the way to see it: narrow the deck to fewer sides or issues (the `s` and `i` parameters).
 */
export function fitDeck(deck: Deck): Deck {
  const sides = deck.stakeholders.slice(0, SLIDE_FIT.sides);
  const keep = new Set(sides.map((s) => s.id));
  const cut = (what: string, shown: number, total: number) => (total > shown ? `${total - shown} more ${what} not shown: narrow the deck to see them` : undefined);
  const join = (...notes: (string | undefined)[]) => notes.filter(Boolean).join('; ') || undefined;
  const sideNote = cut('sides', sides.length, deck.stakeholders.length);
  const slides = deck.slides.map((s): DeckSlide => {
    switch (s.kind) {
      case 'matrix': {
        const rows = s.rows.slice(0, SLIDE_FIT.issues).map((r) => ({ ...r, cells: r.cells.filter((c) => keep.has(c.stakeholder)) }));
        return { ...s, rows, omitted: join(cut('issues', rows.length, s.rows.length), sideNote) };
      }
      case 'issue': {
        // Only sides the deck keeps: a line of a cut side has no colour or name to draw with.
        const lines = s.lines.filter((l) => keep.has(l.stakeholder)).slice(0, SLIDE_FIT.lines);
        return { ...s, lines, omitted: cut('sides', lines.length, s.lines.length) };
      }
      case 'demands': {
        const rows = s.rows.slice(0, SLIDE_FIT.rows).map((r) => ({ ...r, responses: r.responses.filter((x) => keep.has(x.stakeholder)) }));
        return { ...s, rows, omitted: join(cut('demands', rows.length, s.rows.length), sideNote) };
      }
      case 'timeline': {
        const perSide = s.perSide.filter((p) => keep.has(p.stakeholder));
        return { ...s, perSide, events: s.events.slice(0, SLIDE_FIT.items), omitted: join(cut('sides', perSide.length, s.perSide.length), cut('events', Math.min(s.events.length, SLIDE_FIT.items), s.events.length)) };
      }
      case 'watch': {
        const items = s.items.slice(0, SLIDE_FIT.items);
        return { ...s, items, omitted: cut('items', items.length, s.items.length) };
      }
      default:
        return s;
    }
  });
  return { ...deck, stakeholders: sides, slides };
}
