/**
 * The sentences charts and slides print, from plain numbers and names. Kept apart from charts.ts
 * and free of runtime imports from the model or schema, so the deck can say them again in the
 * browser for a narrowed selection without shipping zod.
 */
import { compareDates, formatDate } from '../dates';
import { keyGap, keyGapWords, type SideRole } from './key-gap';
import { formatStance, isRange, samePlace, stanceMiddle, type Gap, type StancePlace } from '../stance';
import { moveBy } from '../time/core';
import { pointsMoved } from '../time/words';

const AND = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** "A", "A and B", "A, B and C" — as a person writes a list. */
export function listNames(names: string[]): string {
  // en's long list puts a comma before "and"; house style does not.
  const parts = AND.formatToParts(names);
  const last = parts.findLastIndex((p) => p.type === 'literal');
  return parts.map((p, i) => (i === last && p.value === ', and ' ? ' and ' : p.value)).join('');
}

/* ---------- Stance spectrum ---------- */

/** A stance on the spectrum; `role` (lib/analysis/key-gap.ts) decides which pair is the key gap — a mark without one counts as a party's. */
export type StanceMark = StancePlace & { stakeholder: string; current: boolean; role?: SideRole };
/**
 * The key gap among the current stances (lib/analysis/key-gap.ts): `a`–`b` is the pair in the data's
 * side order, as every view names it; `low` is the one lower on the scale (for drawing).
 */
export type StanceGap = { a: string; b: string; low: string; high: string; gap: Gap };

/** The key gap between current stances — the one rule, keyGap — or null with fewer than two placed parties. */
export function stanceGap(marks: StanceMark[]): StanceGap | null {
  const current = marks.filter((m) => m.current);
  const found = keyGap(current.map((m) => ({ side: { ...m, role: m.role ?? 'party' }, stance: m })));
  if (!found) return null;
  const [a, b] = [found.a, found.b];
  const aFirst = stanceMiddle(a) <= stanceMiddle(b);
  return {
    a: a.stakeholder,
    b: b.stakeholder,
    low: (aFirst ? a : b).stakeholder,
    high: (aFirst ? b : a).stakeholder,
    gap: found.gap,
  };
}

/**
 * Sides whose current stance sits elsewhere than their previous one (the next earlier mark of the
 * same side, as spectrum() lists them: current first, then newest first), and by how far its
 * middle moved. A side that restated the same stance did not move and is not named.
 */
export function stanceMoves(marks: StanceMark[]): { stakeholder: string; by: number }[] {
  const moves: { stakeholder: string; by: number }[] = [];
  for (const current of marks.filter((m) => m.current)) {
    const previous = marks.find((m) => !m.current && m.stakeholder === current.stakeholder);
    if (!previous || samePlace(previous, current)) continue;
    moves.push({ stakeholder: current.stakeholder, by: moveBy(previous, current) });
  }
  return moves;
}

/**
 * How many other sides (beside the key gap's pair), and how many moves, the spectrum's sentence
 * names one by one; past that it names the ends and the largest move, and points to the chart's
 * table, which lists every side (at scale the list ran to some twenty lines).
 */
export const SPECTRUM_NAMES = 4;

/** "at 50" or "between 0 and 50, a range". */
const placeWords = (m: StancePlace) => (isRange(m) ? `${formatStance(m)}, a range` : `at ${formatStance(m, 'bare')}`);

/** "sits at 50" or "sits between 0 and 50 (a range)". */
const sitsAt = (m: StancePlace) =>
  isRange(m) ? `sits ${formatStance(m)} (a range)` : `sits at ${formatStance(m, 'bare')}`;

