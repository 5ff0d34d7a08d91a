/**
 * The address's query as a store for the browser: read, replace (a view's own state: a filter, a
 * selection, a slide) or push (a change the reader may want to undo with Back: the as-of day). Every
 * change is announced, and Back and Forward are too, so every view reading the address follows.
 *
 * A new history entry (the as-of day) is announced at once and written to the browser's history just
 * after the next frame is drawn: writing it (and the router's own bookkeeping that follows) took 10–15
 * ms of an as-of switch at scale, before the reader saw the new day. A replacement (a filter typed, a
 * slide turned) is written at once, as the reader may copy or reload the address the moment they see
 * it — unless an entry is still waiting, which it then joins. Until it is written, `currentSearch()` is
 * the new query: read the query through it, never through `window.location.search`.
 */
const CHANGED = 'standpoint:url-search';

/** A query announced but not yet in the history: its search (`?…` or ''), its address, and how it goes in. */
let pending: { search: string; url: string; push: boolean } | undefined;

export function subscribeSearch(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** The page's query as the views show it: the one announced last, written to the history or not yet. */
export const currentSearch = (): string => pending?.search ?? window.location.search;

/** Writes the announced query to the history (once; a later call does nothing). */
function flush() {
  const change = pending;
  pending = undefined;
  if (!change || change.search === window.location.search) return;
  if (change.push) window.history.pushState(null, '', change.url);
  else window.history.replaceState(window.history.state, '', change.url);
}

if (typeof window !== 'undefined') {
  // Back or Forward before the write: the reader has left the page state the write was for.
  window.addEventListener('popstate', () => (pending = undefined));
  // Leaving the page (a reload, a link) before the write: written now, so Back returns to it.
  window.addEventListener('pagehide', flush);
}

function write(query: string, how: 'replace' | 'push') {
  const search = query ? `?${query}` : '';
  if (search === currentSearch()) return;
  const waiting = pending !== undefined;
  // Several changes before the write are one entry: pushed if any of them was.
  pending = { search, url: query ? search : window.location.pathname, push: how === 'push' || !!pending?.push };
  if (!waiting && how === 'replace') flush();
  else if (!waiting) {
    // After the frame that shows the change; in a tab that draws no frames (hidden), after a moment.
    requestAnimationFrame(() => setTimeout(flush));
    setTimeout(flush, 200);
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** Replaces the query (no new history entry). */
export const replaceSearch = (query: string) => write(query, 'replace');
/** Sets the query as a new history entry: Back returns to the one before. */
export const pushSearch = (query: string) => write(query, 'push');
