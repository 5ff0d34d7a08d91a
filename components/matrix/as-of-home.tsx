'use client';

import { memo, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { HomeView } from '@/lib/home-view';
import type { DataRange } from '@/lib/url/asof';
import { computedDay, linkDay } from '@/lib/url/asof';
import { useAsOf } from '@/components/time/use-as-of';
import { useUrlSearch } from '@/components/ui/use-url-search';

type Loaded = Awaited<ReturnType<(typeof import('./home-as-of'))['loadHomeAsOf']>>;

/**
 * The home matrix, following `?asof=` and `?since=`: without either it shows the server-rendered
 * latest matrix (its children); with one it loads the as-of code and the records once, and renders
 * the same HomeMatrix as of that day. While they load, the latest matrix stays in place, dimmed and
 * marked busy, so nothing later is read as if it were the earlier state. Once loaded, a new day is
 * computed in the same render that shows it: no dimmed frame in between, and the matrix's squares
 * that did not change are not drawn again (fast at scale).
 */
export function AsOfHome({ children, first, last }: { children: ReactNode } & DataRange) {
  const [request] = useAsOf({ first, last });
  const [search] = useUrlSearch();
  const day = computedDay(request);
  const since = search.get('since');
  // The day the matrix's own links carry: the address's, by the rule every link follows. Not deferred
  // (unlike other links, AsOfDayProvider): the squares are drawn for the new day anyway, so their links
  // change in the same render — a later pass would draw all 1,800 squares at scale a second time.
  const cellLinkDay = linkDay(search);
  const key = day || since ? `${day ?? ''}|${since ?? ''}` : '';
  const [loaded, setLoaded] = useState<Loaded | { error: string }>();

  useEffect(() => {
    if (!key || loaded) return;
    let live = true;
    import('./home-as-of')
      .then((m) => m.loadHomeAsOf())
      .then((records) => live && setLoaded(records))
      .catch((error: unknown) => live && setLoaded({ error: String(error) }));
    return () => {
      live = false;
    };
  }, [key, loaded]);

  const shown = useMemo((): { view: HomeView } | { error: string } | undefined => {
    if (!key || !loaded) return undefined;
    if ('error' in loaded) return loaded;
    try {
      return { view: loaded.viewAsOf(day, since) };
    } catch (error) {
      return { error: String(error) };
    }
  }, [key, loaded, day, since]);

  if (!key) return children;
  if (shown && 'error' in shown)
    return (
      <>
        <p role="alert" className="rounded bg-red-50 px-2 py-1 text-sm font-semibold text-red-900">
          Could not load the records for this date ({shown.error}); the matrix below is the latest state.
        </p>
        {children}
      </>
    );
  if (shown && loaded && 'Matrix' in loaded)
    return (
      <div data-asof={shown.view.asOf}>
        <Shown Matrix={loaded.Matrix} Painted={loaded.PaintedTable} view={shown.view} linkDay={cellLinkDay} />
      </div>
    );
  return (
    <div aria-busy="true" inert className="opacity-40">
      {children}
    </div>
  );
}

/**
 * The matrix drawn again only when its view or its links' day changes (not when another part of the
 * address does: the open cell's highlight is the panel's style rule, CellPanel).
 */
const Shown = memo(function Shown({
  Matrix,
  Painted,
  view,
  linkDay,
}: {
  Matrix: Loaded['Matrix'];
  Painted: Loaded['PaintedTable'];
  view: HomeView;
  linkDay: string | undefined;
}) {
  // Painted: a new day changes hundreds of squares' numbers at scale, drawn on one canvas (PaintedNumbers).
  return <Matrix view={view} linkDay={linkDay} painted={Painted} />;
});
