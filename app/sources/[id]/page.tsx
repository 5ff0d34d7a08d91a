import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getModel } from '@/lib/data';
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
  return { title: getModel().sourceById.get(id)?.title ?? 'Source' };
}

export default async function SourcePage({ params }: Params) {
  const { id } = await params;
  const model = getModel();
  const source = model.sourceById.get(id);
  if (!source) notFound();
  const statements = model.statements.filter((s) => s.source === id);
  // A publication speaking for itself: its own analysis, not anyone it reports.
  const ownAnalysis = statements.filter((s) => s.actorRecord.kind === 'publication');
  return (
    <>
      <p className="text-sm text-slate-700">Source</p>
      <h1 className="text-2xl font-bold sm:text-3xl">
        {source.title}
        {source.inferred.includes('title') ? <span className="ml-2 text-base font-normal italic text-amber-900">(descriptive title, inferred)</span> : null}
      </h1>
      <div className="mt-3">
        <SourceMeta source={source} statementCount={statements.length} />
      </div>
      <h2 className="mt-6 text-xl font-semibold">{source.extent === 'full' ? 'Full text' : 'Excerpt'}</h2>
      <p className="text-sm text-slate-700">
        Highlighted: passages that statements in Standpoint cite. Each is labelled with who is reported.
        {ownAnalysis.length > 0 ? ` ${plural(ownAnalysis.length, 'passage is', 'passages are')} the source’s own analysis, labelled ${[...new Set(ownAnalysis.map((s) => s.actorRecord.name))].join(', ')}.` : null}
        {source.extent === 'excerpt' ? ' Standpoint holds only this part of the source: read the rest where it was published before relying on the context of a quote.' : null}
      </p>
      <SourceText text={model.texts.get(id) ?? ''} statements={statements} />
    </>
  );
}
