import { AsOfLink as Link } from '@/components/time/as-of-link';
import type { StatementDigest } from '@/lib/digest';
import { EVIDENCE_LABELS, quotedTitle } from '@/lib/format';
import { quoteRecords } from '@/lib/quote';
import { VerbatimQuote } from '@/components/ui/verbatim-quote';
import { DateText } from '@/components/ui/date-text';

export function passageHref(statement: Pick<StatementDigest, 'id' | 'source'>): string {
  return `/sources/${statement.source}/#st-${statement.id}`;
}

/** Where an actor is listed: on its stakeholder's page. */
export function actorHref(actor: StatementDigest['actorRecord']): string {
  return `/stakeholders/${actor.stakeholder}/#actor-${actor.id}`;
}

/** One statement: the words, who said them and in what role, when, where, and the source. */
type Props = { statement: StatementDigest; speakerSide?: string; issueTitles?: Record<string, string> };

export function StatementCard({ statement, speakerSide, issueTitles }: Props) {
  const { actorRecord: actor, sourceRecord: source } = statement;
  return (
    <article className="border-l-4 border-slate-300 pl-3" aria-label={`Statement by ${actor.name}`}>
      {statement.quotes.length > 0 ? (
        quoteRecords(statement, actor.name).map((quote, i) => (
          <blockquote key={i} className="font-serif text-[0.95rem] leading-snug text-slate-900">
            <VerbatimQuote quote={quote} />
          </blockquote>
        ))
      ) : (
        <p className="text-[0.95rem] leading-snug text-slate-900">{statement.summary}</p>
      )}
      <p className="mt-1 text-sm text-slate-700">
        <Link
          href={actorHref(actor)}
          className="font-semibold text-slate-900 underline decoration-slate-400 underline-offset-2"
        >
          {actor.name}
        </Link>
        , {actor.role}
        {speakerSide ? ` (${speakerSide})` : ''}
      </p>
      <p className="text-sm text-slate-700">
        <DateText date={statement.date} approx={statement.dateApprox} /> · {statement.channel} ·{' '}
        <span className="italic">{EVIDENCE_LABELS[statement.evidence]}</span>
      </p>
      {statement.dateNote ? <p className="text-xs text-slate-600">Date: {statement.dateNote}</p> : null}
      {issueTitles ? (
        <p className="text-sm text-slate-700">
          On:{' '}
          {statement.issues.map((id, i) => (
            <span key={id}>
              {i > 0 ? ', ' : ''}
              <Link href={`/issues/${id}/`} className="text-blue-800 underline underline-offset-2">
                {issueTitles[id] ?? id}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      <p className="text-sm">
        <Link href={passageHref(statement)} className="text-blue-800 underline underline-offset-2">
          In context: {quotedTitle(source)}
        </Link>
      </p>
    </article>
  );
}
