import type { Deck, DeckSlide } from '@/lib/deck/deck';
import { checkSlide, slideUrl, type SlideEntry } from '@/lib/deck/parts';
import { FACTS_COMMON_URL, factsPartUrl, joinFacts, type FactsCommon, type FactsPart } from '@/lib/deck/split';

/** A JSON file from the same origin, fetched once per page (again after a failure). */
function once<T>(cache: Map<string, Promise<T>>, url: string, read: (body: unknown) => T): Promise<T> {
  let request = cache.get(url);
  if (!request) {
    request = fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
        return read(await response.json());
      })
      .catch((error: unknown) => {
        cache.delete(url);
        throw error;
      });
    cache.set(url, request);
  }
  return request;
}

const facts = new Map<string, Promise<unknown>>();
const slides = new Map<string, Promise<DeckSlide>>();

/**
 * The deck's facts for the given issues (lib/deck/split.ts): the common part and those issues'
 * parts (/brief/facts/*.json, written at build time), joined. What a narrowed deck is built from.
 */
export async function loadFacts(issues: string[]): Promise<Deck> {
  const read = <T>(url: string) => once(facts, url, (body) => body) as Promise<T>;
  const [common, ...parts] = await Promise.all([
    read<FactsCommon>(FACTS_COMMON_URL),
    ...issues.map((issue) => read<FactsPart>(factsPartUrl(issue))),
  ]);
  return joinFacts(common as FactsCommon, parts as FactsPart[]);
}

/** Slide n (from 1) of the default deck, checked against the index's entry for it. */
export const loadSlide = (n: number, entry: SlideEntry | undefined): Promise<DeckSlide> =>
  once(slides, slideUrl(n), (body) => checkSlide(n, entry, body));
