import Link from 'next/link';
import type { StatementView } from '@/lib/model';
import { formatDate } from '@/lib/dates';
import { EVIDENCE_LABELS } from '@/lib/format';

export function passageHref(statement: StatementView): string {
  return `/sources/${statement.source}/#st-${statement.id}`;
}

/** One statement: the words, who said them and in what role, when, where, and the source. */
export function StatementCard({ statement, speakerSide }: { statement: StatementView; speakerSide?: string }) {
  const { actorRecord: actor, sourceRecord: source } = statement;
  return (
    <article className="border-l-4 border-slate-300 pl-3" aria-label={`Statement by ${actor.name}`}>
      {statement.quotes.length > 0 ? (
        statement.quotes.map((quote, i) => (
          <blockquote key={i} className="font-serif text-[0.95rem] leading-snug text-slate-900">
            “{quote}”
          </blockquote>
        ))
      ) : (
        <p className="text-[0.95rem] leading-snug text-slate-900">{statement.summary}</p>
      )}
      <p className="mt-1 text-sm text-slate-700">
        <span className="font-semibold text-slate-900">{actor.name}</span>, {actor.role}
        {speakerSide ? ` (${speakerSide})` : ''}
      </p>
      <p className="text-sm text-slate-700">
        <time dateTime={statement.date}>{formatDate(statement.date, statement.dateApprox)}</time> · {statement.channel} ·{' '}
        <span className="italic">{EVIDENCE_LABELS[statement.evidence]}</span>
      </p>
      {statement.dateNote ? <p className="text-xs text-slate-600">Date: {statement.dateNote}</p> : null}
      <p className="text-sm">
        <Link href={passageHref(statement)} className="text-blue-800 underline underline-offset-2">
          In context: “{source.title}”
        </Link>
      </p>
    </article>
  );
}
