'use client';
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';

const never = () => () => {};

export type Loaded<T> = { state: 'idle' | 'loading' | 'failed' } | { state: 'done'; data: T };

/** A static JSON file (same origin, written at build time), loaded once when `load` is first called. */
export function useFile<T>(url: string) {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'idle' });
  const started = useRef(false);
  const load = () => {
    if (started.current) return;
    started.current = true;
    setLoaded({ state: 'loading' });
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        return response.json() as Promise<T>;
      })
      .then(
        (data) => setLoaded({ state: 'done', data }),
        () => {
          started.current = false;
          setLoaded({ state: 'failed' });
        },
      );
  };
  return { loaded, load };
}

type Props = {
  /** How many the page shows now, of how many, and what they are ("demands"). */
  shown: number;
  total: number;
  noun: string;
  state: Loaded<unknown>['state'];
  load: () => void;
  /** Where the reader finds the rest without JavaScript, if anywhere. */
  noScript?: ReactNode;
};

/**
 * Said wherever a list is cut for size: how many are shown of how many, that the rest load below as
 * the reader reaches them, and a button to load them now. Never a silent cut.
 */
export function MoreBelow({ shown, total, noun, state, load, noScript }: Props) {
  const rest = total - shown;
  const ref = useRef<HTMLDivElement>(null);
  // Within a screen of the viewport, the rest start loading: the reader rarely waits for them.
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const idle = state === 'idle';
  // The button only once scripts run: without them it could do nothing (the <noscript> line says so).
  const scripted = useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
  useEffect(() => {
    const element = ref.current;
    if (!idle || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && loadRef.current(), {
      rootMargin: '100% 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [idle]);
  return (
    <div ref={ref} className="mt-3 rounded border border-dashed border-slate-400 p-2" aria-busy={state === 'loading'}>
      <p role="status" className="text-slate-800">
        Showing {shown.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} {noun}
        {state === 'failed'
          ? ` — the other ${rest.toLocaleString('en-GB')} could not be loaded.`
          : state === 'loading'
            ? ` — loading the other ${rest.toLocaleString('en-GB')}…`
            : ` — the other ${rest.toLocaleString('en-GB')} load below as you reach them.`}
      </p>
      <noscript>
        <p className="text-slate-700">Loading the rest needs JavaScript.{noScript ? <> {noScript}</> : null}</p>
      </noscript>
      {state === 'loading' || !scripted ? null : (
        <button
          type="button"
          onClick={load}
          className="mt-1 rounded border border-slate-400 bg-white px-3 py-1 font-medium hover:bg-slate-100"
        >
          {state === 'failed' ? 'Try again' : `Load the other ${rest.toLocaleString('en-GB')} now`}
        </button>
      )}
    </div>
  );
}
