/**
 * The what-if's Monte Carlo measured where the page runs it: in a Web Worker in Chromium (Debian's, the
 * one the e2e tests use). The worker runs the very code the page's worker runs (lib/analysis/bargain.ts,
 * transpiled, not rewritten) on the bench's synthetic inputs (60 sides × 30 issues, 10,000 draws each),
 * once per fresh worker as the page does (its worker is new on every page load, so every run is cold).
 */
import fs from 'node:fs';
import ts from 'typescript';
import { chromium, type Browser } from '@playwright/test';
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

/**
 * A slider move on /settlement/ as a user makes it, in Chromium, on a built site (`base` serves it):
 * the first issue's slider set to a new value and its input event dispatched, timed until the page
 * shows that issue's distances for the new point (the issue's number box reads the value and its
 * side list has changed; React commits the totals table in the same render) and the next frame is
 * drawn (a task queued from the next animation frame runs after that frame's paint). One untimed move
 * first (it waits for the page to hydrate), then `moves` timed ones; ms per move, or why none was timed.
 */
export async function sliderInChromium(browser: Browser, base: string, moves = 7): Promise<number[] | string> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/settlement/`, { waitUntil: 'networkidle', timeout: 120_000 });
    if ((await page.locator('main input[type=range]').count()) === 0) return 'no slider on /settlement/ — skipped';
    const move = (value: number) =>
      page.evaluate(
        (value) =>
          new Promise<number>((resolve) => {
            const range = document.querySelector<HTMLInputElement>('main input[type=range]')!;
            const section = range.closest('section')!;
            const number = section.querySelector<HTMLInputElement>('input[type=number]')!;
            // (No named functions in here: the bench's TypeScript runner would wrap them in a helper the page lacks.)
            const before = section.querySelector('ul')?.textContent ?? '';
            const t0 = performance.now();
            const timer = setTimeout(() => {
              observer.disconnect();
              resolve(-1);
            }, 5000);
            const observer = new MutationObserver(() => {
              if (number.value !== String(value) || (section.querySelector('ul')?.textContent ?? '') === before) return;
              observer.disconnect();
              clearTimeout(timer);
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
            });
            observer.observe(section, { subtree: true, childList: true, characterData: true, attributes: true });
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(range, String(value));
            range.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        value,
      );
    // Untimed: until the page has hydrated and answers a move.
    let warm = -1;
    for (let attempt = 0; attempt < 10 && warm < 0; attempt++) warm = await move(5 + attempt);
    if (warm < 0) return 'moving the first slider changed nothing within 50 s — skipped';
    const times: number[] = [];
    for (let i = 0; i < moves; i++) times.push(await move(20 + ((i * 37) % 71)));
    return times.every((t) => t >= 0) ? times : 'a timed slider move changed nothing within 5 s';
  } finally {
    await context.close();
  }
}
