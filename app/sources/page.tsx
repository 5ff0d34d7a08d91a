import type { Metadata } from 'next';
import { AsOfLink as Link } from '@/components/time/as-of-link';
import { getModel } from '@/lib/data';
import { dateKey } from '@/lib/dates';
import { DroppedAsOf } from '@/components/time/dropped-as-of';
import { sourceIndex } from '@/lib/page-views';
import { SourceMeta } from '@/components/sources/source-meta';

export const metadata: Metadata = { title: 'Sources' };

export default function SourcesPage() {
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">Sources</h1>
      <DroppedAsOf page="The list of sources" latest={dateKey(getModel().dataset.asOf)} />
      <p className="mt-1 text-slate-700">
        Every statement in Standpoint is quoted from one of these texts. Each says what kind of text it is and whether
        Standpoint holds all of it or an excerpt. Open a source to read that text, with quoted passages highlighted.
      </p>
      <ul className="mt-4 space-y-6">
        {sourceIndex(getModel()).map(({ source, statements }) => (
          <li key={source.id} className="rounded border border-slate-300 p-4">
            <h2 className="text-xl font-semibold">
              <Link href={`/sources/${source.id}/`} className="text-blue-800 underline underline-offset-2">
                {source.title}
              </Link>
              {source.inferred.includes('title') ? (
                <span className="ml-2 text-sm font-normal italic text-amber-900">(descriptive title, inferred)</span>
              ) : null}
            </h2>
            <div className="mt-2">
              <SourceMeta source={source} statementCount={statements} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
