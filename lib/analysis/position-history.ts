/**
 * A side's stance on one issue over time, for the small step chart on issue and stakeholder pages:
 * each position a step on a real time axis (from its date to the next one, the last up to the day
 * the view is as of), with what changed from the step before in words and the statements behind it.
 * Pure over the model; the chart and its text list draw the same steps.
 */
import type { Model } from '../model';
import { dateValue } from '../dates';
import { stancePlace, type StancePlace } from '../stance';
import { positionSteps, type StepChange } from '../time/core';
import { describeChange } from '../time/words';
import { timeDomain, timeTicks } from './time-axis';

export type HistoryStatement = {
  id: string;
  source: string;
  speaker: string;
  date: string;
  dateApprox: boolean;
};

export type HistoryStep = {
  position: string;
  date: string;
  approx: boolean;
  summary: string;
  /** Where the analyst placed it; absent when the position is an assessment with no stance. */
  stance?: StancePlace;
  change: StepChange['kind'];
  /** What changed from the step before, in words ("moved from 10/100 to 60/100 (50 points up the scale)"). */
  words: string;
  statements: HistoryStatement[];
  /** Where the step starts and ends on the time axis, as shares of its width (0–1). */
  from: number;
  to: number;
};

export type PositionHistory = {
  steps: HistoryStep[];
  /** Ticks on round dates, placed as shares of the axis width. */
  ticks: { at: number; label: string }[];
  /** The day the last step runs to: the view's as-of date. */
  until: string;
};

/** The earliest date among these positions: where a set of charts' shared axis starts. */
export const earliestDate = (positions: readonly { asOf: string }[]): string | undefined =>
  positions.map((p) => p.asOf).sort((a, b) => dateValue(a) - dateValue(b))[0];

/**
 * The steps of a side on an issue, oldest first; undefined when it has no position on it. `axisFrom`
 * starts the time axis earlier than the side's first position, so charts set one above another (every
 * side on an issue page, every issue on a stakeholder page) share one axis and read against each other.
 */
export function positionHistory(
  model: Model,
  stakeholder: string,
  issue: string,
  axisFrom?: string,
): PositionHistory | undefined {
  const steps = positionSteps(model.positions, stakeholder, issue);
  if (steps.length === 0) return undefined;
  const until = model.dataset.asOf;
  const times = [...steps.map((s) => dateValue(s.position.asOf)), dateValue(until)];
  const [lo, hi] = timeDomain(axisFrom ? [dateValue(axisFrom), ...times] : times);
  const at = (t: number) => (t - lo) / (hi - lo);
  return {
    steps: steps.map(({ position, change }, i) => ({
      position: position.id,
      date: position.asOf,
      approx: model.positionDateApprox.get(position.id) ?? true,
      summary: position.summary,
      ...(position.stance ? { stance: stancePlace(position.stance) } : {}),
      change: change.kind,
      words: describeChange(change),
      statements: position.statements.flatMap((id) => {
        const s = model.statementById.get(id);
        return s ? [{ id, source: s.source, speaker: s.actorRecord.name, date: s.date, dateApprox: s.dateApprox }] : [];
      }),
      from: at(times[i]!),
      to: at(times[i + 1]!),
    })),
    ticks: timeTicks(lo, hi, 4).map((t) => ({ at: at(t.value), label: t.label })),
    until,
  };
}
