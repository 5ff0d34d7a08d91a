import type { Model } from '@/lib/model';
import { chartsPageViews } from '@/lib/reshape-charts';
import { ChartSection } from './chart-section';

/**
 * The charts page's charts (lib/reshape-charts.ts's chartsPageViews): the server writes their words
 * into the HTML and each chart's data into /charts/data/<id>.json, fetched as the reader reaches it
 * (`load: 'fetch'`); the as-of view (components/time/), drawn in the browser from the data as it
 * stood on a day, hands each chart its data at once.
 */
export function ChartsBody({ model, load = 'inline' }: { model: Model; load?: 'fetch' | 'inline' }) {
  return (
    <div className="mt-4 space-y-6">
      {chartsPageViews(model).map((view) => (
        <ChartSection key={view.head.id} view={view} load={load} />
      ))}
    </div>
  );
}
