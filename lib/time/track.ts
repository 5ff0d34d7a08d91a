/**
 * A side's positions on one issue over time, oldest first, each step saying what changed from the
 * one before: "moved" only when the stance's place changed (and by how much), "reworded" when only
 * the summary did, "restated" when neither did. Pure over position records; browser-safe.
 */
import type { Position } from '../schema';
import { compareDates } from '../dates';
import { formatStance, samePlace, stanceBounds, type StancePlace } from '../stance';

export type StepChange =
  | { kind: 'first' }
  /** The place changed: `by` is how far its middle moved, in points (positive: up the scale). */
  | { kind: 'moved'; from: StancePlace; to: StancePlace; by: number; reworded: boolean }
  /** A stance was placed where the earlier position had none, or the other way round. */
  | { kind: 'placed' | 'unplaced'; reworded: boolean }
  | { kind: 'reworded' }
  | { kind: 'restated' };

export type TrackStep = { position: Position; change: StepChange };

const middle = (s: StancePlace) => {
  const { low, high } = stanceBounds(s);
  return (low + high) / 2;
};

export function stepChange(before: Position | undefined, after: Position): StepChange {
  if (!before) return { kind: 'first' };
  const reworded = before.summary.trim() !== after.summary.trim();
  if (before.stance && after.stance && !samePlace(before.stance, after.stance))
    return {
      kind: 'moved',
      from: before.stance,
      to: after.stance,
      by: Math.round((middle(after.stance) - middle(before.stance)) * 10) / 10,
      reworded,
    };
  if (!before.stance !== !after.stance) return { kind: after.stance ? 'placed' : 'unplaced', reworded };
  return reworded ? { kind: 'reworded' } : { kind: 'restated' };
}

/** Steps of one side on one issue, oldest first (file order within a day). */
export function positionSteps(positions: readonly Position[], stakeholder: string, issue: string): TrackStep[] {
  const mine = positions
    .filter((p) => p.stakeholder === stakeholder && p.issue === issue)
    .sort((a, b) => compareDates(a.asOf, b.asOf));
  return mine.map((position, i) => ({ position, change: stepChange(mine[i - 1], position) }));
}

/** What a step did, in words: "moved from 40/100 to 70/100 (30 points up the scale)", "restated, unchanged". */
export function describeChange(change: StepChange): string {
  switch (change.kind) {
    case 'first':
      return 'first position on record';
    case 'moved': {
      const size = Math.abs(change.by);
      const how =
        size === 0
          ? 'same middle, different width'
          : `${size} ${size === 1 ? 'point' : 'points'} ${change.by > 0 ? 'up' : 'down'} the scale`;
      return `moved from ${formatStance(change.from)} to ${formatStance(change.to)} (${how})${change.reworded ? '; summary reworded' : ''}`;
    }
    case 'placed':
      return `now placed on the scale${change.reworded ? '; summary reworded' : ''}`;
    case 'unplaced':
      return `no longer placed on the scale${change.reworded ? '; summary reworded' : ''}`;
    case 'reworded':
      return 'summary reworded; stance unchanged';
    case 'restated':
      return 'restated, unchanged';
  }
}
