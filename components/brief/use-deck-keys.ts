'use client';

import { useEffect, useRef } from 'react';

type Actions = {
  go: (n: number) => void;
  next: () => void;
  prev: () => void;
  first: () => void;
  last: () => void;
  fullscreen: () => void;
  leave: () => void;
  toggleNotes: () => void;
  toggleTheme: () => void;
};
type Step = Exclude<keyof Actions, 'go'>;

/** Which key does what; Space with Shift steps back. */
const KEYS: Record<string, Step> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  n: 'toggleNotes',
  N: 'toggleNotes',
  t: 'toggleTheme',
  T: 'toggleTheme',
};

/** The presenter's keys: ←/→, PageUp/PageDown, Space, Home/End, a number then Enter, F, Esc, N, T. */
export function useDeckKeys(actions: Actions) {
  const typed = useRef('');
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      // Typing in a field is typing, not presenting.
      if (target?.closest('input, select, textarea') && event.key !== 'Escape') return;
      // On a focused button or link, Space and Enter press it; every other key still drives the deck
      // (a presenter's clicker sends PageUp/PageDown, and a clicked button keeps the focus).
      if (target?.closest('button, summary, a') && (event.key === ' ' || event.key === 'Enter')) return;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      const a = latest.current;
      if (event.key === 'Escape') return a.leave(); // the browser's own Esc still leaves full screen
      if (/^[0-9]$/.test(event.key)) {
        typed.current = (typed.current + event.key).slice(-3);
        return event.preventDefault();
      }
      if (event.key === 'Enter') {
        if (typed.current) a.go(Number(typed.current));
        typed.current = '';
        return event.preventDefault();
      }
      typed.current = '';
      const step = KEYS[event.key];
      if (!step) return;
      event.preventDefault();
      a[event.key === ' ' && event.shiftKey ? 'prev' : step]();
    };
    window.addEventListener('keydown', onKey);
    // Lets tests (and anything else) know the keys now work.
    document.documentElement.dataset.deckKeys = 'on';
    return () => {
      window.removeEventListener('keydown', onKey);
      delete document.documentElement.dataset.deckKeys;
    };
  }, []);
}
