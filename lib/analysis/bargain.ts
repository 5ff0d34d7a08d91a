/**
 * The compromise model, labelled as a model: per issue, the weighted mean and weighted median of the
 * bargaining sides' stances, each side weighted w = clout × salience (both analyst judgements).
 * Pure and browser-safe (no imports), so the Monte Carlo can run in a Web Worker.
 *
 * Weighted median: sort the stances; the median is the first stance at which the running weight
 * reaches half the total. When the running weight equals exactly half, the median lies between that
 * stance and the next, and is their midpoint (so equal weights on 0 and 100 give 50).
 */

/** A side's input on one issue: where it stands (a point has low = high) and its weight's ranges. */
export type BargainInput = {
  side: string;
  low: number;
  high: number;
  salience: { min: number; max: number };
  clout: { min: number; max: number };
};

export type Weighted = { x: number; w: number };

const EPS = 1e-9;

export function weightedMean(points: readonly Weighted[]): number {
  let sw = 0;
  let swx = 0;
  for (const p of points) {
    sw += p.w;
    swx += p.w * p.x;
  }
  return sw > 0 ? swx / sw : NaN;
}

/**
 * The sides as the median rule and the draw loop read them: one record of REC numbers per side in a
 * Float64Array — its stance, clout and salience ranges (each as its low end and its span, 0 when
 * certain), then the drawn stance X and weight W. One array instead of one per field, so the
 * optimised loop checks one array per side, not six.
 */
const REC = 8;
const X = 6;
const W = 7;

export function weightedMedian(points: readonly Weighted[]): number {
  const n = points.length;
  const sides = new Float64Array(REC * n);
  const order = new Uint32Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) {
    const { x, w } = points[k]!;
    sides[REC * k + X] = x;
    sides[REC * k + W] = w;
    if (w > 0) total += w;
  }
  return total > 0 ? medianOfAll(sides, order, n, total) : NaN;
}

/** The median rule on all n sides, sorted by stance (order is overwritten). */
function medianOfAll(sides: Float64Array, order: Uint32Array, n: number, total: number): number {
  for (let k = 0; k < n; k++) order[k] = k;
  sortByStance(sides, order, n);
  return medianScan(sides, order, n, total, 0);
}

/**
 * Sorts order[0..m) by stance, by insertion, keeping sides of equal stance in the order given (so
 * sides given in side order end in the order sorting every side would give): the few sides of a
 * draw's median bins, or all sides once.
 */
function sortByStance(sides: Float64Array, order: Uint32Array, m: number): void {
  for (let i = 1; i < m; i++) {
    const k = order[i]!;
    const x = sides[REC * k + X]!;
    let j = i - 1;
    while (j >= 0 && sides[REC * order[j]! + X]! > x) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = k;
  }
}

/**
 * The weighted median rule (see the top of this file) on the sides' records: the sides to look at,
 * order[0..m), sorted by stance. `below` is the weight of the sides known to stand below all of them
 * (0 when all sides are given); `total` the sum of all weights. Sides with no weight take no part.
 * NaN if the running weight never reaches half.
 */
function medianScan(sides: Float64Array, order: Uint32Array, m: number, total: number, below: number): number {
  const half = total / 2;
  const tie = EPS * total;
  let run = below;
  for (let i = 0; i < m; i++) {
    const k = order[i]!;
    const w = sides[REC * k + W]!;
    if (!(w > 0)) continue;
    run += w;
    if (Math.abs(run - half) <= tie) return midpointAbove(sides, order, m, i);
    if (run >= half) return sides[REC * k + X]!;
  }
  return NaN;
}

/**
 * Exactly half reached at order[i]: the median lies between that stance and the next one up that has
 * weight. (A function of its own: rare, so the optimised draw loop does not stop for it.)
 */
function midpointAbove(sides: Float64Array, order: Uint32Array, m: number, i: number): number {
  const x = sides[REC * order[i]! + X]!;
  for (let j = i + 1; j < m; j++) {
    const k = order[j]!;
    if (sides[REC * k + W]! > 0) return (x + sides[REC * k + X]!) / 2;
  }
  return x;
}

