/**
 * Which demands are current: a demand with a status (withdrawn, met, superseded) that applies by the
 * data's as-of date has ended and drops out of current lists — the matrix pages, compare, the charts
 * and the deck — and shows only in an "Ended" list. An as-of view's model (lib/time/asof.ts rawAsOf)
 * keeps a status only once it applies, so the same test works on it.
 */
import type { Model } from './model';
import type { Demand } from './schema';
import { demandStands, lastDay } from './time/asof';

/** The last day the data speaks for: a partial as-of date ("2025-08") counts to its end. */
const modelDay = (model: Pick<Model, 'dataset'>) => lastDay(model.dataset.asOf);

/** Whether a demand still stands at the model's as-of date. */
export const demandIsCurrent = (model: Pick<Model, 'dataset'>, demand: Pick<Demand, 'status'>) =>
  demandStands(demand, modelDay(model));

/** The demands that stand at the model's as-of date, in file order. */
export function standingDemands(model: Pick<Model, 'dataset' | 'demands'>): Demand[] {
  return model.demands.filter((d) => demandIsCurrent(model, d));
}
