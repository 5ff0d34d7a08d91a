'use client';

import type { RefObject } from 'react';
import { currentSearch } from '@/lib/url/store';
import type { Selection, ShownDeck } from '@/lib/deck/deck';
import type { DeckIssue, DeckSide } from '@/lib/deck/types';
import type { DeckScope } from '@/lib/deck/file-name';
import { queryWith, type DataRange } from '@/lib/url';
import { ChoiceFieldset } from '@/components/ui/choice-fieldset';

type Props = {
  /** `?asof=` and `?since=` as the address gives them, for the form to keep. */
  overTime: { asof: string | null; since: string | null };
  /** The days the data covers: the date fields' bounds. */
  range: DataRange;
  /** False until a narrowed deck is worked out (print and .pptx wait for it). */
  ready: boolean;
  /** Every slide of the deck shown, loading any not yet in (print and .pptx need them all). */
  loadAll: () => Promise<ShownDeck>;
  /** Slides in the deck shown. */
  count: number;
  /** Every side and issue in the data, and the ones the address chooses (none: all). */
  sides: DeckSide[];
  issues: DeckIssue[];
  selection: Selection;
  index: number;
  go: (n: number) => void;
  notes: boolean;
  setNotes: (v: boolean) => void;
  theme: 'light' | 'dark';
  setTheme: (t: 'light' | 'dark') => void;
  root: RefObject<HTMLDivElement | null>;
  /** The narrowing and day the address asks for: the download's name and properties. */
  scope: DeckScope;
};

const button = 'rounded border border-slate-400 bg-white px-3 py-1 font-medium text-slate-900 hover:bg-slate-100';

/** Buttons for everything the keys do, plus presenter view, print and PowerPoint. Hidden in print. */
export function DeckControls(props: Props) {
  const {
    overTime,
    ready,
    loadAll,
    count,
    sides,
    issues,
    selection,
    index,
    go,
    notes,
    setNotes,
    theme,
    setTheme,
    root,
  } = props;
  const { range, scope } = props;
  const chosen = (ids: string[], all: { id: string }[]) => (ids.length > 0 ? ids : all.map((x) => x.id));
  return (
    <div className="deck-controls mb-3 flex flex-wrap items-center gap-2">
      <button type="button" className={button} onClick={() => go(index)} disabled={index === 0}>
        ← Previous
      </button>
      <span className="min-w-24 text-center font-semibold" aria-live="polite">
        Slide {index + 1} of {count}
      </span>
      <button type="button" className={button} onClick={() => go(index + 2)} disabled={index === count - 1}>
        Next →
      </button>
      <button type="button" className={button} aria-pressed={notes} onClick={() => setNotes(!notes)}>
        Notes
      </button>
      <button
        type="button"
        className={button}
        aria-pressed={theme === 'dark'}
        onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}
      >
        Dark theme
      </button>
      <button type="button" className={button} onClick={() => root.current?.requestFullscreen()}>
        Full screen
      </button>
      <button
        type="button"
        className={button}
        onClick={() => {
          window.open(`?${queryWith(currentSearch(), { view: 'presenter' })}`, 'standpoint-presenter');
        }}
      >
        Presenter view
      </button>
      {/* Print and .pptx need every slide: they load the ones not yet in first (a narrowed deck waits until worked out). */}
      <button type="button" className={button} onClick={() => loadAll().then(() => window.print())} disabled={!ready}>
        Print / PDF
      </button>
      <button
        type="button"
        className={button}
        disabled={!ready}
        onClick={() => loadAll().then((deck) => import('./pptx').then(({ downloadPptx }) => downloadPptx(deck, scope)))}
      >
        Download .pptx
      </button>
      <details className="w-full text-sm">
        <summary className="text-blue-800">
          Choose sides and issues, or dates · keys: ← → Space PageUp PageDown Home End, number + Enter, F full screen,
          Esc, N notes, T theme
        </summary>
        {/* Keyed by the selection: its boxes are plain (uncontrolled) form fields, so a new selection remounts them. */}
        <form
          key={`${selection.stakeholders.join()}|${selection.issues.join()}|${overTime.asof}|${overTime.since}`}
          method="get"
          className="mt-2 flex flex-wrap gap-6"
        >
          <ChoiceFieldset legend="Sides" name="s" choices={sides} checked={chosen(selection.stakeholders, sides)} />
          <ChoiceFieldset
            legend="Issues"
            name="i"
            choices={issues.map((i) => ({ id: i.id, name: i.title }))}
            checked={chosen(selection.issues, issues)}
          />
          <fieldset className="flex flex-col gap-1">
            <legend className="font-semibold">Over time</legend>
            <label className="flex flex-col">
              What changed since (adds a slide)
              <input
                type="date"
                name="since"
                defaultValue={overTime.since ?? ''}
                max={range.last}
                className="rounded border border-slate-400 px-2 py-1"
              />
            </label>
            <label className="flex flex-col">
              The deck as of, end of day (empty: the latest data)
              <input
                type="date"
                name="asof"
                defaultValue={overTime.asof ?? ''}
                min={range.first}
                max={range.last}
                className="rounded border border-slate-400 px-2 py-1"
              />
            </label>
          </fieldset>
          <button type="submit" className={button}>
            Apply
          </button>
        </form>
      </details>
    </div>
  );
}
