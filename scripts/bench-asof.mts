/**
 * `npm run bench:asof`: the as-of home view at scale in node, no browser. Generates the bench's
 * synthetic dataset (lib/bench/synthetic.ts: 60 sides, 30 issues, 10,000 statements), builds the fast
 * index once (lib/time/home-index.ts), then times the home view for 20 different days, each new to the
 * index (the first after the data is loaded and indexed), and prints build time, median and p90.
 * Figures only, no budget enforced (`npm run bench` measures the switch in Chromium).
 *
 * Options: `--reference` also times the reference (the model cut to the day) on 3 days; `--days N`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticDataset } from '../lib/bench/synthetic.ts';
import { formatProblem, readDataFolder } from '../lib/load.ts';
import { dateKey } from '../lib/dates.ts';
import { daysBefore } from '../lib/time/asof.ts';
import { homeIndex, homeReference } from '../lib/time/home-index.ts';

const args = process.argv.slice(2);
const dayCount = Number(args[args.indexOf('--days') + 1]) || 20;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-bench-asof-'));
let raw;
try {
  for (const [name, text] of syntheticDataset()) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const result = readDataFolder(dir);
  if (!result.ok) throw new Error(result.problems.slice(0, 3).map(formatProblem).join('\n'));
  raw = result.data;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;

const first = raw.statements.map((s) => dateKey(s.date)).sort()[0]!;
const last = dateKey(raw.dataset.asOf);
const span = Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000);
// Spread over the data's time, each day new (none is the data's own date, which the index keeps whole).
const days = Array.from({ length: dayCount }, (_, k) =>
  daysBefore(last, Math.max(1, Math.round((((k * 7919) % dayCount) + 0.5) * (span / dayCount)))),
);

console.log(
  `Data: ${raw.stakeholders.length} sides, ${raw.issues.length} issues, ${raw.statements.length} statements, ${raw.positions.length} positions, ${first} → ${last}.`,
);
let started = performance.now();
const buildCpu = process.cpuUsage();
const index = homeIndex(raw);
const built = process.cpuUsage(buildCpu);
console.log(`Index built in ${ms(performance.now() - started)} (CPU ${ms((built.user + built.system) / 1000)}).`);

// Wall time, and the process's CPU time (user + system), which the other work on a shared machine
// disturbs less.
const times: number[] = [];
const cpu: number[] = [];
for (const day of days) {
  started = performance.now();
  const cpuStart = process.cpuUsage();
  const view = index.viewAsOf(day, null);
  const used = process.cpuUsage(cpuStart);
  times.push(performance.now() - started);
  cpu.push((used.user + used.system) / 1000);
  if (view.asOf !== day) throw new Error(`view for ${day} says ${view.asOf}`);
}
console.log(`As-of home view through the index, ${days.length} new days (${days[0]} …):`);
console.log(
  `  median ${ms(quantile(times, 0.5))}, p90 ${ms(quantile(times, 0.9))}, min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}`,
);
console.log(`  CPU time: median ${ms(quantile(cpu, 0.5))}, p90 ${ms(quantile(cpu, 0.9))}`);
console.log(`  each: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);

if (args.includes('--reference')) {
  const reference = homeReference(raw);
  const ref: number[] = [];
  for (const day of days.slice(0, 3)) {
    started = performance.now();
    reference.viewAsOf(day, null);
    ref.push(performance.now() - started);
  }
  console.log(`Reference (the model cut to the day), 3 days: median ${ms(quantile(ref, 0.5))}.`);
}
