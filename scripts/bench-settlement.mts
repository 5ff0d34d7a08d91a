/**
 * `npm run bench:settlement`: the what-if's speed figures alone (the Node ones are also printed by
 * `npm run bench`), then the Monte Carlo in a Web Worker in Chromium, where the page runs it.
 */
import { printSettlementBench, TARGETS } from '../lib/bench/settlement';
import { monteCarloInChromium } from '../lib/bench/settlement-browser';

printSettlementBench();
const times = await monteCarloInChromium();
const first = times[0]!;
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `${'Monte Carlo in a Chromium Web Worker (fresh worker, as the page)'.padEnd(58)} ${first.toFixed(1).padStart(8)} ms wall (first of ${times.length}; median ${sorted[Math.floor(times.length / 2)]!.toFixed(1)} ms)   target ≤ ${TARGETS.monteCarloMs} ms   ${first <= TARGETS.monteCarloMs ? 'ok' : 'MISS'}`,
);
