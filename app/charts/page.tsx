import type { Metadata } from 'next';
import { getModel } from '@/lib/data';
import { ChartsBody } from '@/components/charts/charts-body';
import { AsOfView } from '@/components/time/as-of-view';
import { AsOfControl } from '@/components/time/as-of-control';
import { dataRange } from '@/lib/url';
import { StakeholderLegend } from '@/components/ui/stakeholder-legend';

export const metadata: Metadata = { title: 'Charts' };

export default function ChartsPage() {
  const model = getModel();
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">Demands, stances and gaps</h1>
      <p className="mt-1 max-w-4xl text-slate-700">
        Every chart states its takeaway, cites its sources and has a table with the same numbers. Stances and gaps are
        analyst judgements.
      </p>
      <StakeholderLegend model={model} />
      <nav aria-label="Charts on this page" className="mt-3 text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {[
            ['#demands-by-side-title', 'Demands'],
            ['#demand-responses-title', 'Responses'],
            ...model.issues.map((i) => [`#spectrum-${i.id}-title`, `Spectrum: ${i.title}`]),
            ['#gap-heatmap-title', 'Gaps'],
            ['#timeline-title', 'Timeline'],
          ].map(([href, label]) => (
            <li key={href}>
              <a href={href} className="text-blue-800 underline underline-offset-2">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-2">
        <AsOfControl {...dataRange(model)} notice={false} />
      </div>
      <AsOfView page={{ kind: 'charts' }} range={dataRange(model)}>
        <ChartsBody model={model} load="fetch" />
      </AsOfView>
    </>
  );
}
