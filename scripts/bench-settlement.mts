/**
 * `npm run bench:settlement`: the what-if's speed figures alone (also printed by `npm run bench`), then
 * the Monte Carlo in a Web Worker in Chromium, where the page runs it, and — when the scale build
 * out-bench-scale/ is there (`npm run bench` makes it) — a slider move on its /settlement/ in Chromium.
 * Serves that build on port 3308 (`-- --port N` to change it).
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { printSettlementBench, printSliderInChromium, TARGETS } from '../lib/bench/settlement';
import { monteCarloInChromium, sliderInChromium } from '../lib/bench/settlement-browser';
import { chromiumLaunchOptions } from './chromium.mjs';
import { serveBuild } from './serve-build.mjs';

printSettlementBench();
if (fs.existsSync('out-bench-scale/settlement/index.html')) {
  const at = process.argv.indexOf('--port');
  const port = at > 0 ? Number(process.argv[at + 1]) : 3308;
  const server = await serveBuild({ dir: 'out-bench-scale', port, probe: '/404.html' });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    printSliderInChromium(await sliderInChromium(browser, `http://127.0.0.1:${port}`));
  } finally {
    await browser.close();
    server.stop();
  }
} else printSliderInChromium('no scale build (out-bench-scale/): run `npm run bench` once');
const times = await monteCarloInChromium();
const first = times[0]!;
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `${'Monte Carlo in a Chromium Web Worker (fresh worker, as the page)'.padEnd(58)} ${first.toFixed(1).padStart(8)} ms wall (first of ${times.length}; median ${sorted[Math.floor(times.length / 2)]!.toFixed(1)} ms)   target ≤ ${TARGETS.monteCarloMs} ms   ${first <= TARGETS.monteCarloMs ? 'ok' : 'MISS'}`,
);
