'use client';

import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { currentSearch } from '@/lib/url/store';
import { flushSync } from 'react-dom';
import { useUrlSearch } from '@/components/ui/use-url-search';
import { presentDeck, type Deck, type DeckSlide, type ShownDeck } from '@/lib/deck/deck';
import type { DeckIssue, DeckSide } from '@/lib/deck/types';
import {
  overTimeProblems,
  parseSelection,
  parseSlide,
  queryWith,
  readDeckView,
  readOverTime,
  valueOf,
} from '@/lib/url';
import { Slide } from './slides';
import { DeckControls } from './deck-controls';
import { useDeckKeys } from './use-deck-keys';
import { useDeckOverTime } from './use-deck-over-time';
import { loadFacts } from './load-deck';
import { nearby, useDeckParts, type FirstSlides } from './use-deck-parts';
import type { DataRange } from '@/lib/url';
import { deckFileName } from '@/lib/deck/file-name';
import { factsNeeded } from '@/lib/deck/split';

function Alert({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="deck-controls mb-2 rounded border border-amber-700 bg-amber-50 p-2 text-amber-950">
      {children}
    </p>
  );
}

/**
 * The deck's facts for the chosen issues (the common part and each issue's part, /brief/facts/*.json),
 * loaded once `needed` (a narrowed deck is built from them); null while they load.
 */
function useDeckFacts(needed: boolean, issues: string[]) {
  const key = needed ? issues.join() : null;
  const [state, setState] = useState<{ key: string; deck: Deck | null; error?: string } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    loadFacts(key.split(',')).then(
      (deck) => live && setState({ key, deck }),
      (error: unknown) => live && setState({ key, deck: null, error: `Could not load the deck: ${String(error)}` }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state?.key === key ? state : { deck: null, error: undefined };
}

const noSubscription = () => () => {};
/** False in the static HTML and while hydrating, true after: the page carries its first slides until then. */
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

const subscribePrintMedia = (changed: () => void) => {
  const query = window.matchMedia('print');
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
};
const isPrintMedia = () => window.matchMedia('print').matches;
const notPrintMedia = () => false;

/** True while the browser prints (or a PDF is made): then every slide is in the page, one a sheet. */
function usePrinting() {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const query = window.matchMedia('print');
    // Rendered before the browser lays out the print: every slide must be there when it does.
    const start = () => flushSync(() => setPrinting(true));
    const stop = () => setPrinting(false);
    const change = (event: MediaQueryListEvent) => (event.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    query.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      query.removeEventListener('change', change);
    };
  }, []);
  // Opened already in print media (a headless PDF, an emulated print): no change event comes then.
  const printMedia = useSyncExternalStore(subscribePrintMedia, isPrintMedia, notPrintMedia);
  return printing || printMedia;
}

/**
 * The deck as presented: one slide at a time, its number in the URL, narrowed by `s` and `i`; as it
 * stood on `asof`, with the changes since `since` (both computed in the browser when asked for).
 * The static page holds the index and the first slides; the default deck's other slides are loaded
 * one file each as the reader nears them (all of them to print or make a .pptx); a narrowed deck is
 * built in the browser from the facts of its issues (/brief/facts/*.json), an over-time deck from
 * /data/history.json.
 */
