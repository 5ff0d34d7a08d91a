'use client';

import { useEffect } from 'react';
import { useUrlSearch } from '@/components/ui/use-url-search';
import { isFullDate } from '@/lib/time/asof';
import { AS_OF_PARAM, hrefWithAsOf } from './as-of-query';

/** Links this component rewrote: the address they had, and the one it gave them. */
const rewritten = new WeakMap<Element, { original: string; written: string; day: string }>();

/**
 * Gives every link on the page the address it should have for `day` (undefined: the latest state): a
 * link it rewrote for an earlier day is rewritten from its own address again, and put back when the
 * page returns to the latest state. A link whose address was changed since (by React, say) starts
 * from its new address. Links that name a day of their own are left alone.
 */
function rewriteLinks(day: string | undefined) {
  const base = window.location.href;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = link.getAttribute('href')!;
    const mine = rewritten.get(link);
    if (mine && mine.written === href && mine.day === day) continue;
    const original = mine && mine.written === href ? mine.original : href;
    const next = day ? hrefWithAsOf(original, day, base) : undefined;
    if (day && next) {
      if (next !== href) link.setAttribute('href', next);
      rewritten.set(link, { original, written: next, day });
    } else if (mine) {
      if (original !== href) link.setAttribute('href', original);
      rewritten.delete(link);
    }
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
    rewriteLinks(day);
    if (!day) return;
    // Content drawn later (an as-of view, a panel) brings new links.
    const observer = new MutationObserver(() => rewriteLinks(day));
    observer.observe(document.body, { childList: true, subtree: true });
    // Client-side navigation follows the link's own props, not its rewritten address: load the page instead.
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!link || link.getAttribute('target')) return;
      const href = link.getAttribute('href')!;
      const next = hrefWithAsOf(href, day, window.location.href) ?? href;
      if (!new URL(next, window.location.href).searchParams.has(AS_OF_PARAM)) return;
      if (next.startsWith('#')) return;
      event.preventDefault();
      event.stopPropagation();
      window.location.assign(next);
    };
    window.addEventListener('click', onClick, true);
    return () => {
      observer.disconnect();
      window.removeEventListener('click', onClick, true);
    };
  }, [day]);
  return null;
}
