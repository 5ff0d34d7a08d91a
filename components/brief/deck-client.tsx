'use client';

import { useEffect, useRef, useState } from 'react';
import { useUrlSearch } from '@/components/ui/use-url-search';
import { presentDeck, type Deck } from '@/lib/deck/deck';
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
import type { DataRange } from '@/lib/url';
import { deckFileName } from '@/lib/deck/file-name';

/**
 * The deck as presented: one slide at a time, its number in the URL, narrowed by `s` and `i`; as it
 * stood on `asof`, with the changes since `since` (both computed in the browser when asked for).
 */
export function DeckClient({ deck: full, range }: { deck: Deck; range: DataRange }) {
  const dataAsOf = range.last;
  const [params, replaceSearch] = useUrlSearch();
  const overTime = readOverTime(params);
  const problems = overTimeProblems(overTime, dataAsOf);
  const dated = useDeckOverTime(full, overTime.asof, overTime.since);
  const selection = parseSelection(params, {
    stakeholders: full.stakeholders.map((s) => s.id),
    issues: full.issues.map((i) => i.id),
  });
  const deck = presentDeck(dated.deck, selection);
  const count = deck.slides.length;
  const index = parseSlide(valueOf(params, 'slide'), count) - 1;
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
  const shown = useRef(index);
  useEffect(() => {
    shown.current = index;
  }, [index]);

  const go = (n: number, broadcast = true) => {
    const target = Math.min(Math.max(n, 1), count);
    shown.current = target - 1;
    replaceSearch(queryWith(window.location.search, { slide: String(target) }));
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
    next: () => go(shown.current + 2),
    prev: () => go(shown.current),
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
  const current = deck.slides[index]!;
  return (
    <div
      ref={root}
      className="deck"
      data-theme={theme}
      data-ready=""
      data-file-name={deckFileName(scope, 'pdf')}
      data-presenter={presenter || undefined}
      data-pending={dated.pending || undefined}
    >
      {unknown.length > 0 ? (
        <p role="alert" className="deck-controls mb-2 rounded border border-amber-700 bg-amber-50 p-2 text-amber-950">
          Not in the data, so left out: {unknown.join(', ')}. Valid sides:{' '}
          {full.stakeholders.map((s) => s.id).join(', ')}; valid issues: {full.issues.map((i) => i.id).join(', ')}.
        </p>
      ) : null}
      {problems.length > 0 || dated.error ? (
        <p role="alert" className="deck-controls mb-2 rounded border border-amber-700 bg-amber-50 p-2 text-amber-950">
          {[...problems, dated.error].filter(Boolean).join(' ')}
        </p>
      ) : null}
      {dated.pending ? (
        <p role="status" className="deck-controls mb-2 text-slate-700">
          Working out the deck {overTime.asof ? `as of ${overTime.asof}` : ''}
          {overTime.since ? ` with the changes since ${overTime.since}` : ''}…
        </p>
      ) : null}
      <DeckControls
        range={range}
        overTime={overTime}
        deck={deck}
        full={full}
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
          {deck.slides.map((slide, i) => (
            <Slide key={slide.id} slide={slide} deck={deck} index={i} active={i === index} />
          ))}
        </div>
        {notes ? (
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
