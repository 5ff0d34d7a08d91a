import { ConflictNotes } from '@/components/ui/position-facts';
import type { Issue, Stakeholder } from '@/lib/schema';
import type { Model } from '@/lib/model';
import { positionTrack, statementsOf } from '@/lib/analysis/positions';
import { stakeholderStyle } from '@/lib/colors';
import { formatDate } from '@/lib/dates';
import { StanceScale } from '@/components/matrix/stance-scale';
import { StatementCard } from '@/components/statements/statement-card';
import { StakeholderName } from '@/components/ui/stakeholder-name';

type Props = { model: Model; issue: Issue; stakeholder: Stakeholder; index: number };

/** A side on an issue: the position that stands, its stance and statements, and earlier positions. */
export function SideTrack({ model, issue, stakeholder, index }: Props) {
  const { current, history } = positionTrack(model, stakeholder.id, issue.id);
  const style = stakeholderStyle(index);
  return (
    <section id={`side-${stakeholder.id}`} aria-labelledby={`side-${stakeholder.id}-h`} className="scroll-mt-4 rounded border border-slate-300 border-l-4 p-3" style={{ borderLeftColor: style.color }}>
      <h3 id={`side-${stakeholder.id}-h`} className="text-lg font-semibold">
        <StakeholderName id={stakeholder.id} name={stakeholder.name} styleIndex={index} size={16} />
      </h3>
      {!current ? (
        <p className="font-medium text-slate-700">No stated position in the sources</p>
      ) : (
        <>
          <p className="mt-1">{current.summary}</p>
          <p className="text-xs text-slate-700">As of {formatDate(current.asOf, model.positionDateApprox.get(current.id))}</p>
          {current.stance ? (
            <>
              <StanceScale issue={issue} stance={current.stance} color={style.color} shape={style.shape} label={stakeholder.name} />
              <p className="mt-1 text-sm text-slate-700">
                <strong>Why {current.stance.value}/100 (analyst judgement):</strong> {current.stance.rationale}
              </p>
            </>
          ) : (
            <p className="mt-1 text-sm italic text-slate-700">Assessment — not placed on the scale</p>
          )}
          <ConflictNotes conflicts={current.conflicts} />
          <details className="mt-2 text-sm">
            <summary className="font-medium text-blue-800">
              The statements behind it<span className="sr-only"> ({stakeholder.name})</span>
            </summary>
            <div className="mt-2 space-y-3">
              {statementsOf(model, current.statements).map((s) => (
                <StatementCard key={s.id} statement={s} />
              ))}
            </div>
          </details>
        </>
      )}
      {history.length > 0 ? (
        <div className="mt-2 text-sm">
          <p className="font-semibold">Earlier positions</p>
          <ul className="list-disc pl-5 text-slate-800">
            {history.map((p) => (
              <li key={p.id}>
                <time dateTime={p.asOf}>{formatDate(p.asOf, model.positionDateApprox.get(p.id))}</time>: {p.summary}
                {p.stance ? ` (stance ${p.stance.value}/100, analyst judgement)` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
