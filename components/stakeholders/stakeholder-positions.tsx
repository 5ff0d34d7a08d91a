import Link from 'next/link';
import type { Stakeholder } from '@/lib/schema';
import type { Model } from '@/lib/model';
import { positionTrack, statementsOf } from '@/lib/analysis/positions';
import { stakeholderStyle } from '@/lib/colors';
import { formatDate } from '@/lib/dates';
import { StanceScale } from '@/components/matrix/stance-scale';

/** A side's current position on every issue; contradictions among its own officials flagged. */
export function StakeholderPositions({ model, stakeholder, index }: { model: Model; stakeholder: Stakeholder; index: number }) {
  const style = stakeholderStyle(index);
  return (
    <ul className="grid gap-3 lg:grid-cols-2">
      {model.issues.map((issue) => {
        const { current, history } = positionTrack(model, stakeholder.id, issue.id);
        return (
          <li key={issue.id} className="rounded border border-slate-300 p-3">
            <h3 className="text-lg font-semibold">
              <Link href={`/issues/${issue.id}/`} className="text-blue-800 underline underline-offset-2">
                {issue.title}
              </Link>
            </h3>
            {!current ? (
              <p className="font-medium text-slate-700">No stated position in the sources</p>
            ) : (
              <>
                <p>{current.summary}</p>
                <p className="text-xs text-slate-700">
                  As of {formatDate(current.asOf, model.positionDateApprox.get(current.id))}
                  {history.length ? ` · ${history.length} earlier position${history.length > 1 ? 's' : ''} on the issue page` : ''}
                </p>
                {current.stance ? (
                  <StanceScale issue={issue} stance={current.stance} color={style.color} shape={style.shape} label={stakeholder.name} />
                ) : (
                  <p className="mt-1 text-sm italic text-slate-700">Assessment — not placed on the scale</p>
                )}
                {current.conflicts.map((c) => (
                  <div key={c.summary} className="mt-2 rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950">
                    <p>
                      <span aria-hidden="true">⚠ </span>
                      <strong>Own statements conflict:</strong> {c.summary}
                    </p>
                    <p>
                      Between:{' '}
                      {statementsOf(model, c.statements)
                        .map((s) => `${s.actorRecord.name} (${formatDate(s.date, s.dateApprox)})`)
                        .join(' and ')}
                    </p>
                  </div>
                ))}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
