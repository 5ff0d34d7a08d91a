'use client';

import { useSyncExternalStore } from 'react';

// The query string read as an external store rather than with useSearchParams: a static page then
// carries its real content (rendered for the empty query) instead of a Suspense fallback that is
// swapped out after hydration — no layout shift, no late largest paint.
const CHANGED = 'standpoint:url-search';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** The page's query string ('' on the server and during hydration), and a way to replace it. */
export function useUrlSearch(): [URLSearchParams, (query: string) => void] {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
  const replace = (query: string) => {
    window.history.replaceState(window.history.state, '', query ? `?${query}` : window.location.pathname);
    window.dispatchEvent(new Event(CHANGED));
  };
  return [new URLSearchParams(search), replace];
}
