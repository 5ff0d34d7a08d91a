'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { citation } from '@/lib/chart-export';
import type { ChartData, ChartHead } from '@/lib/reshape-charts';
import { CiteThis } from '@/components/ui/cite-this';
import { ChartDownloads } from './chart-downloads';
import { DataTable } from './data-table';
import { DrawnBody } from './bodies';

type Props = {
  head: ChartHead;
  /** Height the chart takes once drawn: kept free while it loads, so nothing below jumps. */
  reserve: number;
} & ({ data: ChartData; src?: undefined } | { src: string; data?: undefined });

/** How far below the viewport a chart starts loading, so it is usually drawn by the time it is seen. */
const AHEAD = '300px';

const never = () => () => {};
/** False in the server's HTML (and so without JavaScript), true once the page runs. */
const useRunning = () =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );

type Fetched = { data: ChartData } | { error: string } | 'loading';

/**
 * A chart's body: its drawing inside the chart's focusable group, the source line, the downloads
 * (PNG, 16:9 PNG, SVG, data zip), "Cite this" and the table. Given `data` (an issue page, an as-of
 * view) it draws at once; given `src` (/charts/) it fetches that static JSON file when the chart
 * nears the viewport, saying so while it loads, when it cannot, and without JavaScript.
 */
export function ChartBody(props: Props) {
  const { head, reserve, src } = props;
  const { id, title, source, asOf } = head;
  const ref = useRef<HTMLDivElement>(null);
  const running = useRunning();
  const [fetched, setFetched] = useState<Fetched>();
  useEffect(() => {
    const element = ref.current;
    if (!src || !element) return;
    let live = true;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        setFetched('loading');
        fetch(src)
          .then((response) => {
            if (!response.ok) throw new Error(`the server answered ${response.status}`);
            return response.json() as Promise<ChartData>;
          })
          .then(
            (data) => live && setFetched({ data }),
            (error: unknown) => live && setFetched({ error: error instanceof Error ? error.message : String(error) }),
          );
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [src]);
  const data = props.data ?? (fetched && typeof fetched === 'object' && 'data' in fetched ? fetched.data : undefined);
  const error = fetched && typeof fetched === 'object' && 'error' in fetched ? fetched.error : undefined;
  return (
    // While it loads, the body is never the browser's scroll anchor: a chart above the reader that grows
    // as it loads (a link to a chart further down) then leaves the page in place instead of pushing it down.
    <div style={data ? undefined : { overflowAnchor: 'none' }}>
      <div
        ref={ref}
        data-testid={`chart-${id}`}
        data-chart-state={data ? 'drawn' : error ? 'failed' : 'waiting'}
        role="group"
        tabIndex={0}
        aria-label={`${title} (chart)`}
        aria-describedby={`${id}-takeaway`}
        aria-busy={!data && !error && running}
        className="mt-3 rounded"
      >
        {data ? (
          <DrawnBody body={data.body} />
        ) : (
          <div style={{ minHeight: reserve }} className="flex items-start rounded bg-slate-50 p-4 text-slate-700">
            <p role={running ? 'status' : undefined}>
              {error
                ? `Could not load this chart (${error}). Reload the page to try again; the takeaway above stands without it.`
                : running
                  ? 'Loading the chart, its table and its downloads…'
                  : 'This chart, its table and its downloads load as you scroll to them, which needs JavaScript. The takeaway above and the source below stand without it.'}
            </p>
          </div>
        )}
      </div>
      {/* A chart that draws nothing (no stance placed yet) cites no source, so it prints no source line. */}
      {source ? (
        <figcaption className="mt-2 text-sm text-slate-700">
          Source: {source} · Standpoint · data as of {asOf}
        </figcaption>
      ) : null}
      <div className="mt-2 flex flex-wrap items-start gap-x-6 gap-y-2">
        {data ? <ChartDownloads id={id} about={head} table={data.table} empty={head.empty} /> : null}
        <CiteThis citation={citation({ title, asOf, source })} />
        {data ? <DataTable id={id} title={title} table={data.table} /> : null}
      </div>
    </div>
  );
}