const mid = (r: { min: number; max: number }) => (r.min + r.max) / 2;

/** The central inputs: each range at its midpoint (a stance range's midpoint is used only here, never drawn). */
export function centralPoints(inputs: readonly BargainInput[]): Weighted[] {
  return inputs.map((i) => ({ x: (i.low + i.high) / 2, w: mid(i.clout) * mid(i.salience) }));
}

export type Decomposition = { side: string; x: number; w: number; share: number; contribution: number };

/** Each side's part in the mean: w, w/Σw and w·x/Σw (the contributions add up to the mean). */
export function decompose(inputs: readonly BargainInput[]): Decomposition[] {
  const points = centralPoints(inputs);
  const total = points.reduce((s, p) => s + p.w, 0);
  return inputs.map((input, k) => {
    const { x, w } = points[k]!;
    return {
      side: input.side,
      x,
      w,
      share: total > 0 ? w / total : NaN,
      contribution: total > 0 ? (w * x) / total : NaN,
    };
  });
}

export type Lever = { side: string; down: number; up: number };

/** How far the median moves if one side moves `step` points down or up the scale (clamped to 0–100). */
export function levers(inputs: readonly BargainInput[], step = 10): Lever[] {
  const points = centralPoints(inputs);
  const base = weightedMedian(points);
  const moved = (k: number, d: number) =>
    weightedMedian(points.map((p, j) => (j === k ? { ...p, x: Math.min(100, Math.max(0, p.x + d)) } : p))) - base;
  return inputs.map((input, k) => ({ side: input.side, down: moved(k, -step), up: moved(k, step) }));
}

/** A small seeded PRNG (mulberry32): the same seed gives the same draws on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 2⁻³², exactly: multiplying by it is dividing by 2³² (as mulberry32 does), bit for bit. */
const TWO_TO_MINUS_32 = 1 / 4294967296;

/** Draws per call of the draw loop (see simulate). */
const CHUNK = 200;

export type Band = { p5: number; p25: number; p50: number; p75: number; p95: number };
export type Simulation = { draws: number; mean: Band; median: Band };

/**
 * The five percentiles of the draws: the values at ranks round(p·(N−1)) of the sorted draws, found by
 * selection (each rank's value is the one sorting would put there) without sorting them all.
 */
function band(values: Float64Array): Band {
  const v = values.slice();
  const last = v.length - 1;
  const rank = (p: number) => Math.min(last, Math.max(0, Math.round(p * last)));
  if (last < 0 || v.some(Number.isNaN)) {
    v.sort();
    const q = (p: number) => v[rank(p)]!;
    return { p5: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95) };
  }
  const r50 = rank(0.5);
  select(v, 0, last, r50);
  const r25 = rank(0.25);
  select(v, 0, r50, r25);
  const r5 = rank(0.05);
  select(v, 0, r25, r5);
  const r75 = rank(0.75);
  select(v, r50, last, r75);
  const r95 = rank(0.95);
  select(v, r75, last, r95);
  return { p5: v[r5]!, p25: v[r25]!, p50: v[r50]!, p75: v[r75]!, p95: v[r95]! };
}

