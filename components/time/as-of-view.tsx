'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { useUrlSearch } from '@/components/ui/use-url-search';
import { dateKey, formatDate } from '@/lib/dates';
import { isFullDate } from '@/lib/time/asof';
import { AS_OF_PARAM } from './as-of-query';
import type { AsOfPage } from './as-of-bodies';

type Shown = { day: string; body: ReactNode } | { day: string; error: string };

/**
 * A page's body as of the address's day. Without `?asof=` it is the server's HTML (the latest
 * state) as is. With a day before the data's own date it loads the records (/data/history.json)
 * and the as-of code on demand — so a page's first load does not grow — and draws the same body
 * from the data as it stood at the end of that day. Nothing later is shown while it loads.
 */
export function AsOfView({ page, latest, children }: { page: AsOfPage; latest: string; children: ReactNode }) {
  const [params] = useUrlSearch();
  const day = params.get(AS_OF_PARAM);
  const earlier = isFullDate(day) && day < dateKey(latest);
  const [shown, setShown] = useState<Shown>();
  // The page as a string, so the effect runs again only when it really changes.
  const pageKey = JSON.stringify(page);
  useEffect(() => {
    if (!earlier || !day) return;
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
  }, [earlier, day, pageKey]);

  if (!day) return children;
  if (!isFullDate(day))
    return (
      <>
        <AsOfNotice>
          The address asks for the view as of {day}, which is not a calendar date (write it YYYY-MM-DD, e.g.
          2025-08-01). This is the latest state, as of {formatDate(latest)}.
        </AsOfNotice>
        {children}
      </>
    );
  if (!earlier)
    return (
      <>
        <AsOfNotice>
          The data runs to {formatDate(latest)}: on {formatDate(day)} nothing later is known, so this is the latest
          state.
        </AsOfNotice>
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
        As of {formatDate(day)}: positions, demands, responses and statements as they stood at the end of that day.
        Nothing later is shown or counted (the data runs to {formatDate(latest)}).
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
