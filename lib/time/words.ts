/**
 * Changes over time in words, built from the structured values of lib/time/core.ts — the one place
 * these sentences are written (the issue page's history, the changes page and deck slide, the
 * matrix's change and stale markers, chart takeaways). Nothing parses them back: a view that needs a
 * part (how far a stance moved) asks for that part here.
 */
import { formatDate } from '../dates';
import { formatStance, stanceBounds, stanceMiddle, type StancePlace } from '../stance';
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

/** A stance put on the scale, or taken off it, where the earlier position stood otherwise. */
const ON_SCALE = { placed: 'now placed on the scale', unplaced: 'no longer placed on the scale' } as const;

/** What a step did, in words: "moved from 40/100 to 70/100 (30 points up the scale)", "restated, unchanged". */
export function describeChange(change: StepChange): string {
  switch (change.kind) {
    case 'first':
      return 'first position on record';
    case 'moved':
      return `moved from ${formatStance(change.from)} to ${formatStance(change.to)} (${moveWords(change.by)})${change.reworded ? REWORDED : ''}`;
    case 'placed':
    case 'unplaced':
      return `${ON_SCALE[change.kind]}${change.reworded ? REWORDED : ''}`;
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
  const words = (glyph: string, how: string, text: string) => ({
    glyph,
    how,
    text,
    spoken: `Changed: ${how}; ${text}`,
  });
  const placed = (text: string) => words('◇', ON_SCALE.placed, text);
  // A side's first stance, inside the window: placed, with no earlier one to show.
  if (!change.earlier) return placed('first stance on record');
  // Short enough for one line of a matrix cell; `how` and the legend say what off the scale means.
  const was = `was ${change.earlier.stance ? formatStance(change.earlier.stance) : 'off the scale'} ${onDay(change.earlier.asOf)}`;
  switch (change.kind) {
    case 'moved': {
      const by = change.by ?? 0;
      return words(by === 0 ? '↔' : by > 0 ? '▲' : '▼', by === 0 ? moveWords(0) : `moved ${pointsMoved(by)}`, was);
    }
    case 'placed':
      return placed(was);
    case 'unplaced':
      return words('◇', ON_SCALE.unplaced, was);
    case 'reworded':
      return words('✎', 'reworded, same stance', `reworded since ${formatDate(change.earlier.asOf)}`);
  }
}

/** A stale marker in words: "stated 95 days before this view". */
export function staleWords(stale: StaleMarker): { glyph: string; text: string } {
  const days = `${stale.atLeast ? 'at least ' : ''}${stale.age} ${stale.age === 1 ? 'day' : 'days'}`;
  return { glyph: '◷', text: `stated ${days} before this view` };
}

/** What a ranked move needs: who, on what scale, from where to where, and when. */
export type MoveFacts = {
  side: string;
  issue: { title: string; scale: Record<'min' | 'mid' | 'max', { short: string }> };
  from: StancePlace;
  to: StancePlace;
  /** How far the middle moved (lib/time/core.ts's moveBy): positive up the scale. */
  by: number;
  fromDate: string;
  toDate: string;
};

/**
 * Where a move heads, in the scale's words: the first named point (0, 50, 100) at or past the new
 * stance's middle in the direction it moved — "toward Both concede land (50)". Never in quotation
 * marks: a scale's labels are our words.
 */
export function moveToward(facts: Pick<MoveFacts, 'issue' | 'to' | 'by'>): string {
  const middle = stanceMiddle(facts.to);
  const named: [number, string][] = [
    [0, facts.issue.scale.min.short],
    [50, facts.issue.scale.mid.short],
    [100, facts.issue.scale.max.short],
  ];
  const [at, words] =
    facts.by > 0 ? named.find(([v]) => v >= middle)! : [...named].reverse().find(([v]) => v <= middle)!;
  return `toward ${words} (${at})`;
}

/** A short day: "15 Aug" in the same year as the other end, "c. Aug 2025" for a month. */
const shortDay = (date: string) => formatDate(date).replace(/ \d{4}$/, '');

/**
 * A stance move as the ranked summary says it: "Russia moved 15 points on territory toward Both
 * concede land (50), 7 → 15 Aug (95 → 80)". Built from the structured facts; nothing parses it back.
 */
export function moveSentence(facts: MoveFacts): string {
  const size = Math.abs(facts.by);
  const span =
    facts.fromDate.slice(0, 4) === facts.toDate.slice(0, 4) ? shortDay(facts.fromDate) : formatDate(facts.fromDate);
  const points = `${size} ${size === 1 ? 'point' : 'points'}`;
  const where = `${formatStance(facts.from, 'bare')} → ${formatStance(facts.to, 'bare')}`;
  if (facts.by === 0)
    return `${facts.side} kept its middle on ${facts.issue.title.toLowerCase()} but ${stanceBounds(facts.to).high - stanceBounds(facts.to).low < stanceBounds(facts.from).high - stanceBounds(facts.from).low ? 'narrowed' : 'widened'} its range, ${span} → ${formatDate(facts.toDate)} (${where})`;
  return `${facts.side} moved ${points} on ${facts.issue.title.toLowerCase()} ${moveToward(facts)}, ${span} → ${formatDate(facts.toDate)} (${where})`;
}

/** An event a change window can start at ("since the summit"): its day and how a menu names it. */
export type WindowStart = { date: string; label: string };

/**
 * The events a window can start at, newest first: those dated to the day on or before `asOf`, each
 * named "15 Aug 2025: Alaska summit". The window "since" one starts the day before it (the event's
 * own day counts), so the /changes/ page and the matrix's marker menu read the same window as the
 * same event.
 */
export function windowStarts(
  events: readonly { date: string; dateApprox?: boolean; label: string }[],
  asOf: string,
): WindowStart[] {
  return events
    .filter((e) => e.date.length === 10 && e.date <= asOf)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map((e) => ({ date: e.date, label: `${formatDate(e.date, e.dateApprox)}: ${e.label}` }));
}
