/**
 * The what-if's speed at the bench's scale (60 sides, 30 issues), measured in Node: what one slider
 * move recomputes and re-renders (the moved issue's control — the others are memoised — and the
 * totals table), and the Monte Carlo of 10,000 draws over every issue. Synthetic, seeded inputs.
 */
import { renderToString } from 'react-dom/server';
import { simulate, mulberry32, type BargainInput } from '../analysis/bargain';
import type { SettlementData } from '../proposals/view';
import { stakeholderStyle } from '../colors';
import { IssueControl } from '../../components/settlement/issue-control';
import { SideTotals } from '../../components/settlement/side-totals';

export const TARGETS = { redrawMs: 50, monteCarloMs: 500 };

export function syntheticSettlement(sides = 60, issues = 30, seed = 7): SettlementData {
  const random = mulberry32(seed);
  const data: SettlementData = {
    asOf: '2030-01-01',
    issues: Array.from({ length: issues }, (_, i) => ({
      id: `issue-${i}`,
      title: `Issue ${i}`,
      scale: { min: 'low', mid: 'mid', max: 'high' },
    })),
    sides: Array.from({ length: sides }, (_, s) => ({
      id: `side-${s}`,
      name: `Side ${s}`,
      abbreviation: `S${s}`.slice(0, 4).toUpperCase().padEnd(2, 'X'),
      style: stakeholderStyle(s),
      mark: 'M10 2 L18 18 L2 18 Z',
      role: 'party' as const,
    })),
    observers: [],
    stances: {},
    redLines: {},
    model: {},
    modelNotes: [],
    starts: [],
  };
  for (const side of data.sides) {
    data.stances[side.id] = {};
    for (const issue of data.issues) {
      const low = Math.floor(random() * 80);
      const high = random() < 0.5 ? low : low + Math.floor(random() * 20);
      data.stances[side.id]![issue.id] = {
        low,
        high,
        stance: low === high ? { value: low } : { min: low, max: high },
        positionId: 'x',
        asOf: '2030-01-01',
      };
    }
  }
  for (const issue of data.issues) {
    data.redLines[issue.id] = data.sides
      .slice(0, 5)
      .map((side) => ({ demand: `${side.id}-${issue.id}`, side: side.id, text: 'A red line', place: { above: 90 } }));
    data.model[issue.id] = data.sides.map((side): BargainInput => {
      const st = data.stances[side.id]![issue.id]!;
      return {
        side: side.id,
        low: st.low,
        high: st.high,
        salience: { min: 0.2, max: 0.8 },
        clout: { min: 0.1, max: 0.6 },
      };
    });
  }
  return data;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function measureSettlement() {
  const data = syntheticSettlement();
  const values: Record<string, number> = Object.fromEntries(data.issues.map((i, k) => [i.id, (k * 7) % 101]));
  const redraws: number[] = [];
  const redrawCpu: number[] = [];
  for (let run = 0; run < 15; run++) {
    values['issue-0'] = (run * 13) % 101;
    const cpu = process.cpuUsage();
    const start = performance.now();
    renderToString(
      <>
        <IssueControl issue={data.issues[0]!} data={data} value={values['issue-0']} onChange={() => {}} />
        <SideTotals data={data} values={values} />
      </>,
    );
    redraws.push(performance.now() - start);
    redrawCpu.push(process.cpuUsage(cpu).user / 1000);
  }
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const inputs of Object.values(data.model)) simulate(inputs, 10_000, 1);
  const monteCarloMs = performance.now() - start;
  const monteCarloCpuMs = process.cpuUsage(cpu).user / 1000;
  return { redrawMs: median(redraws.slice(3)), redrawCpuMs: median(redrawCpu.slice(3)), monteCarloMs, monteCarloCpuMs };
}

export function printSettlementBench() {
  const { redrawMs, redrawCpuMs, monteCarloMs, monteCarloCpuMs } = measureSettlement();
  // Wall time is what a user waits; CPU time (this process only) shows the cost when the machine is shared.
  const line = (name: string, ms: number, cpuMs: number, target: number) =>
    `${name.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms wall  ${cpuMs.toFixed(1).padStart(8)} ms CPU   target ≤ ${target} ms   ${ms <= target ? 'ok' : 'MISS'}`;
  console.log('\n== What-if (/settlement/) at 60 sides × 30 issues, measured in Node ==');
  console.log(
    line('Slider move, Node lower bound: render the issue + totals', redrawMs, redrawCpuMs, TARGETS.redrawMs),
  );
  console.log(
    line(
      'Monte Carlo: 10,000 draws over every issue (one thread)',
      monteCarloMs,
      monteCarloCpuMs,
      TARGETS.monteCarloMs,
    ),
  );
  console.log(
    [
      '  What these stand for: the Node slider figure is the same computation and the same React components the',
      '  page re-renders on a move (the moved issue and the totals), rendered to a string: it leaves out the DOM',
      '  commit, layout and paint, so it is a lower bound; the Chromium line (next) is the page itself, built at',
      '  this scale, to the next drawn frame. The Monte Carlo runs the same code as the page’s Web Worker, on the same engine',
      '  (V8); `npm run bench:settlement` also times it in a fresh worker in Chromium. The first run in a process',
      '  includes the engine compiling the draw loop, as the page’s worker does on every load.',
    ].join('\n'),
  );
  return { redrawMs, redrawCpuMs, monteCarloMs, monteCarloCpuMs };
}

/** The Chromium slider figure (see sliderInChromium), against the same target as the Node lower bound. */
export function printSliderInChromium(times: number[] | string) {
  const name = 'Slider move in Chromium on the scale build (to next frame)';
  if (typeof times === 'string') {
    console.log(`${name.padEnd(58)} not measured: ${times}`);
    return;
  }
  const ms = median(times);
  console.log(
    `${name.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms wall (median of ${times.length}; ${times.map((t) => t.toFixed(0)).join(', ')})   target ≤ ${TARGETS.redrawMs} ms   ${ms <= TARGETS.redrawMs ? 'ok' : 'MISS'}`,
  );
}
