'use client';

import { useEffect, useRef } from 'react';

type Actions = { go: (n: number) => void; next: () => void; prev: () => void; first: () => void; last: () => void; fullscreen: () => void; leave: () => void; toggleNotes: () => void; toggleTheme: () => void };

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
      const handled = () => event.preventDefault();
      if (/^[0-9]$/.test(event.key)) {
        typed.current = (typed.current + event.key).slice(-3);
        return handled();
      }
      switch (event.key) {
        case 'Enter':
          if (typed.current) a.go(Number(typed.current));
          typed.current = '';
          return handled();
        case 'ArrowRight':
        case 'PageDown':
          a.next();
          return handled();
        case ' ':
          if (event.shiftKey) a.prev();
          else a.next();
          return handled();
        case 'ArrowLeft':
        case 'PageUp':
          a.prev();
          return handled();
        case 'Home':
          a.first();
          return handled();
        case 'End':
          a.last();
          return handled();
        case 'f':
        case 'F':
          a.fullscreen();
          return handled();
        case 'n':
        case 'N':
          a.toggleNotes();
          return handled();
        case 't':
        case 'T':
          a.toggleTheme();
          return handled();
        case 'Escape':
          a.leave();
          return;
      }
      typed.current = '';
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
