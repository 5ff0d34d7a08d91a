import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getModel } from '@/lib/data';
import { dateKey } from '@/lib/dates';
import { DroppedAsOf } from '@/components/time/dropped-as-of';
import { sourcePage } from '@/lib/page-views';
import { SourceMeta } from '@/components/sources/source-meta';
import { SourceText } from '@/components/sources/source-text';
import { plural } from '@/lib/format';

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getModel().sources.map((source) => ({ id: source.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  return { title: sourcePage(getModel(), id)?.source.title ?? 'Source' };
}

export default async function SourcePage({ params }: Params) {
  const { id } = await params;
  const view = sourcePage(getModel(), id);
  if (!view) notFound();
  const { source, ownAnalysis } = view;
  return (
    <>
      <p className="text-sm text-slate-700">Source</p>
      <h1 className="text-2xl font-bold sm:text-3xl">
        {source.title}
        {source.inferred.includes('title') ? (
          <span className="ml-2 text-base font-normal italic text-amber-900">(descriptive title, inferred)</span>
        ) : null}
      </h1>
      <DroppedAsOf page="A source" latest={dateKey(getModel().dataset.asOf)} />
      <div className="mt-3">
        <SourceMeta source={source} statementCount={view.statements} />
      </div>
      <h2 className="mt-6 text-xl font-semibold">{source.extent === 'full' ? 'Full text' : 'Excerpt'}</h2>
      <p className="text-sm text-slate-700">
        Highlighted: passages that statements in Standpoint cite. Each is labelled with who is reported.
        {ownAnalysis.passages > 0
          ? ` ${plural(ownAnalysis.passages, 'passage is', 'passages are')} the source’s own analysis, labelled ${ownAnalysis.names.join(', ')}.`
          : null}
        {source.extent === 'excerpt'
          ? ' Standpoint holds only this part of the source: read the rest where it was published before relying on the context of a quote.'
          : null}
      </p>
      <SourceText segments={view.segments} />
    </>
  );
}
