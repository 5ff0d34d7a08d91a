/**
 * Changes over time in words, built from the structured values of lib/time/core.ts — the one place
 * these sentences are written (the issue page's history, the changes page and deck slide, the
 * matrix's change and stale markers, chart takeaways). Nothing parses them back: a view that needs a
 * part (how far a stance moved) asks for that part here.
 */
import { formatDate } from '../dates';
import { formatStance } from '../stance';
import type { ChangeMarker, StaleMarker, StepChange } from './core';

/** "1 point up", "50 points down": how far a stance's middle moved (non-zero `by`). */
export function pointsMoved(by: number): string {
  const size = Math.abs(by);
  return `${size} ${size === 1 ? 'point' : 'points'} ${by > 0 ? 'up' : 'down'}`;
}

/** How a stance moved: "50 points up the scale", or "same middle, different width" for a range widened or narrowed in place. */
export const moveWords = (by: number): string =>
  by === 0 ? 'same middle, different width' : `${pointsMoved(by)} the scale`;

const REWORDED = '; summary reworded';

/** What a step did, in words: "moved from 40/100 to 70/100 (30 points up the scale)", "restated, unchanged". */
export function describeChange(change: StepChange): string {
  switch (change.kind) {
    case 'first':
      return 'first position on record';
    case 'moved':
      return `moved from ${formatStance(change.from)} to ${formatStance(change.to)} (${moveWords(change.by)})${change.reworded ? REWORDED : ''}`;
    case 'placed':
      return `now placed on the scale${change.reworded ? REWORDED : ''}`;
    case 'unplaced':
      return `no longer placed on the scale${change.reworded ? REWORDED : ''}`;
    case 'reworded':
      return 'summary reworded; stance unchanged';
    case 'restated':
      return 'restated, unchanged';
  }
}

const onDay = (date: string) => `${date.length === 10 ? 'on' : 'in'} ${formatDate(date)}`;

/**
 * A change marker in words, with a glyph that says the same without colour: ▲/▼ moved up/down the
 * scale (↔ same middle), ◇ placed on or taken off the scale, ✎ reworded with the stance unchanged.
 * `text` is what the cell prints ("was 10/100 on 10 Feb 2031"), `how` what the glyph says, `spoken`
 * both, for a screen reader or a tooltip.
 */
export function changeWords(change: ChangeMarker): { glyph: string; how: string; text: string; spoken: string } {
  const when = onDay(change.earlier.asOf);
  // Short enough for one line of a matrix cell; `how` and the legend say what off the scale means.
  const was = `was ${change.earlier.stance ? formatStance(change.earlier.stance) : 'off the scale'} ${when}`;
  const words = (glyph: string, how: string, text = was) => ({ glyph, how, text, spoken: `Changed: ${how}; ${text}` });
  switch (change.kind) {
    case 'moved': {
      const by = change.by ?? 0;
      return words(by === 0 ? '↔' : by > 0 ? '▲' : '▼', by === 0 ? moveWords(0) : `moved ${pointsMoved(by)}`);
    }
    case 'placed':
      return words('◇', 'now placed on the scale');
    case 'unplaced':
      return words('◇', 'no longer placed on the scale');
    case 'reworded':
      return words('✎', 'reworded, same stance', `reworded since ${formatDate(change.earlier.asOf)}`);
  }
}

/** A stale marker in words: "stated 95 days before this view". */
export function staleWords(stale: StaleMarker): { glyph: string; text: string } {
  const days = `${stale.atLeast ? 'at least ' : ''}${stale.age} ${stale.age === 1 ? 'day' : 'days'}`;
  return { glyph: '◷', text: `stated ${days} before this view` };
}
