'use client';

import { asOfRequest, queryWith, type AsOfRequest, type DataRange } from '@/lib/url';
import { currentSearch } from '@/lib/url/store';
import { useUrlSearch } from '@/components/ui/use-url-search';

/**
 * The view's `?asof=` read against the data's range, and a way to set it (a day, or undefined for the
 * latest) that keeps the page's other parameters (`?cell=`, `?since=`, …). A new day is a new history
 * entry: Back returns to the day before. Every view that follows the date control uses this.
 */
export function useAsOf(range: DataRange): [AsOfRequest, (day: string | undefined) => void] {
  const [query, , pushSearch] = useUrlSearch();
  const setAsOf = (day: string | undefined) =>
    pushSearch(queryWith(currentSearch(), { asof: day && day !== range.last ? day : undefined }));
  return [asOfRequest(query, range), setAsOf];
}
