import type { Source } from '@/lib/schema';
import { formatDate } from '@/lib/dates';
import { SOURCE_EXTENT_LABELS, SOURCE_KIND_LABELS } from '@/lib/format';

function Inferred({ on, fact }: { on: Source['inferred']; fact: Source['inferred'][number] }) {
  return on.includes(fact) ? <span className="ml-1 text-sm font-normal italic text-amber-900">(inferred)</span> : null;
}

/** A source's citation — what kind of text it is, whether we hold all of it — marking which facts we inferred rather than read in it. */
export function SourceMeta({ source, statementCount }: { source: Source; statementCount: number }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-slate-800">
      <dt className="font-semibold">Kind</dt>
      <dd>
        {SOURCE_KIND_LABELS[source.kind]}
        <Inferred on={source.inferred} fact="kind" />
      </dd>
      <dt className="font-semibold">Text held</dt>
      <dd>
        {SOURCE_EXTENT_LABELS[source.extent]}
        <Inferred on={source.inferred} fact="extent" />
      </dd>
      <dt className="font-semibold">Outlet</dt>
      <dd>
        {source.outlet}
        <Inferred on={source.inferred} fact="outlet" />
      </dd>
      {source.author ? (
        <>
          <dt className="font-semibold">Author</dt>
          <dd>
            {source.author}
            <Inferred on={source.inferred} fact="author" />
          </dd>
        </>
      ) : null}
      <dt className="font-semibold">Published</dt>
      <dd>
        {formatDate(source.published, source.publishedApprox)}
        <Inferred on={source.inferred} fact="published" />
      </dd>
      <dt className="font-semibold">Retrieved</dt>
      <dd>{source.retrieved ? formatDate(source.retrieved, false) : 'Not known'}</dd>
      <dt className="font-semibold">Language</dt>
      <dd>{source.language}</dd>
      <dt className="font-semibold">Address</dt>
      <dd>{source.url ? <span className="break-all">{source.url}</span> : 'Not known'}</dd>
      <dt className="font-semibold">Statements</dt>
      <dd>{statementCount}</dd>
      {source.inferenceNote ? (
        <>
          <dt className="font-semibold">How inferred</dt>
          <dd className="max-w-3xl">{source.inferenceNote}</dd>
        </>
      ) : null}
    </dl>
  );
}
