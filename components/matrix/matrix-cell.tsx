import type { Issue, Stakeholder } from '@/lib/schema';
import type { StakeholderStyle } from '@/lib/colors';
import type { MatrixCell as Cell } from '@/lib/analysis/positions';
import { EVIDENCE_LABELS, plural } from '@/lib/format';
import { formatDate } from '@/lib/dates';
import { StanceScale } from './stance-scale';
import Link from 'next/link';
import { StatementCard } from '@/components/statements/statement-card';

/** Every cell leads to the issue page, at this side's section. */
function IssueLink({ issue, stakeholder }: { issue: Issue; stakeholder: Stakeholder }) {
  return (
    <p className="mt-2 text-sm">
      <Link href={`/issues/${issue.id}/#side-${stakeholder.id}`} className="text-blue-800 underline underline-offset-2">
        Issue page<span className="sr-only"> for {issue.title}: every side and its history (from {stakeholder.name}’s cell)</span>
      </Link>
    </p>
  );
}

function More({ count, limit, issue, stakeholder }: { count: number; limit: number; issue: Issue; stakeholder: Stakeholder }) {
  if (count <= limit) return null;
  return (
    <p className="text-slate-700">
      {limit > 0 ? `${count - limit} more` : plural(count, 'statement')} on the{' '}
      <Link href={`/issues/${issue.id}/#side-${stakeholder.id}`} className="text-blue-800 underline underline-offset-2">
        issue page<span className="sr-only"> for {issue.title} ({stakeholder.name})</span>
      </Link>
      .
    </p>
  );
}

type Props = {
  issue: Issue;
  stakeholder: Stakeholder;
  style: StakeholderStyle;
  cell: Cell;
  /** How many statements the cell may list (0 in a matrix too large to carry them). */
  limit: number;
  /** Which positions' dates are approximate (Model.positionDateApprox). */
  approx: ReadonlyMap<string, boolean>;
};

export function MatrixCell({ issue, stakeholder, style, cell, limit, approx }: Props) {
  const { uncited } = cell;
  const position = cell.track.current;
  if (!position) {
    return (
      <div>
        <p className="font-medium text-slate-600">No stated position in the sources</p>
        {uncited.length > 0 ? (
          <details className="mt-2 text-sm">
            <summary className="text-blue-800">{plural(uncited.length, 'related statement')} (no position drawn)</summary>
            <div className="mt-2 space-y-3">
              {uncited.slice(0, limit).map((s) => (
                <StatementCard key={s.id} statement={s} />
              ))}
              <More count={uncited.length} limit={limit} issue={issue} stakeholder={stakeholder} />
            </div>
          </details>
        ) : null}
        <IssueLink issue={issue} stakeholder={stakeholder} />
      </div>
    );
  }
  return (
    <div>
      <p className="text-[0.95rem] leading-snug">{position.summary}</p>
      <p className="mt-1 text-xs text-slate-600">As of {formatDate(position.asOf, approx.get(position.id))}</p>
      {position.stance ? (
        <StanceScale issue={issue} stance={position.stance} color={style.color} shape={style.shape} label={stakeholder.name} />
      ) : (
        <p className="mt-2 text-sm italic text-slate-600">Assessment — not placed on the scale</p>
      )}
      {cell.conflicts.length > 0 ? (
        <p className="mt-2 inline-flex items-center gap-1 rounded border border-amber-700 bg-amber-50 px-2 py-0.5 text-sm font-semibold text-amber-900">
          <span aria-hidden="true">⚠</span> Own statements conflict
        </p>
      ) : null}
      <p className="mt-2 text-sm text-slate-700">
        {plural(cell.statements.length, 'statement')}: {cell.counts.map((c) => `${c.count} ${EVIDENCE_LABELS[c.kind]}`).join(', ')}
      </p>
      <details className="mt-1 text-sm">
        <summary className="font-medium text-blue-800">
          Show the statements<span className="sr-only"> behind {stakeholder.name}’s position on {issue.title}</span>
        </summary>
        <div className="mt-2 space-y-3">
          {cell.conflicts.map((conflict, i) => (
            <p key={i} className="rounded bg-amber-50 p-2 text-amber-950">
              <strong>Conflict:</strong> {conflict.summary}
            </p>
          ))}
          {cell.statements.slice(0, limit).map((s) => (
            <StatementCard key={s.id} statement={s} />
          ))}
          <More count={cell.statements.length} limit={limit} issue={issue} stakeholder={stakeholder} />
          {position.stance ? (
            <p className="text-slate-700">
              <strong>Why {position.stance.value}/100 (analyst judgement):</strong> {position.stance.rationale}
            </p>
          ) : null}
          {cell.track.history.length > 0 ? (
            <div>
              <p className="font-semibold text-slate-800">Earlier positions</p>
              <ul className="list-disc pl-5 text-slate-700">
                {cell.track.history.map((p) => (
                  <li key={p.id}>
                    {formatDate(p.asOf, approx.get(p.id))}: {p.summary}
                    {p.stance ? ` (stance ${p.stance.value}/100)` : ''}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      </details>
      <IssueLink issue={issue} stakeholder={stakeholder} />
    </div>
  );
}
