'use client';

import { readAsOf, withParam, type AsOfRequest, type DataRange } from '@/lib/time/asof-param';
import { useUrlSearch } from '@/components/ui/use-url-search';

/**
 * The view's `?asof=` read against the data's range, and a way to set it (a day, or undefined for the
 * latest) that keeps the page's other parameters (`?cell=`, `?since=`, …). Every view that follows
 * the date control uses this, so they read the address alike.
 */
export function useAsOf(range: DataRange): [AsOfRequest, (day: string | undefined) => void] {
  const [search, setSearch] = useUrlSearch();
  const request = readAsOf(search.get('asof'), range);
  const setAsOf = (day: string | undefined) =>
    setSearch(withParam(window.location.search, 'asof', day && day !== range.last ? day : undefined));
  return [request, setAsOf];
}
