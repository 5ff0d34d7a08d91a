'use client';

import { useEffect } from 'react';
import { useUrlSearch } from '@/components/ui/use-url-search';
import { isFullDate } from '@/lib/time/asof';
import { AS_OF_PARAM, hrefWithAsOf } from './as-of-query';

/**
 * While the address names a day (`?asof=`), links to the views that read it carry the same day:
 * their addresses are rewritten (so opening one in a new tab or copying it keeps the day) and a plain
 * click loads the page with the day. Renders nothing; does nothing without `?asof=`.
 */
export function AsOfLinks() {
  const [params] = useUrlSearch();
  const day = params.get(AS_OF_PARAM);
  useEffect(() => {
    if (!isFullDate(day)) return;
    const rewrite = () => {
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        const next = hrefWithAsOf(link.getAttribute('href')!, day, window.location.href);
        if (next) link.setAttribute('href', next);
      }
    };
    rewrite();
    // Content drawn later (an as-of view, a panel) brings new links.
    const observer = new MutationObserver(rewrite);
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