export function spectrumSentence(
  issueTitle: string,
  marks: StanceMark[],
  gap: StanceGap | null,
  nameOf: (stakeholder: string) => string,
): string {
  const title = issueTitle.toLowerCase();
  const current = marks.filter((m) => m.current);
  if (current.length === 0) return `No side has a stance on ${title} in the data.`;
  if (!gap) {
    const only = current[0]!;
    return `Only ${nameOf(only.stakeholder)} has a stance on ${title} (${formatStance(only)}${isRange(only) ? ', a range' : ''}): there is no gap to measure.`;
  }
  const { low, high } = gap;
  const others = current.filter((m) => m.stakeholder !== low && m.stakeholder !== high);
  const moves = stanceMoves(marks);
  const moved = moves.map(({ stakeholder, by }) => `${nameOf(stakeholder)} moved ${pointsMoved(by)}`);
  let sentence = `On ${title}, the key gap is ${keyGapWords({ a: nameOf(gap.a), b: nameOf(gap.b) }, gap.gap)}`;
  if (others.length > SPECTRUM_NAMES) {
    // Past the cap, only the ends: the lowest and the highest of the rest (by the middle of a range).
    const lowest = others.reduce((x, y) => (stanceMiddle(y) < stanceMiddle(x) ? y : x));
    const highest = others.reduce((x, y) => (stanceMiddle(y) > stanceMiddle(x) ? y : x));
    sentence += `; of the ${others.length} other sides, ${nameOf(lowest.stakeholder)} sits lowest (${placeWords(lowest)}) and ${nameOf(highest.stakeholder)} highest (${placeWords(highest)})`;
  } else if (others.length > 0)
    sentence += `; ${listNames(others.map((m) => `${nameOf(m.stakeholder)} ${sitsAt(m)}`))}`;
  sentence += '.';
  if (current.some(isRange)) sentence += ' A range marks a stance the sources only bound.';
  if (moved.length > SPECTRUM_NAMES) {
    const most = moves.reduce((x, y) => (Math.abs(y.by) > Math.abs(x.by) ? y : x));
    sentence += ` ${moves.length} sides moved on the scale since their previous stances, ${nameOf(most.stakeholder)} the most (${pointsMoved(most.by)}).`;
  } else if (moved.length === 1) sentence += ` ${moved[0]} the scale since its previous stance.`;
  else if (moved.length > 1) sentence += ` ${listNames(moved)} the scale since their previous stances.`;
  if (others.length > SPECTRUM_NAMES || moved.length > SPECTRUM_NAMES)
    sentence += ' The chart’s table lists every side.';
  return sentence;
}

/* ---------- Timeline ---------- */

/** What the timeline needs of a statement. */
export type DatedStatement = { id: string; stakeholder: string; date: string; dateApprox: boolean };
export type TimelinePoint = {
  date: string;
  approx: boolean;
  approxCount: number;
  stakeholder: string;
  count: number;
  statements: string[];
};

/** Statements grouped by date and side, oldest first, sides in the given order. */
export function timelinePoints(statements: DatedStatement[], sideOrder: string[]): TimelinePoint[] {
  const groups = new Map<string, TimelinePoint>();
  for (const s of statements) {
    const key = `${s.date}|${s.stakeholder}`;
    const point = groups.get(key) ?? {
      date: s.date,
      approx: true,
      approxCount: 0,
      stakeholder: s.stakeholder,
      count: 0,
      statements: [],
    };
    point.count += 1;
    point.approx &&= s.dateApprox; // approximate only if every statement in it is
    if (s.dateApprox) point.approxCount += 1;
    point.statements.push(s.id);
    groups.set(key, point);
  }
  const order = new Map(sideOrder.map((id, i) => [id, i]));
  return [...groups.values()].sort(
    (a, b) => compareDates(a.date, b.date) || order.get(a.stakeholder)! - order.get(b.stakeholder)!,
  );
}

/** scope: words after "statements", e.g. " on territory" (or ""). */
export function timelineSentence(points: TimelinePoint[], scope = ''): string {
  const total = points.reduce((n, p) => n + p.count, 0);
  if (total === 0) return `No statements${scope} in the data.`;
  const byDate = new Map<string, number>();
  for (const p of points) byDate.set(p.date, (byDate.get(p.date) ?? 0) + p.count);
  const dated = [...byDate.keys()].sort(compareDates);
  const busiest = [...byDate.entries()].reduce((a, b) => (b[1] > a[1] ? b : a));
  const label = (date: string) =>
    formatDate(
      date,
      points.filter((p) => p.date === date).every((p) => p.approx),
    );
  const approxOnBusiest = points.filter((p) => p.date === busiest[0]).reduce((n, p) => n + p.approxCount, 0);
  if (dated.length === 1) return `${total} statement${total === 1 ? '' : 's'}${scope}, all dated ${label(dated[0]!)}.`;
  const caveat =
    approxOnBusiest > 0 && approxOnBusiest < busiest[1] ? ` (${approxOnBusiest} of them dated only approximately)` : '';
  return (
    `${total} statement${total === 1 ? '' : 's'}${scope} from ${label(dated[0]!)} to ${label(dated[dated.length - 1]!)}; ` +
    `the busiest date is ${label(busiest[0])}, with ${busiest[1]}${caveat}.`
  );
}
