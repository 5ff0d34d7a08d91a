import { quoteRecords } from '@/lib/quote';
import { VerbatimQuote } from '@/components/ui/verbatim-quote';
import type { Issue } from '@/lib/schema';
import type { PositionView, Side } from '@/lib/reshape';
import { evidenceCount, noPositionWords, plural, possessive } from '@/lib/format';
import { StatementCards } from '@/components/statements/statement-cards';
import { StanceOrAssessment, StanceRationale } from './stance-scale';
import { ConflictFlag, ConflictNotes } from './conflict-notes';
import { EarlierPositions } from './earlier-positions';
import { DateText } from '@/components/ui/date-text';

type Props = {
  issue: Pick<Issue, 'id' | 'title' | 'scale'>;
  side: Side;
  /** The position that stands; without one, noPositionWords says so (with `related`). */
  position?: PositionView;
  /** The side's statements on the issue no standing position is drawn from (CellView.uncited): counted when no position stands. */
  related?: number;
  /** Earlier positions, newest first. */
  history?: PositionView[];
  /** compact (a matrix cell): conflicts only flagged; their text, the rationale and earlier positions open with the statements. */
  layout?: 'compact' | 'full';
  /** The statements behind it, behind a disclosure: up to `limit` cards, the rest linked. Off where the page lists them anyway. */
  statements?: false | { limit?: number; moreHref?: string };
  /** Earlier positions listed, or only counted (where the issue page lists them). */
  earlier?: 'list' | 'count';
  /** Show this many of the speakers' quotes outside the disclosure. */
  quotes?: number;
};

/**
 * A side's position on an issue, the one way every view draws it: summary, date, stance (or
 * an assessment with none) with its rationale as a labelled judgement, conflicts, evidence counts,
 * the statements behind it and earlier positions. Variants are the props above, not copies.
 */
export function PositionSummary({
  issue,
  side,
  position,
  history = [],
  layout = 'full',
  statements = {},
  earlier = 'list',
  quotes = 0,
  related = 0,
}: Props) {
  if (!position) return <p className="mt-1 font-medium text-slate-700">{noPositionWords(related)}</p>;
  const compact = layout === 'compact';
  const count = position.statements.length;
  const older = earlier === 'list' ? <EarlierPositions history={history} /> : null;
  const cards = statements ? (
    <StatementCards
      statements={position.statements}
      limit={statements.limit}
      more={statements.moreHref ? { href: statements.moreHref, label: `for ${issue.title} (${side.name})` } : undefined}
    />
  ) : null;
  return (
    <div>
      <p className="mt-1 leading-snug">{position.summary}</p>
      <p className="text-xs text-slate-700">
        As of <DateText date={position.asOf} approx={position.asOfApprox} />
        {earlier === 'count' && history.length
          ? ` · ${plural(history.length, 'earlier position')} on the issue page`
          : ''}
      </p>
      <StanceOrAssessment issue={issue} stance={position.stance} side={side} />
      {compact ? <ConflictFlag conflicts={position.conflicts} /> : <StanceRationale stance={position.stance} />}
      {compact ? null : <ConflictNotes conflicts={position.conflicts} />}
      <p className="mt-2 text-sm text-slate-700">
        {plural(count, 'statement')}: {position.counts.map((c) => evidenceCount(c.count, c.kind)).join(', ')}
      </p>
      {compact ? (
        <details className="mt-1 text-sm">
          <summary className="font-medium text-blue-800">
            Show the statements
            <span className="sr-only">
              {' '}
              behind {possessive(side.name)} position on {issue.title}
            </span>
          </summary>
          <div className="mt-2 space-y-3">
            <ConflictNotes conflicts={position.conflicts} label="Conflict" />
            {cards}
            <Context position={position} />
            <StanceRationale stance={position.stance} />
            {older}
          </div>
        </details>
      ) : (
        <>
          {cards ? (
            <details className="mt-2 text-sm">
              <summary className="font-medium text-blue-800">
                {count === 1 ? 'The statement' : `The ${count} statements`} behind it
                <span className="sr-only">
                  {' '}
                  ({side.name}, {issue.title})
                </span>
              </summary>
              <div className="mt-2 space-y-3">{cards}</div>
            </details>
          ) : null}
          <Context position={position} />
          <Quotes position={position} count={quotes} />
          {older}
        </>
      )}
    </div>
  );
}

/** Others' statements the data gives as context: labelled so, apart from the evidence, not counted. */
function Context({ position }: { position: PositionView }) {
  if (!position.context?.length) return null;
  return (
    <details className="mt-2 text-sm">
      <summary className="font-medium text-blue-800">
        Context, not evidence: {plural(position.context.length, 'statement')} by others
      </summary>
      <p className="mt-1 text-slate-700">Shown for context only; not counted as this side&apos;s evidence.</p>
      <div className="mt-2 space-y-3">
        <StatementCards statements={position.context} />
      </div>
    </details>
  );
}

/** A taste of the speakers' own words, for views that keep the statements folded. */
function Quotes({ position, count }: { position: PositionView; count: number }) {
  const shown = position.statements.flatMap((s) => quoteRecords(s, s.actorRecord.name)).slice(0, count);
  if (shown.length === 0) return null;
  return (
    <div className="mt-2 space-y-1">
      {shown.map((quote) => (
        <blockquote
          key={`${quote.statementId}-${quote.text}`}
          className="border-l-4 border-slate-300 pl-2 font-serif text-sm text-slate-900"
        >
          <VerbatimQuote quote={quote} speaker />
        </blockquote>
      ))}
    </div>
  );
}