export function DeckClient({
  first,
  sides,
  issues,
  range,
}: {
  first: FirstSlides;
  /** Every side and issue of the data: the narrowing's choices. */
  sides: DeckSide[];
  issues: DeckIssue[];
  range: DataRange;
}) {
  const dataAsOf = range.last;
  const [params, replaceSearch] = useUrlSearch();
  const overTime = readOverTime(params);
  const problems = overTimeProblems(overTime, dataAsOf);
  const selection = parseSelection(params, {
    stakeholders: sides.map((s) => s.id),
    issues: issues.map((i) => i.id),
  });
  const chosen = `${selection.stakeholders.join()}|${selection.issues.join()}`;
  const dated = overTime.asof !== null || overTime.since !== null;
  // Anything but the default deck is worked out in the browser from the facts.
  const narrowed = dated || selection.stakeholders.length > 0 || selection.issues.length > 0;
  const facts = useDeckFacts(narrowed && !dated, factsNeeded(selection, issues));
  const overTimeDeck = useDeckOverTime(facts.deck, overTime.asof, overTime.since);
  // Narrowing and fitting the whole deck takes a while at scale: once per deck and selection, not per key.
  const worked = useMemo(
    () => (narrowed && overTimeDeck.deck ? presentDeck(overTimeDeck.deck, selection) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `chosen` names the selection
    [narrowed, overTimeDeck.deck, chosen],
  );
  const printing = usePrinting();
  const hydrated = useHydrated();
  const index0 = first.index;
  const count = narrowed ? (worked?.slides.length ?? index0.slides.length) : index0.slides.length;
  const index = parseSlide(valueOf(params, 'slide'), count) - 1;
  // The default deck: the slide shown and its neighbours, or every slide while printing.
  const parts = useDeckParts(
    first,
    narrowed ? [] : printing ? index0.slides.map((_, n) => n) : nearby(index, count),
    !narrowed,
  );
  const deck = worked ?? index0;
  // Every slide's place: undefined until it is loaded (or, narrowed, until the deck is worked out).
  const slides: (DeckSlide | undefined)[] = narrowed ? (worked?.slides ?? []) : parts.slides;
  // A file that failed: the shown slide's on screen, any while printing.
  const error = narrowed
    ? facts.error || overTimeDeck.error
    : printing
      ? Object.values(parts.errors)[0]
      : parts.errors[index];
  const complete = slides.length === count && slides.every(Boolean);
  const view = readDeckView(params);
  const presenter = view.presenter;
  // null: as the URL says; a click or key overrides it.
  const [notesChoice, setNotes] = useState<boolean | null>(null);
  const [themeChoice, setTheme] = useState<'light' | 'dark' | null>(null);
  const notes = notesChoice ?? presenter;
  const theme = themeChoice ?? view.theme;
  const root = useRef<HTMLDivElement>(null);
  const channel = useRef<BroadcastChannel | null>(null);

  // The slide last asked for: keys pressed faster than the URL updates still step from it.
  const shownIndex = useRef(index);
  useEffect(() => {
    shownIndex.current = index;
  }, [index]);

  const go = (n: number, broadcast = true) => {
    const target = Math.min(Math.max(n, 1), count);
    shownIndex.current = target - 1;
    replaceSearch(queryWith(currentSearch(), { slide: String(target) }));
    if (broadcast) channel.current?.postMessage({ slide: target });
  };

  const follow = useRef(go);
  useEffect(() => {
    follow.current = go;
  });
  useEffect(() => {
    // Keeps the audience window and the presenter view on the same slide.
    const bc = new BroadcastChannel('standpoint-deck');
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<{ slide: number }>) => follow.current(event.data.slide, false);
    return () => bc.close();
  }, []);

  useDeckKeys({
    go: (n) => go(n),
    next: () => go(shownIndex.current + 2),
    prev: () => go(shownIndex.current),
    first: () => go(1),
    last: () => go(count),
    fullscreen: () => (document.fullscreenElement ? document.exitFullscreen() : root.current?.requestFullscreen()),
    leave: () => document.fullscreenElement && document.exitFullscreen(),
    toggleNotes: () => setNotes(!notes),
    toggleTheme: () => setTheme(theme === 'light' ? 'dark' : 'light'),
  });

  // The narrowing and day shown: the downloads' names (the .pptx, and the PDF npm run export:pdf writes).
  const scope = {
    asOfDate: deck.asOfDate,
    stakeholders: selection.stakeholders,
    issues: selection.issues,
    since: deck.slides.some((s) => s.kind === 'changes') ? overTime.since : null,
  };
  const unknown = [...selection.unknown.stakeholders, ...selection.unknown.issues];
  const current = slides[index];
  const waiting = !current && !error;
  // The static HTML (and hydration) holds the page's first slides; then on screen only the slide
  // shown is built, and printing builds every slide loaded (the print waits for them all).
  const built: [DeckSlide, number][] = !hydrated
    ? first.slides.map((slide, n) => [slide, n])
    : printing
      ? slides.flatMap((slide, n) => (slide ? [[slide, n] as [DeckSlide, number]] : []))
      : current
        ? [[current, index]]
        : [];
  const body: ShownDeck = useMemo(() => ({ ...deck, slides: [] }), [deck]);
  const loading =
    parts.progress ??
    (printing && !narrowed && !complete ? { done: slides.filter(Boolean).length, total: count } : null);
  return (
    <div
      ref={root}
      className="deck"
      data-theme={theme}
      data-ready=""
      data-slides={count}
      data-file-name={deckFileName(scope, 'pdf')}
      data-presenter={presenter || undefined}
      data-pending={(hydrated && (waiting || !complete)) || (narrowed && !worked) || undefined}
      data-printing={(printing && complete) || undefined}
    >
      {unknown.length > 0 ? (
        <Alert>
          Not in the data, so left out: {unknown.join(', ')}. Valid sides: {sides.map((s) => s.id).join(', ')}; valid
          issues: {issues.map((i) => i.id).join(', ')}.
        </Alert>
      ) : null}
      {problems.length > 0 || error ? <Alert>{[...problems, error].filter(Boolean).join(' ')}</Alert> : null}
      {hydrated && waiting ? (
        <p role="status" className="deck-controls mb-2 text-slate-700">
          {narrowed
            ? `Working out the deck${overTime.asof ? ` as of ${overTime.asof}` : ''}${overTime.since ? ` with the changes since ${overTime.since}` : ''}…`
            : `Loading slide ${index + 1}: ${index0.slides[index]?.title ?? ''}…`}
        </p>
      ) : null}
      {loading ? (
        <p role="status" className="mb-2 text-slate-700">
          Loading the slides: {loading.done} of {loading.total}…
        </p>
      ) : null}
      <DeckControls
        range={range}
        overTime={overTime}
        ready={narrowed ? worked !== null : true}
        loadAll={() => (worked ? Promise.resolve(worked) : parts.loadAll())}
        count={count}
        sides={sides}
        issues={issues}
        selection={selection}
        index={index}
        go={go}
        notes={notes}
        setNotes={setNotes}
        theme={theme}
        setTheme={setTheme}
        root={root}
        scope={scope}
      />
      <div className={presenter || notes ? 'grid items-start gap-4 lg:grid-cols-[2fr_1fr]' : ''}>
        <div aria-live="polite">
          {built.map(([slide, n]) => (
            <Slide key={slide.id} slide={slide} deck={body} index={n} count={count} active={n === index && !waiting} />
          ))}
        </div>
        {notes && current ? (
          <aside
            className="deck-controls mt-3 rounded border border-slate-400 bg-white p-3 text-slate-900 lg:mt-0"
            aria-label="Speaker notes"
          >
            <h2 className="font-bold">
              Speaker notes — slide {index + 1}: {current.title}
            </h2>
            <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
              {current.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
            {presenter && deck.slides[index + 1] ? (
              <p className="mt-2 text-sm font-semibold">Next: {deck.slides[index + 1]!.title}</p>
            ) : null}
          </aside>
        ) : null}
      </div>
    </div>
  );
}
