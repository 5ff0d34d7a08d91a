import type { ComponentProps } from 'react';
import { hrefOnDay } from '@/lib/url';

/**
 * A plain anchor to a page of the site as of `day` (undefined: the latest), by the one rule,
 * lib/url's hrefOnDay. Not a client component: for links drawn by a view that already knows its day
 * (the home matrix's cells, server-rendered for the latest and drawn in the browser as of a day), so
 * a page at scale does not hydrate one component per link, and switching days redraws them with the
 * view. Links elsewhere on a page follow the address through AsOfLink / AsOfAnchor.
 */
export function DayAnchor({ href, day, ...props }: ComponentProps<'a'> & { href: string; day: string | undefined }) {
  return <a href={hrefOnDay(href, day)} {...props} />;
}
