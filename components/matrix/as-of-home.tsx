'use client';

import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import type { HomeView } from '@/lib/home-view';
import type { DataRange } from '@/lib/time/asof-param';
import { computedDay } from '@/lib/time/asof-param';
import { useAsOf } from '@/components/time/use-as-of';
import { useUrlSearch } from '@/components/ui/use-url-search';

type Shown =
  { key: string; view: HomeView; Matrix: ComponentType<{ view: HomeView }> } | { key: string; error: string };

/**
 * The home matrix, following `?asof=` and `?since=`: without either it shows the server-rendered
 * latest matrix (its children); with one it loads the as-of code and the records, and renders the
 * same HomeMatrix as of that day. While that loads, the latest matrix stays in place, dimmed and
 * marked busy, so nothing later is read as if it were the earlier state.
 */
export function AsOfHome({ children, first, last }: { children: ReactNode } & DataRange) {
  const [request] = useAsOf({ first, last });
  const [search] = useUrlSearch();
  const day = computedDay(request);
  const since = search.get('since');
  const key = day || since ? `${day ?? ''}|${since ?? ''}` : '';
  const [shown, setShown] = useState<Shown | undefined>();

  useEffect(() => {
    if (!key) return;
    let live = true;
    import('./home-as-of')
      .then(async (m) => ({ view: await m.homeViewAsOf(day, since), Matrix: m.HomeMatrix }))
      .then(({ view, Matrix }) => live && setShown({ key, view, Matrix }))
      .catch((error: unknown) => live && setShown({ key, error: String(error) }));
    return () => {
      live = false;
    };
  }, [key, day, since]);

  if (!key) return children;
  if (shown && 'error' in shown && shown.key === key)
    return (
      <>
        <p role="alert" className="rounded bg-red-50 px-2 py-1 text-sm font-semibold text-red-900">
          Could not load the records for this date ({shown.error}); the matrix below is the latest state.
        </p>
        {children}
      </>
    );
  // While another day computes, the day shown before stays in place, dimmed and marked busy: the same
  // tree is then updated where it changed, not torn down and drawn again (fast at scale).
  const busy = shown?.key !== key;
  if (shown && 'view' in shown) {
    const { Matrix, view } = shown;
    return (
      <div
        data-asof={busy ? undefined : view.asOf}
        aria-busy={busy || undefined}
        inert={busy}
        className={busy ? 'opacity-40' : undefined}
      >
        <Matrix view={view} />
      </div>
    );
  }
  return (
    <div aria-busy="true" inert className="opacity-40">
      {children}
    </div>
  );
}
