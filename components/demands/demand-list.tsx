import Link from 'next/link';
import type { DemandView } from '@/lib/reshape';
import { RESPONSE_LABELS } from '@/lib/format';

const MARKS = { accepts: '✓', rejects: '✕', partly: '◐', none: '–' } as const;

/** A demand and every other side's response — a side with no entry reads "No stated response". */
export function DemandWithResponses({ demand, showIssue = false }: { demand: DemandView; showIssue?: boolean }) {
  return (
    <>
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
      </p>
      <ul className="mt-1 text-sm">
        {demand.responses.map((r) => (
          <li key={r.side.id}>
            <span aria-hidden="true">{MARKS[r.response]} </span>
            {r.side.name}: <strong>{RESPONSE_LABELS[r.response]}</strong>
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
