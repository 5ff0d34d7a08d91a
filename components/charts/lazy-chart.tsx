'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import type { DemandBarsProps, SpectrumProps, TimelineProps } from './types';

// Each chart is its own chunk, fetched when its frame scrolls into view: Recharts stays out of
// every page's first load.
const DemandBars = dynamic(() => import('./demand-bars'), { ssr: false });
const StanceSpectrum = dynamic(() => import('./stance-spectrum'), { ssr: false });
const StatementTimeline = dynamic(() => import('./statement-timeline'), { ssr: false });

type Props = (
  | { kind: 'demand-bars'; chart: DemandBarsProps }
  | { kind: 'spectrum'; chart: SpectrumProps }
  | { kind: 'timeline'; chart: TimelineProps }
) & {
  /** Total height the drawn chart will take, reserved before it loads. */
  reserve: number;
};

export function LazyChart(props: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setVisible(true), { rootMargin: '300px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} style={{ minHeight: props.reserve }}>
      {!visible ? (
        <p className="p-4 text-slate-600">The chart draws when it scrolls into view (it needs JavaScript); the table below has the same numbers.</p>
      ) : props.kind === 'demand-bars' ? (
        <DemandBars {...props.chart} />
      ) : props.kind === 'spectrum' ? (
        <StanceSpectrum {...props.chart} />
      ) : (
        <StatementTimeline {...props.chart} />
      )}
    </div>
  );
}
