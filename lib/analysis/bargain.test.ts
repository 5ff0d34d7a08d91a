import { describe, expect, it } from 'vitest';
import { type BargainInput, modelIssue, mulberry32, simulate, weightedMean, weightedMedian } from './bargain';

// Truths written by hand.

const side = (s: string, x: number, w = 1): BargainInput => ({
  side: s,
  low: x,
  high: x,
  salience: { min: 1, max: 1 },
  clout: { min: w, max: w },
});

describe('the compromise model', () => {
  it('the emission-standards example of the literature: weights sum to 0.677, weighted mean 7.390, median 7', () => {
    // The European Community's decision on car emission standards, the worked example of Bueno de
    // Mesquita's "Political Forecasting: An Expected Utility Method", in Bueno de Mesquita & Stokman
    // (eds.), European Community Decision Making (Yale UP, 1994), ch. 4; its input table as re-used by
    // Scholz, Calbert & Smith, "Unravelling Bueno De Mesquita's group decision model", Journal of
    // Theoretical Politics 23(4), 2011 (found as that paper's sample data, ExampleActors.csv, in the
    // public repository dmasad/BDM_DecisionModel_Replication). Per member state: position on the
    // issue's scale (4, 7 or 10), capability, and salience (0–100, written here as a fraction).
    // By hand: w = capability × salience: 3.2, 6.4, 0.6, 12.8, 9.6, 9.6, 14.4, 0.5, 5, 5.6 (hundredths),
    // Σw = 67.7/100 = 0.677; Σw·x = 500.3/100, mean = 500.3 / 67.7 = 7.3900…; by position, 4 holds
    // 24.8 and 7 a further 9.3 (34.1 ≥ half of 67.7, 33.85): the median is 7.
    const table: [string, number, number, number][] = [
      ['Netherlands', 7, 0.08, 40],
      ['Belgium', 4, 0.08, 80],
      ['Luxembourg', 4, 0.03, 20],
      ['Germany', 4, 0.16, 80],
      ['France', 10, 0.16, 60],
      ['Italy', 10, 0.16, 60],
      ['United Kingdom', 10, 0.16, 90],
      ['Ireland', 7, 0.05, 10],
      ['Denmark', 4, 0.05, 100],
      ['Greece', 7, 0.08, 70],
    ];
    const m = modelIssue(
      'emission-standards',
      table.map(([name, x, capability, salience]) => ({
        side: name,
        low: x,
        high: x,
        salience: { min: salience / 100, max: salience / 100 },
        clout: { min: capability, max: capability },
      })),
    )!;
    expect(m.decomposition.reduce((s, d) => s + d.w, 0)).toBeCloseTo(0.677, 9);
    expect(m.mean).toBeCloseTo(7.39, 3);
    expect(m.median).toBe(7);
  });

  it('equal weights on 0 and 100: mean 50, median 50', () => {
    const points = [
      { x: 0, w: 1 },
      { x: 100, w: 1 },
    ];
    expect(weightedMean(points)).toBe(50);
    expect(weightedMedian(points)).toBe(50);
  });

  it('equal weights on 0, 100, 100: mean 66.7, median 100', () => {
    const points = [
      { x: 0, w: 1 },
      { x: 100, w: 1 },
      { x: 100, w: 1 },
    ];
    expect(weightedMean(points)).toBeCloseTo(66.667, 2);
    expect(weightedMedian(points)).toBe(100);
  });

  it('a heavy side pulls the median to itself: weights 3, 1, 1 on 20, 60, 90 → median 20, mean 42', () => {
    const points = [
      { x: 20, w: 3 },
      { x: 60, w: 1 },
      { x: 90, w: 1 },
    ];
    expect(weightedMedian(points)).toBe(20);
    expect(weightedMean(points)).toBe(42); // (60 + 60 + 90) / 5
  });

  it('rescaling every weight leaves the outcome unchanged', () => {
    const a = modelIssue('i', [side('a', 10, 0.2), side('b', 70, 0.5), side('c', 40, 0.3)])!;
    const b = modelIssue('i', [side('a', 10, 0.02), side('b', 70, 0.05), side('c', 40, 0.03)])!;
    expect(b.mean).toBeCloseTo(a.mean, 9);
    expect(b.median).toBe(a.median);
  });

  it('the outcome lies within the span of the stances, in every draw band', () => {
    const inputs: BargainInput[] = [
      { side: 'a', low: 20, high: 40, salience: { min: 0.2, max: 0.9 }, clout: { min: 0.1, max: 0.5 } },
      { side: 'b', low: 60, high: 80, salience: { min: 0.5, max: 1 }, clout: { min: 0.3, max: 0.4 } },
    ];
    const sim = simulate(inputs, 2000, 7);
    for (const b of [sim.mean, sim.median]) {
      expect(b.p5).toBeGreaterThanOrEqual(20);
      expect(b.p95).toBeLessThanOrEqual(80);
      expect(b.p5).toBeLessThanOrEqual(b.p25);
      expect(b.p75).toBeLessThanOrEqual(b.p95);
    }
  });

  it('decomposition: contributions w·x/Σw add up to the mean; levers say how far the median moves', () => {
    // Weights 1, 1, 2 on 0, 50, 100: mean (0 + 50 + 200) / 4 = 62.5; contributions 0, 12.5, 50.
    const m = modelIssue('i', [side('a', 0), side('b', 50), side('c', 100, 2)])!;
    expect(m.decomposition.map((d) => d.contribution)).toEqual([0, 12.5, 50]);
    expect(m.mean).toBe(62.5);
    // Median: running weight 1, 2 (= half of 4) at 50 → midpoint of 50 and 100 = 75.
    expect(m.median).toBe(75);
    // If b moves 10 points up (to 60) the median is (60 + 100) / 2 = 80: it moves 5.
    expect(m.levers.find((l) => l.side === 'b')!.up).toBe(5);
  });

  it('the same seed gives the same draws', () => {
    const inputs: BargainInput[] = [
      { side: 'a', low: 0, high: 50, salience: { min: 0.1, max: 1 }, clout: { min: 0.1, max: 1 } },
      { side: 'b', low: 50, high: 100, salience: { min: 0.1, max: 1 }, clout: { min: 0.1, max: 1 } },
    ];
    expect(simulate(inputs, 500, 3)).toEqual(simulate(inputs, 500, 3));
  });
});

