'use client';
import { memo, useEffect, useState } from 'react';
import type { SettlementData } from '@/lib/proposals/view';
import { modelIssue, type Simulation } from '@/lib/analysis/bargain';
import type { SimulateReply, SimulateRequest } from './simulate.worker';

export const MODEL_CAPTION = 'Model output under analyst judgements — not a forecast';
export const DRAWS = 2000;
const SEED = 20250807;
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');

/**
 * The compromise model: weighted mean and median of the bargaining sides' stances per issue
 * (w = clout × salience, analyst judgements), a decomposition, each side's lever, and 50%/90% bands
 * from a seeded Monte Carlo run in a Web Worker. Captioned as a model wherever its numbers appear.
 * Memoised: it depends on the page's fixed data only, so a slider move does not recompute it.
 */
export const ModelPanel = memo(function ModelPanel({ data }: { data: SettlementData }) {
  const issues = data.issues.flatMap((i) => {
    const m = modelIssue(i.id, data.model[i.id] ?? []);
    return m ? [{ issue: i, m }] : [];
  });
  const [sim, setSim] = useState<{ ms: number; results: Record<string, Simulation> }>();
  useEffect(() => {
    if (issues.length === 0) return;
    const worker = new Worker(new URL('./simulate.worker.ts', import.meta.url));
    worker.onmessage = (e: MessageEvent<SimulateReply>) => setSim(e.data);
    worker.postMessage({ draws: DRAWS, seed: SEED, issues: data.model } satisfies SimulateRequest);
    return () => worker.terminate();
    // The inputs are fixed for the page's life: run once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const nameOf = new Map(data.sides.map((s) => [s.id, s.name] as const));
  return (
    <section
      className="mt-6 rounded border-2 border-amber-700 bg-amber-50 p-3"
      aria-labelledby="model-title"
      data-testid="model-panel"
    >
      <h2 id="model-title" className="text-xl font-semibold">
        The compromise model
      </h2>
      <p className="font-semibold text-amber-900">{MODEL_CAPTION}.</p>
      <p className="text-sm text-slate-800">
        Per issue, the weighted mean and weighted median of the bargaining sides’ stances, each side weighted by clout ×
        salience. Clout, salience and stances are analyst judgements; a range is drawn from evenly in{' '}
        {DRAWS.toLocaleString('en')} seeded draws, giving a 50% and a 90% band. It says where the weights would pull an
        outcome if these judgements held — not what anyone will agree. Observers (
        {data.observers.map((o) => o.name).join(', ') || 'none'}) are not bargaining actors and are left out.
      </p>
      {issues.length === 0 ? (
        <p className="mt-2 italic">
          No analyst inputs (salience and clout) are recorded for any side with a placed stance, so the model has
          nothing to compute.
        </p>
      ) : (
        issues.map(({ issue, m }) => {
          const s = sim?.results[issue.id];
          return (
            <div key={issue.id} className="mt-3" data-model={issue.id}>
              <h3 className="font-semibold">{issue.title}</h3>
              <p className="text-sm" data-testid={`model-${issue.id}`}>
                <span className="font-semibold">({MODEL_CAPTION})</span> Weighted mean {f1(m.mean)}, weighted median{' '}
                {f1(m.median)}
                {s
                  ? `; median’s 50% band ${f1(s.median.p25)}–${f1(s.median.p75)}, 90% band ${f1(s.median.p5)}–${f1(s.median.p95)}; mean’s 90% band ${f1(s.mean.p5)}–${f1(s.mean.p95)}`
                  : '; bands being computed…'}
              </p>
              <div className="mt-1 overflow-x-auto">
                <table className="w-full min-w-[34rem] text-left text-sm [&_td]:pr-3 [&_th]:pr-3">
                  <caption className="sr-only">
                    {issue.title}: each side’s part in the model (analyst judgements)
                  </caption>
                  <thead>
                    <tr className="border-b border-slate-400">
                      <th scope="col">Side</th>
                      <th scope="col">Stance used (a range at its middle)</th>
                      <th scope="col">w = clout × salience</th>
                      <th scope="col">w / Σw</th>
                      <th scope="col">w·x / Σw</th>
                      <th scope="col">Median moves if the side moves 10 down / up</th>
                    </tr>
                  </thead>
                  <tbody>
                    {m.decomposition.map((d, k) => (
                      <tr key={d.side} className="border-b border-amber-200">
                        <th scope="row">{nameOf.get(d.side) ?? d.side}</th>
                        <td>{f1(d.x)}</td>
                        <td>{d.w.toFixed(3)}</td>
                        <td>{d.share.toFixed(3)}</td>
                        <td>{f1(d.contribution)}</td>
                        <td>
                          {f1(m.levers[k]!.down)} / {f1(m.levers[k]!.up)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          );
        })
      )}
      {data.modelNotes.length > 0 ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-semibold">
            The analyst inputs (judgements, with rationale and date)
          </summary>
          <ul className="mt-1 space-y-1">
            {data.modelNotes.map((n) => (
              <li key={`${n.stakeholder}-${n.issue}`}>
                {n.sideName} on {data.issues.find((i) => i.id === n.issue)?.title ?? n.issue}: salience {n.salience.min}
                –{n.salience.max}, clout {n.clout.min}–{n.clout.max} (analyst judgement, {n.date}): {n.rationale}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
});
