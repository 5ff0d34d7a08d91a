/**
 * Which sides a reader weighs a gap between, and the one gap each issue is summed up by: the rule
 * every view (matrix row, compare, heatmap, issue page, deck, chart images) calls, so each names the
 * same pair with the same words.
 *
 * The rule: a side is a **party** unless stakeholders.json gives it `role` `analysts` (the analysts
 * a source quotes) or `source-analysis` (the source's own analysis). The key gap on an issue is the widest gap between two
 * party sides that are both placed on the scale: the largest most-it-can-be (`gap.max`), then the
 * largest least-it-can-be (`gap.min`), then the first pair in the data's side order. Analysts'
 * readings and the source's own analysis never make the key gap. Fewer than two placed party sides:
 * no key gap.
 */
import type { StakeholderRole } from '../schema';
import { assesses } from '../sides';
import { CLOSE_STANCES, formatGapShort, gapBetween, stanceBounds, type Gap, type StancePlace } from '../stance';

/** A party to the talks, the analysts' readings, or the source's own analysis (lib/sides.ts). */
export type SideRole = StakeholderRole;

export type KeyGap<S> = { a: S; b: S; stanceA: StancePlace; stanceB: StancePlace; gap: Gap };

/**
 * The key gap among sides (in the data's side order; those without a stance are skipped): the widest
 * between two parties, or undefined.
 */
export function keyGap<S extends { role: SideRole }>(
  sides: readonly { side: S; stance?: StancePlace | undefined }[],
): KeyGap<S> | undefined {
  const parties = sides.flatMap((p) =>
    p.stance && !assesses(p.side.role) ? [{ side: p.side, stance: p.stance }] : [],
  );
  let best: KeyGap<S> | undefined;
  parties.forEach((x, i) => {
    for (const y of parties.slice(i + 1)) {
      const gap = gapBetween(x.stance, y.stance);
      if (!best || gap.max > best.gap.max || (gap.max === best.gap.max && gap.min > best.gap.min))
        best = { a: x.side, b: y.side, stanceA: x.stance, stanceB: y.stance, gap };
    }
  });
  return best;
}

/** A stretch of the 0–100 scale. */
export type Span = { from: number; to: number };

/**
 * Where a gap is drawn, so the picture says what its words say. Two points: one band between them.
 * With a range the gap is itself a range (gapBetween's min–max), so two bands: `from`–`to` runs
 * between the two ends that lie furthest apart (its width is the largest gap, `gap.max`), and `near`
 * between the two facing ends (its width is the smallest gap, `gap.min`), drawn stronger inside it;
 * no `near` when the stances overlap (the smallest gap is 0) or are two points (it is the band).
 */
export function gapBand(a: StancePlace, b: StancePlace): Span & { near: Span | null } {
  const x = stanceBounds(a);
  const y = stanceBounds(b);
  // The widest pair of ends: x's low with y's high, or y's low with x's high.
  const far = y.high - x.low >= x.high - y.low ? [x.low, y.high] : [y.low, x.high];
  const span = (ends: number[]): Span => ({ from: Math.min(...ends), to: Math.max(...ends) });
  const gap = gapBetween(a, b);
  // The facing ends: x's high and y's low when x lies below y, else y's high and x's low.
  const near = gap.min > 0 && gap.min < gap.max ? span(x.high < y.low ? [x.high, y.low] : [y.high, x.low]) : null;
  return { ...span(far), near };
}

/** How far apart, in words, for a size in points (the compare view's words). */
export function distanceWords(points: number): string {
  if (points <= CLOSE_STANCES) return 'close together';
  if (points <= 40) return 'some way apart';
  if (points <= 70) return 'far apart';
  return 'at opposite ends';
}

/**
 * A gap in points and words: "65 points apart, far apart"; with a range whose ends fall in different
 * bands, "5–95 points apart: the ranges allow anything from close together to opposite ends" (it
 * cannot be pinned down: the words never lead with one end as if it were the reading), or
 * "0–50 points apart: they may overlap".
 */
export function gapInWords(gap: Gap): string {
  if (gap.max === 0) return 'at the same place';
  const size = `${formatGapShort(gap)} ${gap.max === 1 ? 'point' : 'points'} apart`;
  if (gap.min === gap.max) return `${size}, ${distanceWords(gap.min)}`;
  if (gap.min === 0) return `${size}: they may overlap`;
  const [near, far] = [distanceWords(gap.min), distanceWords(gap.max)];
  return near === far
    ? `${size}, ${far}`
    : `${size}: the ranges allow anything from ${near} to ${far.replace(/^at /, '')}`;
}

/** The key gap named: "Russia–Ukraine: 5–95 points apart: the ranges allow anything from close together to opposite ends". */
export function keyGapWords(names: { a: string; b: string }, gap: Gap): string {
  return `${names.a}–${names.b}: ${gapInWords(gap)}`;
}
