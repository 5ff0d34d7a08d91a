'use client';

import { useUrlSearch } from '@/components/ui/use-url-search';
import { droppedAsOfNotice } from '@/lib/url';

/**
 * On a page that shows only the latest data (statements, What changed, sources): when the address
 * asks for a day (a link from an as-of view carries it), says that this page is not as of it.
 */
export function DroppedAsOf({ page, latest }: { page: string; latest: string }) {
  const [query] = useUrlSearch();
  const notice = droppedAsOfNotice(query, page, latest);
  if (!notice) return null;
  return (
    <p
      role="status"
      data-testid="as-of-dropped"
      className="mb-2 mt-3 rounded border-2 border-amber-700 bg-amber-50 px-3 py-2 font-medium text-amber-950"
    >
      {notice}
    </p>
  );
}
