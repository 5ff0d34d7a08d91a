'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { readQuery, type Query } from '@/lib/url';
import { currentSearch, pushSearch, replaceSearch, subscribeSearch } from '@/lib/url/store';

// The query string read as an external store rather than with useSearchParams: a static page then
// carries its real content (rendered for the empty query) instead of a Suspense fallback that is
// swapped out after hydration — no layout shift, no late largest paint.

/**
 * The page's query ('' on the server and during hydration), read; a way to replace it, and one to
 * push it as a new history entry (Back undoes it).
 */
export function useUrlSearch(): [Query, (query: string) => void, (query: string) => void] {
  const search = useSyncExternalStore(subscribeSearch, currentSearch, () => '');
  const query = useMemo(() => readQuery(search), [search]);
  return [query, replaceSearch, pushSearch];
}
