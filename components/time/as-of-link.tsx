'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { createContext, useContext, useDeferredValue, type ComponentProps, type ReactNode } from 'react';
import { useUrlSearch } from '@/components/ui/use-url-search';
import { hrefOnDay, linkDay } from '@/lib/url';

/** The day the address names (`?asof=`) for the page's links; undefined: the latest state. */
const LinkDay = createContext<string | undefined>(undefined);

/**
 * Gives every AsOfLink below it the address's day. The day reaches the links in a deferred render:
 * a new date redraws the view first, then the links (1,800 on the bench's home page) follow.
 */
export function AsOfDayProvider({ children }: { children: ReactNode }) {
  // A client-side navigation changes the address without an event: the path changing re-reads it.
  usePathname();
  const [query] = useUrlSearch();
  const day = useDeferredValue(linkDay(query));
  return <LinkDay value={day}>{children}</LinkDay>;
}

/**
 * A link's address while the page is as of a day: to a page that reads `?asof=` (or an index
 * between such pages, or a page that says it shows only the latest), it carries the day; any other
 * link stays as written. The one rule is lib/url's hrefOnDay.
 */
export function useAsOfHref(href: string): string {
  return hrefOnDay(href, useContext(LinkDay));
}

/**
 * next/link whose address follows the as-of day. Use it for every link to a page of the site. It does
 * not prefetch: on a phone, fetching the code and data of every page a screen links to (a dozen in the
 * header alone, ~700 KiB on the seed's home page) competed with the page itself; a click loads the page.
 */
export function AsOfLink({ href, ...props }: Omit<ComponentProps<typeof Link>, 'href'> & { href: string }) {
  return <Link href={useAsOfHref(href)} prefetch={false} {...props} />;
}

/**
 * A plain anchor whose address follows the as-of day: for links something on the page handles
 * itself (a matrix cell opens its panel), so a plain click never navigates but a new tab, a copied
 * address or a page without JavaScript keeps the day.
 */
export function AsOfAnchor({ href, ...props }: ComponentProps<'a'> & { href: string }) {
  return <a href={useAsOfHref(href)} {...props} />;
}
