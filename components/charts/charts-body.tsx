import type { Model } from '@/lib/model';
import { chartsPageViews, type ChartView } from '@/lib/reshape-charts';
import { ChartSection } from './chart-section';

/** A first chart whose data is this small (characters of JSON) comes in the HTML, so the first screen is whole. */
const INLINE_LIMIT = 16_000;
const small = (view: ChartView) => JSON.stringify(view.data).length <= INLINE_LIMIT;

/**
 * The charts page's charts (lib/reshape-charts.ts's chartsPageViews): the server writes their words
 * into the HTML and each chart's data into /charts/data/<id>.json, fetched as the reader reaches it
 * (`load: 'fetch'`; the first chart, when its data is small, comes in the HTML). The as-of view
 * (components/time/), drawn in the browser from the data as it stood on a day, hands each chart its
 * data at once.
 */
export function ChartsBody({ model, load = 'inline' }: { model: Model; load?: 'fetch' | 'inline' }) {
  return (
    <div className="mt-4 space-y-6">
      {chartsPageViews(model).map((view, i) => (
        <ChartSection key={view.head.id} view={view} load={i === 0 && small(view) ? 'inline' : load} />
      ))}
    </div>
  );
}
