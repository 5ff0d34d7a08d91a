/**
 * The what-if's Monte Carlo measured where the page runs it: in a Web Worker in Chromium (Debian's, the
 * one the e2e tests use). The worker runs the very code the page's worker runs (lib/analysis/bargain.ts,
 * transpiled, not rewritten) on the bench's synthetic inputs (60 sides × 30 issues, 10,000 draws each),
 * once per fresh worker as the page does (its worker is new on every page load, so every run is cold).
 */
import fs from 'node:fs';
import ts from 'typescript';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { syntheticSettlement } from './settlement';

/** The worker's script: bargain.ts as CommonJS into a local `exports`, then the page worker's loop. */
function workerSource(): string {
  const source = fs.readFileSync(new URL('../analysis/bargain.ts', import.meta.url), 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  return `var exports = {};\n${js}\nself.onmessage = (event) => {
  const start = performance.now();
  for (const inputs of event.data) exports.simulate(inputs, 10000, 1);
  self.postMessage(performance.now() - start);
};`;
}

/** Wall time (ms) of the worker's 30 simulations, in each of `runs` fresh workers. */
export async function monteCarloInChromium(runs = 3): Promise<number[]> {
  const code = workerSource();
  const issues = Object.values(syntheticSettlement().model);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const times: number[] = [];
    for (let run = 0; run < runs; run++)
      times.push(
        await page.evaluate(
          ({ code, issues }) =>
            new Promise<number>((resolve, reject) => {
              const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
              worker.onmessage = (event: MessageEvent<number>) => {
                worker.terminate();
                resolve(event.data);
              };
              worker.onerror = (event) => reject(new Error(event.message));
              worker.postMessage(issues);
            }),
          { code, issues },
        ),
      );
    return times;
  } finally {
    await browser.close();
  }
}
