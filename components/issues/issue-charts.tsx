import type { Model } from '@/lib/model';
import type { Issue } from '@/lib/schema';
import { spectrumChartView, timelineChartView } from '@/lib/reshape-charts';
import { ChartSection } from '@/components/charts/chart-section';

/** An issue page's charts: where each side stands on the scale, and when they said it. */
export function IssueCharts({ model, issue }: { model: Model; issue: Issue }) {
  return (
    <div className="mt-4 space-y-4">
      <ChartSection view={spectrumChartView(model, issue.id)} />
      <ChartSection view={timelineChartView(model, issue.id)} />
    </div>
  );
}
