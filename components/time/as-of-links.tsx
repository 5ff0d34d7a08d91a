'use client';

import { useEffect } from 'react';
import { useUrlSearch } from '@/components/ui/use-url-search';
import { isFullDate } from '@/lib/time/asof';
import { AS_OF_PARAM, hrefWithAsOf } from './as-of-query';

/** Links this component rewrote: the address they had, and the one it gave them. */
const rewritten = new WeakMap<Element, { original: string; written: string; day: string }>();

/** The address a link had before this component rewrote it (its current one if it did not, or if it was changed since). */
function originalOf(link: Element): string {
  const href = link.getAttribute('href')!;
  const mine = rewritten.get(link);
  return mine && mine.written === href ? mine.original : href;
}

/** Where a link should lead on `day`, whether or not its address has been rewritten yet. */
function hrefFor(link: Element, day: string): string {
  const original = originalOf(link);
  return hrefWithAsOf(original, day, window.location.href) ?? original;
}

const requestIdle = (run: () => void): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 500 }) : window.setTimeout(run, 50);
const cancelIdle = (handle: number) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : window.clearTimeout(handle);

/**
 * Gives every link on the page the address it should have for `day` (undefined: the latest state): a
 * link it rewrote for an earlier day is rewritten from its own address again, and put back when the
 * page returns to the latest state. A link whose address was changed since (by React, say) starts
 * from its new address. Links that name a day of their own are left alone.
 */
function rewriteLinks(day: string | undefined) {
  const base = window.location.href;
  for (const link of document.querySelectorAll('a[href]')) rewriteLink(link, day, base);
}

function rewriteLink(link: Element, day: string | undefined, base: string) {
  const href = link.getAttribute('href');
  if (href === null) return;
  const mine = rewritten.get(link);
  if (mine && mine.written === href && mine.day === day) return;
  const original = originalOf(link);
  const next = day ? hrefWithAsOf(original, day, base) : undefined;
  if (day && next) {
    if (next !== href) link.setAttribute('href', next);
    rewritten.set(link, { original, written: next, day });
  } else if (mine) {
    if (original !== href) link.setAttribute('href', original);
    rewritten.delete(link);
  }
}

/**
 * While the address names a day (`?asof=`), links to the views that read it carry the same day:
 * their addresses are rewritten (so opening one in a new tab or copying it keeps the day) and a plain
 * click loads the page with the day. When the day changes they follow it; without `?asof=` they are
 * as the page wrote them. Renders nothing.
 */
export function AsOfLinks() {
  const [params] = useUrlSearch();
  const param = params.get(AS_OF_PARAM);
  const day = isFullDate(param) ? param : undefined;
  useEffect(() => {
    // Off the path of the view being drawn: rewriting a large page's links (1,800 on the bench's home
    // page) waits until the browser is idle. Until then a click already goes to the right day (below).
    if (!day) {
      // Back to the latest state: every link as the page wrote it, at once.
      rewriteLinks(undefined);
      return;
    }
    let pending: number | undefined;
    const later = () => {
      pending ??= requestIdle(() => {
        pending = undefined;
        rewriteLinks(day);
      });
    };
    later();
    // Content drawn later (an as-of view, a panel) brings new links.
    const observer = new MutationObserver(later);
    observer.observe(document.body, { childList: true, subtree: true });
    // A link about to be used before the idle rewrite (pressed, focused, its menu opened to copy it or
    // open it in a new tab) is given its address for the day first.
    const onReach = (event: Event) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (link) rewriteLink(link, day, window.location.href);
    };
    const reach = ['pointerdown', 'focusin', 'contextmenu'] as const;
    for (const type of reach) window.addEventListener(type, onReach, true);
    // Client-side navigation follows the link's own props, not its rewritten address: load the page instead.
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      // A matrix cell opens its panel (cell-panel.tsx), which follows the day itself.
      if (!link || link.getAttribute('target') || link.hasAttribute('data-cell')) return;
      const next = hrefFor(link, day);
      if (!new URL(next, window.location.href).searchParams.has(AS_OF_PARAM)) return;
      if (next.startsWith('#')) return;
      event.preventDefault();
      event.stopPropagation();
      window.location.assign(next);
    };
    window.addEventListener('click', onClick, true);
    return () => {
      if (pending !== undefined) cancelIdle(pending);
      observer.disconnect();
      window.removeEventListener('click', onClick, true);
      for (const type of reach) window.removeEventListener(type, onReach, true);
    };
  }, [day]);
  return null;
}
