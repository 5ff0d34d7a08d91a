import type { Model } from '@/lib/model';
import type { Issue } from '@/lib/schema';
import { SpectrumChart } from '@/components/charts/spectrum-chart';
import { TimelineChart } from '@/components/charts/timeline-chart';

/** An issue page's charts: where each side stands on the scale, and when they said it. */
export function IssueCharts({ model, issue }: { model: Model; issue: Issue }) {
  return (
    <div className="mt-4 space-y-4">
      <SpectrumChart model={model} issueId={issue.id} />
      <TimelineChart model={model} issueId={issue.id} />
    </div>
  );
}
