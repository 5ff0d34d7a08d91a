/**
 * The deck's facts in parts, so that a deck narrowed to some issues loads only what its slides need:
 * one part per issue (/brief/facts/i-<issue>.json: its issue slide, its matrix row, its demands, its
 * watch items, its statements and notes) and a common part (/brief/facts/common.json: the sides,
 * issues and sources, every slide without those lists, and the items that speak of no issue).
 * Written at build time by app/brief/facts/[file]/route.ts. Browser-safe.
 *
 * `joinFacts(common, parts)` gives back facts that narrow (deck.ts presentDeck) to the same deck as
 * the whole facts for any selection whose issues all have their part there; with no issue chosen,
 * every part is needed. Each item keeps its place in its list, so the joined lists keep the data's order.
 */
import type { Deck, SlideFacts, Selection } from './deck';

/** An item with its place in its list. */
type At<T> = [at: number, item: T];
/** The items of the split lists, by list: "statements", or "<slide id>/<field>". */
type Lists = Record<string, At<unknown>[]>;

export type FactsCommon = Omit<Deck, 'statements' | 'slides'> & { slides: At<SlideFacts>[]; lists: Lists };
export type FactsPart = { issue: string; slides: At<SlideFacts>[]; lists: Lists };

/** Where the parts are served. */
export const FACTS_COMMON_URL = '/brief/facts/common.json';
export const factsPartFile = (issue: string) => `i-${issue}.json`;
export const factsPartUrl = (issue: string) => `/brief/facts/${factsPartFile(issue)}`;

type IssuesOf = (item: never) => readonly string[];
const one = (item: { issue?: string }) => (item.issue ? [item.issue] : []);

/**
 * Of each slide's facts, the lists whose items speak of issues (an item of none is context for
 * every selection): what each slide kind's `compose` keeps only for a chosen issue. A list not
 * named here stays whole in the common part. An issue slide goes whole to its issue's part.
 */
const SPLIT: Partial<Record<SlideFacts['kind'], Record<string, IssuesOf>>> = {
  matrix: { rows: one },
  demands: { rows: one },
  watch: { facts: one },
  timeline: { events: (e: { issues?: string[] }) => e.issues ?? [] },
};
const listsOf = (slide: SlideFacts): [string, IssuesOf][] => Object.entries({ notes: one, ...SPLIT[slide.kind] });

export function splitFacts({ statements, slides, ...deck }: Deck): { common: FactsCommon; parts: FactsPart[] } {
  const common: FactsCommon = { ...deck, slides: [], lists: {} };
  const parts = new Map(deck.issues.map((i): [string, FactsPart] => [i.id, { issue: i.id, slides: [], lists: {} }]));
  const place = (key: string, items: unknown[], issuesOf: IssuesOf) =>
    items.forEach((item, at) => {
      const homes = issuesOf(item as never).flatMap((i) => parts.get(i) ?? []);
      for (const { lists } of homes.length > 0 ? homes : [common]) (lists[key] ??= []).push([at, item]);
    });
  place('statements', statements, (s: { issues: string[] }) => s.issues);
  slides.forEach((slide, at) => {
    const home = slide.kind === 'issue' ? parts.get(slide.issue) : undefined;
    if (home) return home.slides.push([at, slide]);
    const bare: Record<string, unknown> = { ...slide };
    for (const [field, issuesOf] of listsOf(slide)) {
      place(`${slide.id}/${field}`, bare[field] as unknown[], issuesOf);
      bare[field] = [];
    }
    common.slides.push([at, bare as SlideFacts]);
  });
  return { common, parts: [...parts.values()] };
}

const byPlace = <T>(a: At<T>, b: At<T>) => a[0] - b[0];

/** The facts back from the common part and some issues' parts. */
export function joinFacts({ slides, lists, ...deck }: FactsCommon, parts: FactsPart[]): Deck {
  const all = [lists, ...parts.map((p) => p.lists)];
  const list = (key: string) => {
    const items = new Map(all.flatMap((l) => l[key] ?? []));
    return [...items].sort(byPlace).map(([, item]) => item);
  };
  const filled = slides.map(([at, slide]): At<SlideFacts> => {
    const whole: Record<string, unknown> = { ...slide };
    for (const [field] of listsOf(slide)) whole[field] = list(`${slide.id}/${field}`);
    return [at, whole as SlideFacts];
  });
  return {
    ...deck,
    statements: list('statements') as Deck['statements'],
    slides: [...filled, ...parts.flatMap((p) => p.slides)].sort(byPlace).map(([, slide]) => slide),
  };
}

/** The issues whose parts a selection needs: the chosen ones, or every issue when none is chosen. */
export const factsNeeded = (selection: Selection, issues: { id: string }[]): string[] =>
  selection.issues.length > 0 ? selection.issues : issues.map((i) => i.id);