describe('the Monte Carlo median', () => {
  it('equals the sorted weighted median on fixed inputs (points and fixed weights: every draw the same)', () => {
    const cases: [number, number][][] = [
      [
        [0, 1],
        [100, 1],
      ],
      [
        [0, 1],
        [100, 1],
        [100, 1],
      ],
      [
        [20, 3],
        [60, 1],
        [90, 1],
      ],
      [
        [0, 1],
        [50, 1],
        [100, 2],
      ],
      [
        [0, 1],
        [40, 0],
        [100, 1],
      ],
    ];
    // Hand-worked medians of the cases above: 50, 100, 20, 75, and 50 (a side with no weight takes no
    // part: the half falls between 0 and 100, not at 40).
    const expected = [50, 100, 20, 75, 50];
    cases.forEach((c, k) => {
      const sim = simulate(
        c.map(([x, w], j) => side(String(j), x, w)),
        10,
        1,
      );
      expect(sim.median.p50).toBe(expected[k]);
      expect(sim.median.p5).toBe(expected[k]);
      expect(weightedMedian(c.map(([x, w]) => ({ x, w })))).toBe(expected[k]);
    });
  });
});

describe('the Monte Carlo draws, pinned', () => {
  it('one draw by hand: stances and weights drawn side by side from the seeded stream, in order', () => {
    // Only three inputs are uncertain: a's stance (0–100), b's stance (20–40) and c's clout (0.5–1),
    // drawn in that order from mulberry32(42): u1, u2, u3. So a stands at 100·u1, b at 20 + 20·u2, c's
    // weight is 0.5 + 0.5·u3 (a weighs 1, b 2). Sorted: b (≈29, weight 2), a (≈60), c (70); the running
    // weight passes half the total (≈1.96 of ≈3.93) at b, so b's stance is the median.
    const random = mulberry32(42);
    const [u1, u2, u3] = [random(), random(), random()];
    const sim = simulate(
      [
        { side: 'a', low: 0, high: 100, salience: { min: 1, max: 1 }, clout: { min: 1, max: 1 } },
        { side: 'b', low: 20, high: 40, salience: { min: 1, max: 1 }, clout: { min: 2, max: 2 } },
        { side: 'c', low: 70, high: 70, salience: { min: 1, max: 1 }, clout: { min: 0.5, max: 1 } },
      ],
      1,
      42,
    );
    const [xa, xb, wc] = [100 * u1!, 20 + 20 * u2!, 0.5 + 0.5 * u3!];
    expect(sim.mean.p50).toBeCloseTo((xa + 2 * xb + 70 * wc) / (3 + wc), 12);
    expect(sim.median.p50).toBe(xb);
    expect(sim.median.p5).toBe(xb);
  });

  it('the same bands, to the bit, as the Monte Carlo before its speed-up (commit 77bf37f)', () => {
    // Computed once with the code as it stood at 77bf37f (a sort-free binned median already checked
    // against the sorted rule): the speed-up must not move a single draw.
    const inputs: BargainInput[] = [
      { side: 'a', low: 10, high: 30, salience: { min: 0.2, max: 0.9 }, clout: { min: 0.1, max: 0.5 } },
      { side: 'b', low: 45, high: 45, salience: { min: 0.5, max: 1 }, clout: { min: 0.3, max: 0.4 } },
      { side: 'c', low: 40, high: 90, salience: { min: 0.6, max: 0.6 }, clout: { min: 0.2, max: 0.8 } },
      { side: 'd', low: 45, high: 45, salience: { min: 0.1, max: 0.3 }, clout: { min: 0.5, max: 0.5 } },
      { side: 'e', low: 0, high: 100, salience: { min: 0.4, max: 0.7 }, clout: { min: 0.1, max: 0.9 } },
    ];
    expect(simulate(inputs, 3000, 20250807)).toEqual({
      draws: 3000,
      mean: {
        p5: 32.978103636596224,
        p25: 41.62990746066081,
        p50: 48.296346199028946,
        p75: 54.66249225767464,
        p95: 63.90185834349846,
      },
      median: { p5: 35.25592170190066, p25: 45, p50: 45, p75: 48.550452487543225, p95: 73.8272447581403 },
    });
  });
});

