/**
 * The address's query as the views read it (lib/url/store.ts), in a stand-in browser window: a change
 * is read back at once by every view, and reaches the browser's history once, after the frame that
 * shows it — one entry per change the reader may undo with Back, however many writes made it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Store = typeof import('./store');

/** A window with an address, a history that records its writes, events, and frames run by hand. */
function fakeWindow(search = '') {
  const target = new EventTarget();
  const frames: (() => void)[] = [];
  const location = { pathname: '/', search };
  const writes: { how: 'push' | 'replace'; url: string }[] = [];
  const write = (how: 'push' | 'replace') => (_state: unknown, _title: string, url: string) => {
    writes.push({ how, url });
    location.search = url.startsWith('?') ? url : '';
  };
  const win = {
    location,
    history: { state: null, pushState: write('push'), replaceState: write('replace') },
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
  };
  return {
    win,
    writes,
    /** Draw a frame: its animation callbacks run, then the tasks they posted. */
    frame() {
      frames.splice(0).forEach((f) => f());
      vi.advanceTimersByTime(0);
    },
    requestAnimationFrame: (f: () => void) => frames.push(f),
  };
}

let browser: ReturnType<typeof fakeWindow>;
let store: Store;

beforeEach(async () => {
  vi.useFakeTimers();
  vi.resetModules();
  browser = fakeWindow('?cell=a.b');
  vi.stubGlobal('window', browser.win);
  vi.stubGlobal('requestAnimationFrame', browser.requestAnimationFrame);
  store = await import('./store');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the query store', () => {
  it('a new day is read back at once and announced; it enters the history once the frame is drawn', () => {
    const heard = vi.fn();
    store.subscribeSearch(heard);
    store.pushSearch('cell=a.b&asof=2025-05-01');
    expect(store.currentSearch()).toBe('?cell=a.b&asof=2025-05-01');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(browser.writes).toEqual([]);
    browser.frame();
    expect(browser.writes).toEqual([{ how: 'push', url: '?cell=a.b&asof=2025-05-01' }]);
    expect(store.currentSearch()).toBe('?cell=a.b&asof=2025-05-01');
  });

  it('a change made while a new day waits joins it: one history entry, pushed, with the last query', () => {
    store.pushSearch('cell=a.b&asof=2025-05-01');
    store.replaceSearch('asof=2025-05-01');
    expect(browser.writes).toEqual([]);
    browser.frame();
    expect(browser.writes).toEqual([{ how: 'push', url: '?asof=2025-05-01' }]);
  });

  it('a view’s own state (a filter) replaces the entry at once, so a reload keeps it; empty: the bare path', () => {
    store.replaceSearch('q=ceasefire');
    expect(browser.writes).toEqual([{ how: 'replace', url: '?q=ceasefire' }]);
    store.replaceSearch('');
    expect(browser.writes.at(-1)).toEqual({ how: 'replace', url: '/' });
    expect(store.currentSearch()).toBe('');
    browser.frame();
    expect(browser.writes).toHaveLength(2);
  });

  it('leaving the page before the frame writes the waiting entry', () => {
    store.pushSearch('asof=2025-05-01');
    browser.win.dispatchEvent(new Event('pagehide'));
    expect(browser.writes).toEqual([{ how: 'push', url: '?asof=2025-05-01' }]);
  });

  it('the query it already has writes nothing', () => {
    store.pushSearch('cell=a.b');
    browser.frame();
    expect(browser.writes).toEqual([]);
  });

  it('in a tab that draws no frame, the change still enters the history', () => {
    store.pushSearch('asof=2025-05-01');
    vi.advanceTimersByTime(250);
    expect(browser.writes).toEqual([{ how: 'push', url: '?asof=2025-05-01' }]);
  });

  it('Back before the write: the change is dropped, the history is left as the reader moved it', () => {
    store.pushSearch('asof=2025-05-01');
    browser.win.dispatchEvent(new Event('popstate'));
    browser.frame();
    vi.advanceTimersByTime(250);
    expect(browser.writes).toEqual([]);
    expect(store.currentSearch()).toBe('?cell=a.b');
  });
});
