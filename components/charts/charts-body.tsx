import type { Model } from '@/lib/model';
import { DemandsChart } from './demands-chart';
import { ResponseGrid } from './response-grid';
import { SpectrumChart } from './spectrum-chart';
import { GapChart } from './gap-chart';
import { TimelineChart } from './timeline-chart';

/**
 * The charts page's charts, from one model: the server renders them from the latest data, and the
 * as-of view (components/time/) from the data as it stood on a day.
 */
export function ChartsBody({ model }: { model: Model }) {
  return (
    <div className="mt-4 space-y-6">
      <DemandsChart model={model} />
      <ResponseGrid model={model} />
      {model.issues.map((issue) => (
        <SpectrumChart key={issue.id} model={model} issueId={issue.id} />
      ))}
      <GapChart model={model} />
      <TimelineChart model={model} />
    </div>
  );
}
