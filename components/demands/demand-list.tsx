import Link from 'next/link';
import type { Demand } from '@/lib/schema';
import type { Model } from '@/lib/model';
import { RESPONSE_LABELS } from '@/lib/format';

const MARKS = { accepts: '✓', rejects: '✕', partly: '◐', none: '–' } as const;

/** Demands with every other side's response — a side with no entry reads "No stated response". */
export function DemandList({ model, demands, showIssue = false }: { model: Model; demands: Demand[]; showIssue?: boolean }) {
  if (demands.length === 0) return <p className="text-slate-700">No demands recorded in the sources.</p>;
  return (
    <ul className="space-y-3">
      {demands.map((demand) => {
        const side = model.stakeholderById.get(demand.stakeholder)!;
        const issue = model.issueById.get(demand.issue)!;
        return (
          <li key={demand.id} className="rounded border border-slate-300 p-3">
            <p>
              <Link href={`/stakeholders/${side.id}/`} className="font-semibold text-blue-800 underline">
                {side.name}
              </Link>{' '}
              {demand.kind === 'asks' ? 'asks for' : 'rules out'}: <strong>{demand.text}</strong>
              {showIssue ? (
                <>
                  {' '}
                  <span className="text-sm">
                    (<Link href={`/issues/${issue.id}/`} className="text-blue-800 underline">{issue.title}</Link>)
                  </span>
                </>
              ) : null}
            </p>
            <ul className="mt-1 text-sm">
              {model.stakeholders
                .filter((s) => s.id !== demand.stakeholder)
                .map((other) => {
                  const response = demand.responses.find((r) => r.stakeholder === other.id);
                  const kind = response?.response ?? 'none';
                  return (
                    <li key={other.id}>
                      <span aria-hidden="true">{MARKS[kind]} </span>
                      {other.name}: <strong>{RESPONSE_LABELS[kind]}</strong>
                      {response ? <span className="text-slate-700"> — {response.rationale} (analyst judgement)</span> : null}
                    </li>
                  );
                })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
