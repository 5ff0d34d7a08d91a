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

export function weightedMedian(points: readonly Weighted[]): number {
  const sorted = points.filter((p) => p.w > 0).sort((a, b) => a.x - b.x);
  const total = sorted.reduce((s, p) => s + p.w, 0);
  if (total <= 0) return NaN;
  let run = 0;
  for (let k = 0; k < sorted.length; k++) {
    run += sorted[k]!.w;
    if (Math.abs(run - total / 2) <= EPS * total && k + 1 < sorted.length) return (sorted[k]!.x + sorted[k + 1]!.x) / 2;
    if (run >= total / 2) return sorted[k]!.x;
  }
  return sorted[sorted.length - 1]!.x;
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

export type Band = { p5: number; p25: number; p50: number; p75: number; p95: number };
export type Simulation = { draws: number; mean: Band; median: Band };

function band(values: Float64Array): Band {
  const sorted = values.slice().sort();
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))]!;
  return { p5: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95) };
}

/**
 * Monte Carlo over the ranges: each draw takes every side's stance uniformly within its range and
 * its salience and clout uniformly within theirs, then the weighted mean and median. The 50% band
 * is p25–p75, the 90% band p5–p95.
 */
/**
 * The weighted median of n stances (xs, ws) by weighted quickselect: the same rule as
 * weightedMedian, in linear time on typed arrays, without sorting. `idx` is scratch space (0..n-1).
 */
function fastWeightedMedian(xs: Float64Array, ws: Float64Array, idx: Uint32Array, n: number, total: number): number {
  for (let k = 0; k < n; k++) idx[k] = k;
  const half = total / 2;
  const tie = EPS * total;
  let lo = 0;
  let hi = n - 1;
  let below = 0; // weight of the stances known to lie below idx[lo..hi]
  while (lo <= hi) {
    const pivot = xs[idx[(lo + hi) >>> 1]!]!;
    // Three-way partition of idx[lo..hi]: < pivot, = pivot, > pivot.
    let lt = lo;
    let gt = hi;
    let i = lo;
    let wLess = 0;
    let wEqual = 0;
    while (i <= gt) {
      const k = idx[i]!;
      const x = xs[k]!;
      if (x < pivot) {
        wLess += ws[k]!;
        idx[i] = idx[lt]!;
        idx[lt] = k;
        lt++;
        i++;
      } else if (x > pivot) {
        idx[i] = idx[gt]!;
        idx[gt] = k;
        gt--;
      } else {
        wEqual += ws[k]!;
        i++;
      }
    }
    if (below + wLess >= half - tie && lt > lo) {
      hi = lt - 1;
      continue;
    }
    const reached = below + wLess + wEqual;
    if (wEqual > 0 && Math.abs(reached - half) <= tie) {
      // Exactly half: the median lies between the pivot and the next stance up that has weight.
      let next = Infinity;
      for (let j = gt + 1; j <= hi; j++) if (ws[idx[j]!]! > 0 && xs[idx[j]!]! < next) next = xs[idx[j]!]!;
      return next === Infinity ? pivot : (pivot + next) / 2;
    }
    if (wEqual > 0 && reached >= half) return pivot;
    below = reached;
    lo = gt + 1;
  }
  return NaN;
}

export function simulate(inputs: readonly BargainInput[], draws = 2000, seed = 20250807): Simulation {
  const random = mulberry32(seed);
  const n = inputs.length;
  const means = new Float64Array(draws);
  const medians = new Float64Array(draws);
  const xs = new Float64Array(n);
  const ws = new Float64Array(n);
  const idx = new Uint32Array(n);
  for (let d = 0; d < draws; d++) {
    let sw = 0;
    let swx = 0;
    for (let k = 0; k < n; k++) {
      const i = inputs[k]!;
      const x = i.high > i.low ? i.low + (i.high - i.low) * random() : i.low;
      const c = i.clout.max > i.clout.min ? i.clout.min + (i.clout.max - i.clout.min) * random() : i.clout.min;
      const s =
        i.salience.max > i.salience.min
          ? i.salience.min + (i.salience.max - i.salience.min) * random()
          : i.salience.min;
      const w = c * s;
      xs[k] = x;
      ws[k] = w;
      sw += w;
      swx += w * x;
    }
    means[d] = sw > 0 ? swx / sw : NaN;
    medians[d] = sw > 0 ? fastWeightedMedian(xs, ws, idx, n, sw) : NaN;
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
