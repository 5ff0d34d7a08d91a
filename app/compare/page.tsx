import type { Metadata } from 'next';
import { getModel } from '@/lib/data';
import { buildCompareData } from '@/lib/analysis/compare-data';
import { HOW_DERIVED } from '@/lib/analysis/compare';
import { CompareFromUrl } from '@/components/compare/compare-from-url';
import { AsOfView } from '@/components/time/as-of-view';
import { AsOfControl } from '@/components/time/as-of-control';
import { dataRange, parseCompareParams, readQuery } from '@/lib/url';
import { compareChoices, compareDataFor } from '@/lib/analysis/compare-files';

export const metadata: Metadata = { title: 'Compare' };

/**
 * Static HTML holds the default comparison and a GET form (works with JavaScript off); the client
 * leaf then reads `?s=…&i=…` and renders the chosen comparison from the same digest: the default
 * sides' part is in the page, any other side's comes from one static file per issue
 * (app/compare/data/), loaded only when a selection needs it.
 */
export default function ComparePage() {
  const model = getModel();
  const data = buildCompareData(model);
  // The HTML carries the default comparison's sides only; another selection loads its issues' files.
  const sides = parseCompareParams(readQuery(''), compareChoices(data)).stakeholders;
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
        <CompareFromUrl data={compareDataFor(data, sides)} howDerived={HOW_DERIVED} partial={{ sides }} />
      </AsOfView>
    </>
  );
}
