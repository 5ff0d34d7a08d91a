import { AsOfLink as Link } from '@/components/time/as-of-link';
import type { DemandView, StatedOn } from '@/lib/reshape';
import type { StatementDigest } from '@/lib/digest';
import { RESPONSE_LABELS } from '@/lib/format';
import { passageHref } from '@/components/statements/statement-card';
import { DateText } from '@/components/ui/date-text';

const MARKS = { accepts: '✓', rejects: '✕', partly: '◐', none: '–' } as const;
const ENDED = { withdrawn: 'Withdrawn', met: 'Met', superseded: 'Superseded' } as const;

const On = ({ stated }: { stated: StatedOn }) => <DateText date={stated.date} approx={stated.approx} />;

/** Who said it, where, when — each a link to the passage in its source. */
function Cited({ statements }: { statements: StatementDigest[] }) {
  return statements.map((st, i) => (
    <span key={st.id}>
      {i > 0 ? '; ' : ''}
      <Link href={passageHref(st)} className="text-blue-800 underline underline-offset-2">
        {st.actorRecord.name}, {st.channel}, <DateText date={st.date} approx={st.dateApprox} />
      </Link>
    </span>
  ));
}

function DemandLine({ demand, showIssue }: { demand: DemandView; showIssue: boolean }) {
  return (
    <p>
      <Link href={`/stakeholders/${demand.side.id}/`} className="font-semibold text-blue-800 underline">
        {demand.side.name}
      </Link>{' '}
      {demand.kind === 'asks' ? 'asks for' : 'rules out'}: <strong>{demand.text}</strong>
      {showIssue ? (
        <>
          {' '}
          <span className="text-sm">
            (
            <Link href={`/issues/${demand.issue.id}/`} className="text-blue-800 underline">
              {demand.issue.title}
            </Link>
            )
          </span>
        </>
      ) : null}
      {demand.firstStated ? (
        <span className="text-sm text-slate-700">
          {' '}
          · first stated <On stated={demand.firstStated} />
        </span>
      ) : null}
    </p>
  );
}

/** A demand and every other side's response — a side with no entry reads "No stated response". */
export function DemandWithResponses({ demand, showIssue = false }: { demand: DemandView; showIssue?: boolean }) {
  return (
    <>
      <DemandLine demand={demand} showIssue={showIssue} />
      <ul className="mt-1 text-sm">
        {demand.responses.map((r) => (
          <li key={r.side.id}>
            <span aria-hidden="true">{MARKS[r.response]} </span>
            {r.side.name}: <strong>{RESPONSE_LABELS[r.response]}</strong>
            {r.since ? (
              <span>
                {' '}
                (<On stated={r.since} />)
              </span>
            ) : null}
            {r.orderUncertain ? (
              <span className="text-amber-900"> · order uncertain (approximate dates: it may predate the demand)</span>
            ) : null}
            {r.rationale ? <span className="text-slate-700"> — {r.rationale} (analyst judgement)</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Demands, each with the other sides' responses; an honest line when there are none. */
export function DemandList({ demands, showIssue = false }: { demands: DemandView[]; showIssue?: boolean }) {
  if (demands.length === 0) return <p className="text-slate-700">No demands recorded in the sources.</p>;
  return (
    <ul className="space-y-3">
      {demands.map((demand) => (
        <li key={demand.id} className="rounded border border-slate-300 p-3">
          <DemandWithResponses demand={demand} showIssue={showIssue} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Demands that were withdrawn, met or superseded by the data's as-of date: out of the current list,
 * each with how and when it ended and the statements that show it. Nothing when none has ended.
 */
export function EndedDemandList({
  demands,
  showIssue = false,
  headingLevel = 'h3',
}: {
  demands: DemandView[];
  showIssue?: boolean;
  headingLevel?: 'h2' | 'h3';
}) {
  if (demands.length === 0) return null;
  const Heading = headingLevel;
  return (
    <section aria-labelledby="ended-demands" className="mt-4">
      <Heading id="ended-demands" className="text-lg font-semibold">
        Ended demands
      </Heading>
      <p className="text-sm text-slate-700">
        No longer current: withdrawn, met or superseded by the data’s as-of date.
      </p>
      <ul className="mt-2 space-y-3">
        {demands.map((demand) =>
          demand.ended ? (
            <li key={demand.id} className="rounded border border-dashed border-slate-400 bg-slate-50 p-3">
              <p className="font-semibold">
                {ENDED[demand.ended.state]} on <DateText date={demand.ended.date} />
                {/* The replacement's text is our phrase, not a quote: italics, never quotation marks. */}
                {demand.ended.supersededBy ? (
                  <span className="font-normal">
                    {' '}
                    by <em>{demand.ended.supersededBy.text}</em>
                  </span>
                ) : null}
                :
              </p>
              <DemandLine demand={demand} showIssue={showIssue} />
              <p className="mt-1 text-sm text-slate-700">{demand.ended.note} (analyst judgement)</p>
              <p className="mt-1 text-sm">
                Shown by: <Cited statements={demand.ended.statements} />
              </p>
            </li>
          ) : null,
        )}
      </ul>
    </section>
  );
}
