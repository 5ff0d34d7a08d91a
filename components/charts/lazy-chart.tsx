'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState, type ComponentType } from 'react';
import type { ChartKind, ChartProps, DrawnChart } from './registry';

// Each chart is its own chunk, fetched when its frame scrolls into view: Recharts stays out of
// every page's first load. One entry per kind in registry.ts.
const LEAVES: { [K in ChartKind]: ComponentType<ChartProps[K] & { height: number }> } = {
  // Drawn without a chart library, in the HTML (bodies.tsx uses it directly); listed for its sizes.
  'demand-bars': dynamic(() => import('./demand-bars'), { ssr: false }),
  spectrum: dynamic(() => import('./stance-spectrum'), { ssr: false }),
  timeline: dynamic(() => import('./statement-timeline'), { ssr: false }),
};

/** A chart of one kind (props from registry.ts's drawnChart), drawn once it nears the viewport; its full height is reserved until then. */
export function LazyChart<K extends ChartKind>({ kind, chart, plot, reserve }: DrawnChart<K>) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setVisible(true), {
      rootMargin: '300px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // Widened: TypeScript cannot tie LEAVES[kind] to ChartProps[kind] for a generic kind.
  const Leaf = LEAVES[kind] as unknown as ComponentType<ChartProps[ChartKind] & { height: number }>;
  return (
    <div ref={ref} style={{ minHeight: reserve }}>
      {visible ? (
        <Leaf {...(chart as ChartProps[ChartKind])} height={plot} />
      ) : (
        <p className="p-4 text-slate-600">
          The chart draws when it scrolls into view (it needs JavaScript); the table below has the same numbers.
        </p>
      )}
    </div>
  );
}
