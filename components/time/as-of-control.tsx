'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { asOfNotice, computedDay, type DataRange } from '@/lib/url';
import { useAsOf } from './use-as-of';

/** How soon after a key press a change counts as typed, and how long a typed date waits for more. */
const TYPING_MS = 150;
const PAUSE_MS = 700;

/**
 * The "As of" date control, shared by every view that can show the past: a native date field bounded
 * by the data's first statement day (`first`) and the dataset's as-of day (`last`), a "Latest" button,
 * and a notice while a date is set. It only reads and writes `?asof=YYYY-MM-DD` (through useAsOf), so
 * the address reproduces the view and a reload keeps it; the view itself listens to the same
 * parameter. Pass the range from the server page: `<AsOfControl first={…} last={dataset.asOf} />`.
 * `notice={false}` where the page's body says what it shows (AsOfView) — the matrix has no such body.
 */
export function AsOfControl({ first, last, notice: withNotice = true }: DataRange & { notice?: boolean }) {
  const id = useId();
  const range = { first, last };
  const [request, setAsOf] = useAsOf(range);
  const notice = asOfNotice(request, range);
  const value = computedDay(request) ?? last;
  // What the field holds while the reader types: a date typed part by part is incomplete (the field's
  // value is empty) until its last part, and must neither reset to the day shown nor count as cleared.
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value);
  }
  // A date typed on the keyboard is whole after each of its parts (month, day, year): it applies once
  // the reader pauses, presses Enter or leaves the field — one redraw, one history entry. A date
  // picked from the calendar, pasted or filled in applies at once.
  const lastKey = useRef(0);
  const pending = useRef<{ day: string | undefined; timer: number }>(undefined);
  const cancel = () => {
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = undefined;
  };
  const apply = (day: string | undefined) => {
    cancel();
    if ((day ?? last) !== value) setAsOf(day);
  };
  const flush = () => {
    if (pending.current) apply(pending.current.day);
  };
  const ask = (day: string | undefined) => {
    if (performance.now() - lastKey.current > TYPING_MS) return apply(day);
    cancel();
    pending.current = { day, timer: window.setTimeout(() => apply(day), PAUSE_MS) };
  };
  useEffect(() => () => window.clearTimeout(pending.current?.timer), []);
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
      <label htmlFor={id} className="font-semibold">
        As of (end of day)
      </label>
      <input
        id={id}
        type="date"
        min={first}
        max={last}
        value={text}
        // A whole date applies at once; an emptied field means the latest; a half-typed one waits.
        onChange={(event) => {
          const { value: typed, validity } = event.target;
          setText(typed);
          // A year typed digit by digit passes through 0002, 0020, 0203: only a four-figure year applies.
          if (/^[1-9]\d{3}-/.test(typed)) ask(typed);
          else if (!typed && !validity.badInput) ask(undefined);
          else cancel();
        }}
        onKeyDown={(event) => {
          lastKey.current = performance.now();
          if (event.key === 'Enter') flush();
        }}
        onBlur={flush}
        // Load the records for an as-of view as soon as the reader reaches for the date.
        onFocus={() => void import('@/lib/time/history-file').then((m) => m.loadHistory().catch(() => undefined))}
        // Focused, the calendar button inside the field leaves the field neither :focus nor :focus-visible
        // (Chromium), only :focus-within: so the field draws the site's ring (app/globals.css) then too.
        className="rounded border border-slate-500 px-1 py-0.5 focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-[#1d4ed8]"
      />
      <button
        type="button"
        onClick={() => apply(undefined)}
        disabled={request.status === 'latest'}
        className="rounded border border-slate-500 px-2 py-0.5 font-medium disabled:opacity-50"
      >
        Latest
      </button>
      {withNotice ? (
        <p
          role="status"
          className={
            notice
              ? `rounded px-2 py-0.5 font-semibold ${request.status === 'asof' ? 'bg-amber-100 text-amber-950' : 'bg-red-50 text-red-900'}`
              : 'sr-only'
          }
        >
          {notice ?? ''}
        </p>
      ) : null}
    </div>
  );
}
