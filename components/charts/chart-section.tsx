import { chartDataHref, type ChartBodyData, type ChartView } from '@/lib/reshape-charts';
import { ChartFrame } from './chart-frame';
import { ChartBody } from './chart-body';
import { drawnChart } from './registry';

/** Rows of a grid drawn before it loads (an estimate: a little short is fine, nothing below is in view yet). */
const ROW = 56;

/** The height a chart's body takes once drawn, kept free while it loads. */
function reserveOf(body: ChartBodyData): number {
  switch (body.kind) {
    case 'demands':
      return drawnChart('demand-bars', body.bars).reserve + 80;
    case 'responses':
      return 60 + Math.min(body.rows.length, 12) * ROW * 1.5;
    case 'spectrum':
      return body.spectrum ? drawnChart('spectrum', body.spectrum).reserve : 60;
    case 'gaps':
      return 90 + ((body.views[0]?.sides.length ?? 0) + 1) * ROW;
    case 'timeline':
      return drawnChart('timeline', body.timeline).reserve + Math.ceil(body.events.length / 2) * 24;
  }
}

/**
 * One chart: its words in the HTML, its body either fetched from its static JSON file when it nears
 * the viewport (`load: 'fetch'`, /charts/) or handed over at once (`'inline'`: an issue page, an
 * as-of view drawn in the browser).
 */
export function ChartSection({ view, load = 'inline' }: { view: ChartView; load?: 'fetch' | 'inline' }) {
  const reserve = reserveOf(view.data.body);
  return (
    <ChartFrame head={view.head}>
      {load === 'fetch' ? (
        <ChartBody head={view.head} reserve={reserve} src={chartDataHref(view.head.id)} />
      ) : (
        <ChartBody head={view.head} reserve={reserve} data={view.data} />
      )}
    </ChartFrame>
  );
}
