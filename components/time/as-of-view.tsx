'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { useUrlSearch } from '@/components/ui/use-url-search';
import { formatDate } from '@/lib/dates';
import { asOfNotice, asOfRequest, computedDay, type DataRange } from '@/lib/url';
import type { AsOfPage } from './as-of-bodies';

type Shown = { day: string; body: ReactNode } | { day: string; error: string };

/**
 * A page's body as of the address's day, read with the one rule every view uses (readAsOf). Without
 * `?asof=` it is the server's HTML (the latest state) as is. With a day before the data's own date —
 * before its first statement too, where the body is empty and says why — it loads the records
 * (/data/history.json) and the as-of code on demand, so a page's first load does not grow, and draws
 * the same body from the data as it stood at the end of that day. Nothing later is shown while it
 * loads. A day that is not a date, or after the data's, is said and the latest state shown.
 */
export function AsOfView({ page, range, children }: { page: AsOfPage; range: DataRange; children: ReactNode }) {
  const [query] = useUrlSearch();
  const request = asOfRequest(query, range);
  const day = computedDay(request);
  const [shown, setShown] = useState<Shown>();
  // The page as a string, so the effect runs again only when it really changes.
  const pageKey = JSON.stringify(page);
  useEffect(() => {
    if (!day) return;
    let live = true;
    import('./as-of-bodies')
      .then((bodies) => bodies.bodyAsOf(JSON.parse(pageKey) as AsOfPage, day))
      .then(
        (body) => live && setShown({ day, body }),
        (error: unknown) => live && setShown({ day, error: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      live = false;
    };
  }, [day, pageKey]);

  if (request.status === 'latest') return children;
  if (!day)
    return (
      <>
        <AsOfNotice>{asOfNotice(request, range)}</AsOfNotice>
        {children}
      </>
    );
  if (shown?.day !== day) return <AsOfNotice busy>Loading the positions as of {formatDate(day)}…</AsOfNotice>;
  if ('error' in shown)
    return (
      <AsOfNotice>
        Could not load the data as of {formatDate(day)} ({shown.error}). Reload the page, or remove ?asof= from the
        address for the latest state.
      </AsOfNotice>
    );
  return (
    <>
      <AsOfNotice>
        {request.status === 'before'
          ? asOfNotice(request, range)
          : `As of ${formatDate(day)}: positions, demands, responses and statements as they stood at the end of that day. Nothing later is shown or counted (the data runs to ${formatDate(range.last)}).`}
      </AsOfNotice>
      {shown.body}
    </>
  );
}

function AsOfNotice({ children, busy = false }: { children: ReactNode; busy?: boolean }) {
  return (
    <p
      role="status"
      aria-busy={busy}
      className="mt-3 rounded border-2 border-blue-800 bg-blue-50 px-3 py-2 font-medium text-slate-900"
      data-testid="as-of-notice"
    >
      {children}
    </p>
  );
}
