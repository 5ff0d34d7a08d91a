/// <reference lib="webworker" />
// The Monte Carlo off the main thread: receives each issue's inputs, answers with the bands.
import { simulate, type BargainInput, type Simulation } from '@/lib/analysis/bargain';

export type SimulateRequest = { draws: number; seed: number; issues: Record<string, BargainInput[]> };
export type SimulateReply = { ms: number; results: Record<string, Simulation> };

self.onmessage = (event: MessageEvent<SimulateRequest>) => {
  const start = performance.now();
  const results: Record<string, Simulation> = {};
  for (const [issue, inputs] of Object.entries(event.data.issues))
    if (inputs.length > 0) results[issue] = simulate(inputs, event.data.draws, event.data.seed);
  (self as unknown as Worker).postMessage({ ms: performance.now() - start, results } satisfies SimulateReply);
};