/**
 * The Monte Carlo written the plain way, as the model is defined (see the top of bargain.ts): per draw,
 * per side in side order, a uniform draw from mulberry32 for each uncertain input (stance, then clout,
 * then salience); the weighted mean; the weighted median by sorting the sides by stance; the bands as
 * the values at ranks round(p·(N−1)) of the sorted draws. Slow and obvious: the optimised simulate must
 * give the very same numbers.
 */
function plainSimulate(inputs: readonly BargainInput[], draws: number, seed: number) {
  const random = mulberry32(seed);
  const uniform = (min: number, max: number) => (max > min ? min + (max - min) * random() : min);
  const means: number[] = [];
  const medians: number[] = [];
  for (let d = 0; d < draws; d++) {
    const sides = inputs.map((i) => {
      const x = uniform(i.low, i.high);
      const clout = uniform(i.clout.min, i.clout.max);
      return { x, w: clout * uniform(i.salience.min, i.salience.max) };
    });
    let sw = 0;
    let swx = 0;
    for (const s of sides) {
      sw += s.w;
      swx += s.w * s.x;
    }
    means.push(sw > 0 ? swx / sw : NaN);
    // Sorted by stance (a stable sort: equal stances stay in side order); sides with no weight take no part.
    const sorted = sides.filter((s) => s.w > 0).sort((a, b) => a.x - b.x);
    let median = NaN;
    let run = 0;
    for (let k = 0; k < sorted.length; k++) {
      run += sorted[k]!.w;
      if (Math.abs(run - sw / 2) <= 1e-9 * sw) {
        median = k + 1 < sorted.length ? (sorted[k]!.x + sorted[k + 1]!.x) / 2 : sorted[k]!.x;
        break;
      }
      if (run >= sw / 2) {
        median = sorted[k]!.x;
        break;
      }
    }
    medians.push(median);
  }
  const band = (values: number[]) => {
    const v = [...values].sort((a, b) => a - b);
    const q = (p: number) => v[Math.round(p * (v.length - 1))]!;
    return { p5: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95) };
  };
  return { draws, mean: band(means), median: band(medians) };
}

describe('the Monte Carlo, against the plain way of computing it', () => {
  it('at the bench’s scale: 60 sides with points, ranges, shared stances and a side of no weight', () => {
    // Stances on whole points (so many sides share a stance), half of them ranges; every clout and
    // salience a range; one side with no weight at all.
    const random = mulberry32(11);
    const inputs: BargainInput[] = Array.from({ length: 60 }, (_, k) => {
      const low = Math.floor(random() * 80);
      const high = random() < 0.5 ? low : low + Math.floor(random() * 20);
      return {
        side: `s${k}`,
        low,
        high,
        salience: { min: 0.2, max: 0.8 },
        clout: k === 7 ? { min: 0, max: 0 } : { min: 0.1, max: 0.6 },
      };
    });
    expect(simulate(inputs, 2000, 5)).toEqual(plainSimulate(inputs, 2000, 5));
  });

  it('exact halves: four equal fixed weights on ranged stances (the median is always a midpoint)', () => {
    const inputs: BargainInput[] = [0, 10, 30, 60].map((low, k) => ({
      side: `s${k}`,
      low,
      high: low + 40,
      salience: { min: 1, max: 1 },
      clout: { min: 1, max: 1 },
    }));
    expect(simulate(inputs, 2000, 9)).toEqual(plainSimulate(inputs, 2000, 9));
  });
});
