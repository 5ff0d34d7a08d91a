/**
 * The address's query as a store for the browser: read, replace (a view's own state: a filter, a
 * selection, a slide) or push (a change the reader may want to undo with Back: the as-of day). Every
 * change is announced, and Back and Forward are too, so every view reading the address follows.
 */
const CHANGED = 'standpoint:url-search';

export function subscribeSearch(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

export const currentSearch = (): string => window.location.search;

function write(query: string, how: 'replace' | 'push') {
  const url = query ? `?${query}` : window.location.pathname;
  if (`?${query}` === window.location.search || (!query && !window.location.search)) return;
  if (how === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new Event(CHANGED));
}

/** Replaces the query (no new history entry). */
export const replaceSearch = (query: string) => write(query, 'replace');
/** Sets the query as a new history entry: Back returns to the one before. */
export const pushSearch = (query: string) => write(query, 'push');
