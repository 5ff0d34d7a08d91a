import type { PositionHistory as History, HistoryStep } from '@/lib/analysis/position-history';
import type { Issue } from '@/lib/schema';
import type { Side } from '@/lib/reshape';
import { DateText } from '@/components/ui/date-text';
import { formatStance, type StancePlace } from '@/lib/stance';
import { passageHref } from '@/components/statements/statement-card';
import { AsOfAnchor } from '@/components/time/as-of-link';
import { StepPlot } from './step-plot';
import { Unplaced } from './unplaced';
import { PhoneFold } from '@/components/ui/phone-fold';

type Props = { history: History; side: Side; issue: Pick<Issue, 'id' | 'title' | 'scale'> };

/**
 * A side's stance on an issue over time: a small step chart on a real time axis (drawn for the eye;
 * hidden from screen readers) and, under it, a list that says everything the chart shows — each
 * step's date, stance, what changed in words, and the statements behind it with links to the passages.
 */
export function PositionHistory({ history, side, issue }: Props) {
  const { steps } = history;
  const headingId = `history-${side.id}-${issue.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-3 text-sm" data-testid="position-history">
      <h4 id={headingId} className="font-semibold text-slate-900">
        Position history{' '}
        <span className="sr-only">
          of {side.name} on {issue.title}
        </span>
        <span className="font-normal text-slate-700">
          {' '}
          ({steps.length === 1 ? 'one position' : `${steps.length} positions`}; stances are analyst judgements)
        </span>
      </h4>
      {steps.length > 1 ? <StepPlot history={history} side={side} issue={issue} /> : null}
      {/* Each step repeats its statements' words and links: on a phone the list is one tap away. */}
      <PhoneFold
        className="mt-1"
        summary={
          steps.length === 1
            ? 'The position, dated, with its statements'
            : `The ${steps.length} positions, dated, with what changed and their statements`
        }
      >
        <ol className="mt-1 space-y-1.5">
          {steps.map((step) => (
            <StepItem key={step.position} step={step} />
          ))}
        </ol>
      </PhoneFold>
    </section>
  );
}

const stanceText = (stance: StancePlace | undefined) =>
  stance ? `stance ${formatStance(stance)}` : <Unplaced form="inline" />;

function StepItem({ step }: { step: HistoryStep }) {
  return (
    <li className="border-l-2 border-slate-300 pl-2">
      <p>
        <span className="font-medium">
          <DateText date={step.date} approx={step.approx} />
        </span>
        : {stanceText(step.stance)} — <strong>{step.words}</strong>
      </p>
      <p className="text-slate-800">{step.summary}</p>
      {step.statements.length > 0 ? (
        <p className="text-slate-700">
          From:{' '}
          {step.statements.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? '; ' : ''}
              <AsOfAnchor href={passageHref(s)} className="text-blue-800 underline underline-offset-2">
                {s.speaker}, <DateText date={s.date} approx={s.dateApprox} />
              </AsOfAnchor>
            </span>
          ))}
        </p>
      ) : null}
    </li>
  );
}
