/**
 * How a stance is printed and how far apart two stances are. Its own small module, so client
 * bundles that print no stance do not carry the schema. A stance is a point (`value`) or, where the
 * evidence only bounds it, a range (`min`–`max`); every view goes through here, so none has to know
 * which.
 */
import type { Stance } from './schema';

/** Where a stance sits, without its rationale: what charts and slides carry. */
export type StancePlace = Pick<Stance, 'value' | 'min' | 'max'>;

/** The lowest and highest place a stance allows; equal for a point. */
export function stanceBounds(stance: StancePlace): { low: number; high: number } {
  if (stance.value !== undefined) return { low: stance.value, high: stance.value };
  return { low: stance.min ?? 0, high: stance.max ?? 100 };
}

/** The middle of a stance: a point's value, or halfway between a range's bounds (not rounded). */
export function stanceMiddle(stance: StancePlace): number {
  const { low, high } = stanceBounds(stance);
  return (low + high) / 2;
}

export const isRange = (stance: StancePlace): boolean => stance.value === undefined;

/** Whether two stances sit at the very same place (same point, or the same range). */
export const samePlace = (a: StancePlace, b: StancePlace): boolean =>
  a.value === b.value && a.min === b.min && a.max === b.max;

/** Only the place of a stance, so a chart's data carries no rationale it does not show. */
export function stancePlace(stance: StancePlace): StancePlace {
  return stance.value !== undefined ? { value: stance.value } : { min: stance.min, max: stance.max };
}

/**
 * A stance's number, the one place every view prints it. A point: "62/100" (fraction), "62 of 100"
 * (spoken, for accessible names) or "62" (bare, beside a side's name). A range: "between 0 and 50"
 * (fraction), "between 0 and 50 of 100" (spoken) or "0–50" (bare).
 */
export function formatStance(stance: StancePlace, form: 'fraction' | 'spoken' | 'bare' = 'fraction'): string {
  const { low, high } = stanceBounds(stance);
  if (isRange(stance)) {
    if (form === 'bare') return `${low}–${high}`;
    return form === 'spoken' ? `between ${low} and ${high} of 100` : `between ${low} and ${high}`;
  }
  if (form === 'bare') return `${low}`;
  return form === 'spoken' ? `${low} of 100` : `${low}/100`;
}

/** "a point" or "a range", for words that say which a chart draws. */
export const stanceKind = (stance: StancePlace) => (isRange(stance) ? 'range' : 'point');

/**
 * The gap between two stances, in points: the least and the most it can be. Two points give one
 * number (min = max); a range makes the gap a range too, and min is 0 when the two overlap.
 */
export type Gap = { min: number; max: number };

export function gapBetween(a: StancePlace, b: StancePlace): Gap {
  const x = stanceBounds(a);
  const y = stanceBounds(b);
  return {
    min: Math.max(0, x.low - y.high, y.low - x.high),
    max: Math.max(x.high - y.low, y.high - x.low),
  };
}

export const overlapping = (gap: Gap) => gap.min === 0 && gap.max > 0;

/** "35 points apart", "between 15 and 85 points apart", "overlapping, up to 50 points apart", "at the same place". */
export function formatGap(gap: Gap): string {
  if (gap.max === 0) return 'at the same place';
  if (gap.min === gap.max) return `${gap.min} ${gap.min === 1 ? 'point' : 'points'} apart`;
  if (gap.min === 0) return `overlapping, up to ${gap.max} points apart`;
  return `between ${gap.min} and ${gap.max} points apart`;
}

/** A gap short enough for a table cell: "35", "15–85", "0–50". */
export function formatGapShort(gap: Gap): string {
  return gap.min === gap.max ? `${gap.min}` : `${gap.min}–${gap.max}`;
}

/** Stances this close (in points of 0–100) count as common ground. */
export const CLOSE_STANCES = 15;

/**
 * Two stances are common ground when two points are at most CLOSE_STANCES apart, or — once a
 * range is involved, since a range says only where a side might be — when they overlap.
 */
export function isCommonGround(a: StancePlace, b: StancePlace): boolean {
  const gap = gapBetween(a, b);
  if (!isRange(a) && !isRange(b)) return gap.max <= CLOSE_STANCES;
  return gap.min === 0;
}