/** Rearranges v[left..right] so that v[k] holds the value sorting would put there, smaller ones before it and larger after. */
function select(v: Float64Array, left: number, right: number, k: number): void {
  while (right > left) {
    const a = v[left]!;
    const b = v[(left + right) >>> 1]!;
    const c = v[right]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = left;
    let j = right;
    while (i <= j) {
      while (v[i]! < pivot) i++;
      while (v[j]! > pivot) j--;
      if (i <= j) {
        const tmp = v[i]!;
        v[i] = v[j]!;
        v[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/**
 * The draws themselves, each draw's weighted mean and median written into means and medians. Small
 * functions of their own (only typed arrays and numbers inside) so the engine optimises each soon and
 * quickly (a fresh worker compiles them on every page load) and keeps that code for every issue.
 *
 * Per draw, drawSides makes one pass over the sides, in side order: draw the uncertain values
 * (stance, then clout, then salience — mulberry32 inlined, the same steps as mulberry32() above, so a
 * seed gives the very same draws in the same order), add to the mean's sums, and file the side in its
 * stance's bin (its weight added to the bin, the side chained to the bin's list). The median walks
 * the bins up to the one where the running weight reaches half and applies the median rule to the few
 * sides of that bin and of the next bin with weight (where an exact half's midpoint may fall), with
 * the weight below them as start — the same sides, in the same order (by stance, then side), as
 * sorting them all would give, so the same median to the bit. Then the bins are emptied whole (one
 * fill is cheaper than visiting the sides again).
 *
 * The side loop touches two arrays only (each one more the engine checks on every side): `sides`, the
 * sides' records (see REC) followed by the bins' weights, and `links`, per side the next side in its
 * bin's chain, followed by each bin's first side (−1: empty). `binning` holds where the stances' span
 * starts and how many bins a point spans (read once, as plain numbers), then the draw's sums.
 */
function runDraws(
  n: number,
  sides: Float64Array,
  links: Int32Array,
  order: Uint32Array,
  binning: Float64Array,
  means: Float64Array,
  medians: Float64Array,
  from: number,
  to: number,
  state: number,
): number {
  const bins = REC * n;
  const heads = n;
  let a = state;
  for (let d = from; d < to; d++) {
    a = drawSides(n, sides, links, binning, a);
    const sw = binning[2]!;
    means[d] = sw > 0 ? binning[3]! / sw : NaN;
    medians[d] = sw > 0 ? binnedMedian(sides, links, order, n, sw) : NaN;
    sides.fill(0, bins);
    links.fill(-1, heads);
  }
  return a;
}

/** One draw over the sides (see runDraws): the new generator state; Σw and Σw·x left in binning[2] and [3]. */
function drawSides(n: number, sides: Float64Array, links: Int32Array, binning: Float64Array, state: number): number {
  const bins = REC * n; // sides[bins + b]: bin b's weight
  const heads = n; // links[heads + b]: bin b's first side
  const top = links.length - heads - 1;
  const lo = binning[0]!;
  const scale = binning[1]!;
  // mulberry32's state as an int32: every step is bitwise, so its bits are those of the unsigned version.
  let a = state | 0;
  let t = 0;
  let sw = 0;
  let swx = 0;
  for (let k = 0, r = 0; k < n; k++, r += REC) {
    let x = sides[r]!;
    let span = sides[r + 1]!;
    if (span > 0) {
      a = (a + 0x6d2b79f5) | 0;
      t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      x = x + span * (((t ^ (t >>> 14)) >>> 0) * TWO_TO_MINUS_32);
    }
    let clout = sides[r + 2]!;
    span = sides[r + 3]!;
    if (span > 0) {
      a = (a + 0x6d2b79f5) | 0;
      t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      clout = clout + span * (((t ^ (t >>> 14)) >>> 0) * TWO_TO_MINUS_32);
    }
    let salience = sides[r + 4]!;
    span = sides[r + 5]!;
    if (span > 0) {
      a = (a + 0x6d2b79f5) | 0;
      t = Math.imul(a ^ (a >>> 15), a | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      salience = salience + span * (((t ^ (t >>> 14)) >>> 0) * TWO_TO_MINUS_32);
    }
    const w = clout * salience;
    sides[r + X] = x;
    sides[r + W] = w;
    let b = ((x - lo) * scale) | 0;
    if (b > top) b = top;
    if (w > 0) {
      sides[bins + b] = sides[bins + b]! + w;
      links[k] = links[heads + b]!;
      links[heads + b] = k;
    }
    sw += w;
    swx += w * x;
  }
  binning[2] = sw;
  binning[3] = swx;
  return a;
}

/** One draw's weighted median from its bins (see runDraws). */
function binnedMedian(sides: Float64Array, links: Int32Array, order: Uint32Array, n: number, total: number): number {
  const bins = REC * n;
  const heads = n;
  const top = links.length - heads - 1;
  const half = total / 2;
  const tie = EPS * total;
  let below = 0;
  let b = 0;
  while (b <= top && below + sides[bins + b]! < half - tie) below += sides[bins + b++]!;
  if (b <= top) {
    let next = b + 1;
    while (next <= top && !(sides[bins + next]! > 0)) next++;
    // Each bin's chain runs from its last side to its first: read backwards into place, so the sides
    // come in side order, bin b's (all of lower stance) before bin next's.
    let m = 0;
    for (let k = links[heads + b]!; k >= 0; k = links[k]!) m++;
    for (let k = links[heads + b]!, i = m - 1; k >= 0; k = links[k]!) order[i--] = k;
    if (next <= top) {
      for (let k = links[heads + next]!; k >= 0; k = links[k]!) m++;
      for (let k = links[heads + next]!, i = m - 1; k >= 0; k = links[k]!) order[i--] = k;
    }
    sortByStance(sides, order, m);
    const median = medianScan(sides, order, m, total, below);
    if (!Number.isNaN(median)) return median;
  }
  // Rounding left the bins' sum short of the sides' sum: the rule on every side.
  return medianOfAll(sides, order, n, total);
}

/**
 * Monte Carlo over the ranges: each draw takes every side's stance uniformly within its range and
 * its salience and clout uniformly within theirs, then the weighted mean and median. The 50% band
 * is p25–p75, the 90% band p5–p95.
 */
export function simulate(inputs: readonly BargainInput[], draws = 2000, seed = 20250807): Simulation {
  const n = inputs.length;
  const means = new Float64Array(draws);
  const medians = new Float64Array(draws);
  // The stances' span cut into n + 1 bins, so a bin holds about one side: the median walks half as
  // many bins as with 2n + 1 and sorts about as few sides (measured: fewer instructions per draw).
  const top = n;
  const sides = new Float64Array(REC * n + top + 1);
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < n; k++) {
    const i = inputs[k]!;
    const pairs = [i.low, i.high, i.clout.min, i.clout.max, i.salience.min, i.salience.max];
    for (let f = 0; f < 6; f += 2) {
      const low = pairs[f]!;
      const high = pairs[f + 1]!;
      sides[REC * k + f] = low;
      sides[REC * k + f + 1] = high > low ? high - low : 0;
    }
    lo = Math.min(lo, i.low);
    hi = Math.max(hi, Math.max(i.low, i.high));
  }
  const links = new Int32Array(n + top + 1).fill(-1, n);
  const binning = Float64Array.of(lo, hi > lo ? top / (hi - lo) : 0, 0, 0);
  const order = new Uint32Array(n);
  // In chunks, the generator's state carried from one to the next (the same stream of draws): short
  // calls let the engine optimise the loop once, as a whole function, instead of mid-loop and again.
  let state = seed | 0;
  for (let from = 0; from < draws; from += CHUNK) {
    const to = Math.min(draws, from + CHUNK);
    state = runDraws(n, sides, links, order, binning, means, medians, from, to, state);
  }
  return { draws, mean: band(means), median: band(medians) };
}

export type IssueModel = {
  issue: string;
  sides: BargainInput[];
  mean: number;
  median: number;
  decomposition: Decomposition[];
  levers: Lever[];
};

/** The central estimate for one issue (no draws): what the model panel shows before the worker answers. */
export function modelIssue(issue: string, sides: BargainInput[]): IssueModel | undefined {
  if (sides.length === 0) return undefined;
  const points = centralPoints(sides);
  if (points.every((p) => p.w <= 0)) return undefined;
  return {
    issue,
    sides,
    mean: weightedMean(points),
    median: weightedMedian(points),
    decomposition: decompose(sides),
    levers: levers(sides),
  };
}
