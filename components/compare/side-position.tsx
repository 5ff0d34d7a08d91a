import { ConflictNotes, StanceOrAssessment } from '@/components/ui/position-facts';
import type { Issue } from '@/lib/schema';
import type { CompareSide, ComparePosition } from '@/lib/analysis/compare';
import { stakeholderStyle } from '@/lib/colors';
import { formatDate } from '@/lib/dates';
import { StatementCard } from '@/components/statements/statement-card';
import { StakeholderName } from '@/components/ui/stakeholder-name';

/** One side's latest position on an issue, with the quotes behind it — or an honest "none". */
export function SidePosition({ issue, side, position }: { issue: Issue; side: CompareSide; position?: ComparePosition }) {
  const style = stakeholderStyle(side.styleIndex);
  return (
    <section aria-label={`${side.name} on ${issue.title}`} className="rounded border border-slate-300 border-t-4 p-3" style={{ borderTopColor: style.color }}>
      <h4 className="text-lg font-semibold">
        <StakeholderName id={side.id} name={side.name} styleIndex={side.styleIndex} size={16} />
      </h4>
      {!position ? (
        <p className="mt-1 font-medium text-slate-700">No stated position in the sources</p>
      ) : (
        <>
          <p className="mt-1 leading-snug">{position.summary}</p>
          <p className="text-xs text-slate-700">As of {formatDate(position.asOf, position.asOfApprox)}</p>
          <StanceOrAssessment issue={issue} position={position} color={style.color} shape={style.shape} label={side.name} />
          <ConflictNotes conflicts={position.conflicts} />
          <details className="mt-2 text-sm">
            <summary className="font-medium text-blue-800">
              {position.statements.length === 1 ? 'The statement' : `The ${position.statements.length} statements`} behind it
              <span className="sr-only"> ({side.name}, {issue.title})</span>
            </summary>
            <div className="mt-2 space-y-3">
              {position.statements.map((s) => (
                <StatementCard key={s.id} statement={s} />
              ))}
            </div>
          </details>
          {position.statements.some((s) => s.quotes.length > 0) ? (
            <div className="mt-2 space-y-1">
              {position.statements.flatMap((s) => s.quotes.map((q) => ({ q, s }))).slice(0, 2).map(({ q, s }) => (
                <blockquote key={q} className="border-l-4 border-slate-300 pl-2 font-serif text-sm text-slate-900">
                  “{q}” <span className="font-sans text-slate-700">— {s.actorRecord.name}</span>
                </blockquote>
              ))}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
