import type { Metadata } from 'next';
import { getModel } from '@/lib/data';
import { buildCompareData } from '@/lib/analysis/compare-data';
import { HOW_DERIVED } from '@/lib/analysis/compare';
import { CompareFromUrl } from '@/components/compare/compare-from-url';
import { AsOfView } from '@/components/time/as-of-view';
import { AsOfControl } from '@/components/time/as-of-control';
import { dataRange, parseCompareParams, readQuery } from '@/lib/url';
import { compareChoices } from '@/lib/analysis/compare-files';
import { CompareResults } from '@/components/compare/compare-view';

export const metadata: Metadata = { title: 'Compare' };

/**
 * Static HTML holds the default comparison and a GET form (works with JavaScript off); the client
 * leaf then reads `?s=…&i=…` and renders the chosen comparison from the same digest:  the default
 * comparison is drawn here; any other selection's records come from one static file per issue
 * (app/compare/data/), loaded only when a selection needs them.
 */
export default function ComparePage() {
  const model = getModel();
  const data = buildCompareData(model);
  // The HTML carries the default comparison, drawn here; another selection loads its issues' files.
  const selection = parseCompareParams(readQuery(''), compareChoices(data));
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">Compare positions</h1>
      <p className="mt-1 max-w-5xl text-slate-800">
        Choose two or more sides: each issue shows their latest positions with the words behind them, how far apart
        their stances are, and where the data shows agreement or a red line. Stances are analyst judgements; the address
        of this page keeps your choice, so a link reproduces it.
      </p>
      <div className="mt-2">
        <AsOfControl {...dataRange(model)} notice={false} />
      </div>
      <AsOfView page={{ kind: 'compare', howDerived: HOW_DERIVED }} range={dataRange(model)}>
        <CompareFromUrl
          data={{ ...data, positions: {}, demands: [] }}
          howDerived={HOW_DERIVED}
          byFile={{
            sides: selection.stakeholders,
            children: <CompareResults data={data} howDerived={HOW_DERIVED} selection={selection} />,
          }}
        />
      </AsOfView>
    </>
  );
}
