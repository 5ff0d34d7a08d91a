/**
 * `npm run bench`: how the site holds up at scale. Generates a synthetic dataset (60 sides, 30 issues,
 * 20 sources, 10,000 statements, 2,000 demands; lib/bench/synthetic.ts), builds it and the seed data
 * into their own folders (out-bench-seed/, out-bench-scale/ — out/ is left alone), and prints:
 * build time and peak memory, export size, HTML and first-load JS per route, a cold load (load event
 * and LCP, median of 3) of every kind of route at scale against issue 24's budgets, the largest
 * response header (budget 8 KiB: proxies refuse more), the briefing deck's slide files and how soon a slide
 * the page does not carry shows (lib/bench/deck.ts), the matrix's render timings in Chromium, and a
 * naive baseline (the same matrix and one Recharts chart rendered client-side from the full JSON,
 * built with Vite in .tmp/) with ratios ours/baseline. Budgets are flagged, not enforced.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { build as viteBuild } from 'vite';
import { syntheticDataset } from '../lib/bench/synthetic.ts';
import { siteRoutes } from '../lib/site/pages.ts';
import { routeSizes } from './route-sizes.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';
import { serveBuild } from './serve-build.mjs';
import { commandLine } from './cli.mjs';
import { printSettlementBench, printSliderInChromium } from '../lib/bench/settlement.tsx';
import { sliderInChromium } from '../lib/bench/settlement-browser.ts';
import { benchDeck, deckReport } from '../lib/bench/deck.ts';

const { values } = commandLine(
  `
usage: npm run bench [-- --reuse]

The scale benchmark: builds the seed data and a synthetic set (60 sides, 30 issues, 10,000 statements,
2,000 demands) into out-bench-*/, measures them and a naive client-side baseline, and flags budget
misses. About 3 minutes.
  --reuse      measure the folders the last run built (build figures read n/a)
  -h, --help   this help
`,
  { options: { reuse: { type: 'boolean' } } },
);

const ROOT = process.cwd();
const TMP = path.join(ROOT, '.tmp');
const SCALE_DATA = path.join(TMP, 'bench-data');
const OUT = { seed: path.join(ROOT, 'out-bench-seed'), scale: path.join(ROOT, 'out-bench-scale') };
const BASELINE = path.join(TMP, 'bench-baseline');
const PORTS = { seed: 3305, scale: 3306, baseline: 3307 };
const KiB = 1024;
const kib = (n: number) => (n / KiB).toFixed(1);
const gz = (buf: Buffer | string) => zlib.gzipSync(buf, { level: 9 }).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
// Issue 24's budgets for every route at scale (flagged, not enforced) and the as-of switch.
const LCP_BUDGET_MS = 1000;
const LOAD_BUDGET_MS = 1500;
const HTML_GZ_BUDGET = 300 * KiB;
const HTML_RAW_BUDGET = 3 * KiB * KiB;
const ASOF_BUDGET_MS = 50;

type RouteSize = ReturnType<typeof routeSizes>[number];

/**
 * The build's routes by kind: a static route stands for itself; a dynamic one (`/issues/<id>/`, more
 * than three pages under one folder) by its largest page (HTML gzip).
 */
function routeKinds(sizes: RouteSize[]): Map<string, RouteSize> {
  const all = sizes.map((s) => s.route);
  const kindOf = (route: string) => {
    const [first, second] = route.split('/').filter(Boolean);
    const siblings = all.filter((r) => r.startsWith(`/${first}/`) && r.split('/').filter(Boolean).length === 2).length;
    return second && siblings > 3 ? `/${first}/<id>/ (×${siblings}, largest)` : route;
  };
  const kinds = new Map<string, RouteSize>();
  for (const r of sizes) {
    const kind = kindOf(r.route);
    const prev = kinds.get(kind);
    if (!prev || r.htmlGzip > prev.htmlGzip) kinds.set(kind, r);
  }
  return kinds;
}

/** The per-route budget rows: how many routes miss each, and the worst. */
function routeBudgets(
  rows: { kind: string; r: RouteSize; t: { loadMs: number; lcpMs: number } }[],
): [string, boolean, string][] {
  const rowFor = (
    name: string,
    value: (row: (typeof rows)[number]) => number,
    limit: number,
    unit: (n: number) => string,
  ) => {
    const worst = [...rows].sort((a, b) => value(b) - value(a))[0]!;
    const misses = rows.filter((row) => !(value(row) <= limit)).length;
    return [
      `every route at scale: ${name}`,
      misses === 0,
      `${misses ? `${misses} of ${rows.length} over; ` : ''}largest ${worst.kind} ${unit(value(worst))}`,
    ] as [string, boolean, string];
  };
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const size = (n: number) => `${kib(n)} KiB`;
  return [
    rowFor(`LCP ≤ ${LCP_BUDGET_MS} ms`, (row) => row.t.lcpMs, LCP_BUDGET_MS, ms),
    rowFor(`load event ≤ ${LOAD_BUDGET_MS} ms`, (row) => row.t.loadMs, LOAD_BUDGET_MS, ms),
    rowFor(`HTML ≤ ${HTML_GZ_BUDGET / KiB} KiB gz`, (row) => row.r.htmlGzip, HTML_GZ_BUDGET, size),
    rowFor(`HTML ≤ ${HTML_RAW_BUDGET / KiB / KiB} MB raw`, (row) => row.r.htmlBytes, HTML_RAW_BUDGET, size),
  ];
}

function table(head: string[], rows: (string | number)[][]) {
  const cells = rows.map((r) => r.map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells) console.log(line(r));
  console.log();
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Runs the project's build with the given data and export folder; wall time and the peak RSS summed over the process tree. */
async function timedBuild(dataDir: string | undefined, outDir: string): Promise<{ seconds: number; peakMiB: number }> {
  const started = performance.now();
  const env = { ...process.env, STANDPOINT_OUT_DIR: outDir, ...(dataDir ? { STANDPOINT_DATA_DIR: dataDir } : {}) };
  const child = spawn(process.execPath, ['scripts/build.mjs'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  let peak = 0;
  const sample = setInterval(() => {
    const ps = spawnSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' }).stdout;
    const procs = ps
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number]);
    const tree = new Set([child.pid!]);
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, ppid] of procs) {
        if (tree.has(ppid) && !tree.has(pid)) {
          tree.add(pid);
          grew = true;
        }
      }
    }
    peak = Math.max(
      peak,
      procs.filter(([pid]) => tree.has(pid)).reduce((n, [, , rss]) => n + rss, 0),
    );
  }, 250);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(sample);
  if (code !== 0) throw new Error(`build into ${outDir} failed`);
  return { seconds: (performance.now() - started) / 1000, peakMiB: peak / 1024 };
}

/** The naive pattern: one client component fetches every JSON file and renders matrix + chart in the browser. */
async function buildBaseline(dataDir: string) {
  fs.rmSync(BASELINE, { recursive: true, force: true });
  fs.mkdirSync(path.join(BASELINE, 'public'), { recursive: true });
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(dataDir, f), 'utf8'));
  const full = Object.fromEntries(
    ['dataset', 'sources', 'stakeholders', 'actors', 'issues', 'statements', 'positions', 'demands', 'events'].map(
      (k) => [k, read(`${k}.json`)],
    ),
  );
  full.texts = Object.fromEntries(
    full.sources.sources.map((s: { id: string }) => [
      s.id,
      fs.readFileSync(path.join(dataDir, 'sources', `${s.id}.txt`), 'utf8'),
    ]),
  );
  fs.writeFileSync(path.join(BASELINE, 'public', 'data.json'), JSON.stringify(full));
  fs.writeFileSync(
    path.join(BASELINE, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head><body><div id="root"></div><script type="module" src="/main.js"></script></body></html>',
  );
  fs.writeFileSync(
    path.join(BASELINE, 'main.js'),
    `import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
function App() {
  const [d, setD] = useState(null);
  useEffect(() => { fetch('/data.json').then((r) => r.json()).then(setD); }, []);
  if (!d) return h('p', null, 'Loading…');
  const sides = d.stakeholders.stakeholders, issues = d.issues.issues;
  const actorSide = new Map(d.actors.actors.map((a) => [a.id, a.stakeholder]));
  const counts = sides.map((s) => ({ abbr: s.abbreviation, statements: d.statements.statements.filter((st) => actorSide.get(st.actor) === s.id).length }));
  const pos = new Map();
  for (const p of d.positions.positions) { const k = p.stakeholder + '|' + p.issue; if (!pos.has(k) || pos.get(k).asOf < p.asOf) pos.set(k, p); }
  return h('main', null,
    h(BarChart, { width: 1200, height: 300, data: counts }, h(XAxis, { dataKey: 'abbr' }), h(YAxis), h(Tooltip), h(Bar, { dataKey: 'statements', fill: '#1e40af', isAnimationActive: false })),
    h('table', null, h('thead', null, h('tr', null, h('th', null, 'Issue'), sides.map((s) => h('th', { key: s.id }, s.name)))),
      h('tbody', null, issues.map((i) => h('tr', { key: i.id }, h('th', null, i.title), sides.map((s) => {
        const p = pos.get(s.id + '|' + i.id);
        return h('td', { key: s.id }, p ? [h('p', { key: 's' }, p.summary), p.stance ? h('p', { key: 'v' }, 'Stance ' + p.stance.value + '/100') : null, h('p', { key: 'n' }, p.statements.length + ' statements')] : 'No stated position');
      }))))));
}
createRoot(document.getElementById('root')).render(h(App));
`,
  );
  await viteBuild({
    root: BASELINE,
    logLevel: 'silent',
    build: { outDir: path.join(BASELINE, 'dist'), emptyOutDir: true },
  });
  const dist = path.join(BASELINE, 'dist');
  fs.writeFileSync(`${dist}.serve.json`, '{}'); // served without extra headers: the pattern as usually deployed
  const js = fs
    .readdirSync(path.join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + gz(fs.readFileSync(path.join(dist, 'assets', f))), 0);
  return {
    dir: dist,
    htmlGzip: gz(fs.readFileSync(path.join(dist, 'index.html'))),
    jsGzip: js,
    dataGzip: gz(fs.readFileSync(path.join(dist, 'data.json'))),
  };
}

type Timing = { matrixMs: number; loadMs: number; lcpMs: number; tableWidth: number; tableHeight: number };

/**
 * Median of three cold loads (a fresh browser context each, 1280×720): the load event, LCP and, when
 * `rows` is given, when the matrix table holds that many rows.
 */
async function coldLoads(browser: Browser, url: string, rows = 0): Promise<Timing> {
  const runs: Timing[] = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.addInitScript((need: number) => {
      const w = window as unknown as { __matrixAt?: number; __lcp?: number };
      if (need > 0)
        new MutationObserver(() => {
          if (w.__matrixAt === undefined && document.querySelectorAll('table tbody tr').length >= need)
            w.__matrixAt = performance.now();
        }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__lcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    }, rows);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (rows > 0)
      await page.waitForFunction(() => (window as unknown as { __matrixAt?: number }).__matrixAt !== undefined, null, {
        timeout: 120_000,
      });
    await page.waitForLoadState('networkidle');
    runs.push(
      await page.evaluate(() => {
        const w = window as unknown as { __matrixAt?: number; __lcp?: number };
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          matrixMs: w.__matrixAt ?? NaN,
          loadMs: nav.loadEventEnd,
          lcpMs: w.__lcp ?? NaN,
          tableWidth: document.querySelector('table')?.scrollWidth ?? 0,
          tableHeight: document.querySelector('table')?.scrollHeight ?? 0,
        };
      }),
    );
    await context.close();
  }
  return {
    matrixMs: median(runs.map((r) => r.matrixMs)),
    loadMs: median(runs.map((r) => r.loadMs)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tableWidth: runs[0]!.tableWidth,
    tableHeight: runs[0]!.tableHeight,
  };
}

/** Latency of a filter change on a statement list, if the build has one: change → DOM settled (next frame after the last mutation). */
async function filterLatency(
  browser: Browser,
  base: string,
  routes: string[],
): Promise<{ route: string; ms: number } | string> {
  const route = routes.find((r) => /statements/.test(r));
  if (!route) return 'no statement list page in this build yet — skipped';
  const page = await (await browser.newContext()).newPage();
  await page.goto(base + route, { waitUntil: 'networkidle' });
  const ms = await page.evaluate(async () => {
    const control = document.querySelector<HTMLSelectElement | HTMLInputElement>(
      'main select, main input[type=search], main input[type=text]',
    );
    if (!control) return -1;
    const t0 = performance.now();
    let last = t0;
    const settled = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        last = performance.now();
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            observer.disconnect();
            resolve(last - t0);
          }),
        );
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      setTimeout(() => resolve(-2), 5000);
    });
    if (control instanceof HTMLSelectElement)
      control.value = control.options[Math.min(1, control.options.length - 1)]!.value;
    else Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(control, 'issue 3');
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    return settled;
  });
  if (ms === -1) return `${route} has no filter control (select or text input) — skipped`;
  if (ms === -2) return `${route}: changing its first filter changed nothing within 5 s`;
  return { route, ms };
}

/**
 * The as-of switch on `/`: set a new date in the "As of" control, and time until the frame that shows
 * the matrix of that day (its wrapper carries data-asof) is drawn — read, as Interaction to Next Paint
 * reads it, when the page's main thread has drawn that frame (a message posted from the frame's
 * animation callback runs right after its paint). Also read at the start of the frame after it (a second
 * animation frame: what this bench read before round 3's ninth session, which adds whatever runs between
 * the two frames and up to one frame's wait). Each switch starts on an idle page. The first switch also
 * fetches and parses /data/history.json (cold); the next ones compute from the records already loaded (warm).
 */
type SwitchTimes = { drawn: number; nextFrame: number };
async function asOfSwitch(
  browser: Browser,
  url: string,
  days: string[],
): Promise<{ cold: SwitchTimes; warm: SwitchTimes[] } | string> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
  await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
  if ((await page.locator('main input[type=date]').count()) === 0) return 'no date control on / — skipped';
  // The control listens once the page is hydrated, which on a loaded machine can come after the network
  // is idle: a date set before that was lost and the first switch timed out (read as -1).
  await page.waitForFunction(
    () => Object.keys(document.querySelector('main input[type=date]')!).some((k) => k.startsWith('__reactProps')),
    undefined,
    { timeout: 60_000 },
  );
  const times: SwitchTimes[] = [];
  for (const day of days) {
    // Each switch from an idle page, as a reader's next date comes (the control waits for a typed date to
    // be whole, and a picked one takes longer than any work a switch leaves behind): not queued behind
    // the previous switch's deferred work (the squares' spoken names, the address, the page's links).
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
    times.push(
      await page.evaluate(async (day: string) => {
        const input = document.querySelector<HTMLInputElement>('main input[type=date]')!;
        const t0 = performance.now();
        // No named helpers in here: the bench runs through tsx, whose helper names do not exist in the page.
        const shown = new Promise<{ drawn: number; nextFrame: number }>((resolve) => {
          const observer = new MutationObserver(() => {
            if (!document.querySelector(`[data-asof="${day}"] table`)) return;
            observer.disconnect();
            let drawn = -1;
            requestAnimationFrame(() => {
              // Posted from the frame's animation callback: delivered once that frame is painted.
              const channel = new MessageChannel();
              channel.port1.onmessage = () => (drawn = performance.now() - t0);
              channel.port2.postMessage(null);
              requestAnimationFrame(() => {
                const nextFrame = performance.now() - t0;
                // (Never later than the next frame, should the message be kept waiting past it.)
                resolve({ drawn: drawn < 0 ? nextFrame : drawn, nextFrame });
              });
            });
          });
          observer.observe(document.body, { childList: true, subtree: true, attributes: true });
          setTimeout(() => resolve({ drawn: -1, nextFrame: -1 }), 60_000);
        });
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, day);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return shown;
      }, day),
    );
  }
  await page.context().close();
  if (times.some((t) => t.drawn < 0))
    return `the matrix did not show a new date within 60 s (${times.map((t) => t.drawn).join(', ')})`;
  return { cold: times[0]!, warm: times.slice(1) };
}

type HeaderFigure = { bytes: number; route: string; name: string; metaBytes: number; metaRoute: string };

/**
 * The largest response header line (`Name: value`, bytes) the server sends for any route of the
 * build — what proxies cap (often at 8 KiB) — and the largest CSP <meta> tag a page carries instead.
 */
async function largestHeader(port: number, routes: string[]): Promise<HeaderFigure> {
  const figure: HeaderFigure = { bytes: 0, route: '', name: '', metaBytes: 0, metaRoute: '' };
  for (const route of [...routes, '/no-such-page/', '/_next/']) {
    const { rawHeaders, body } = await new Promise<{ rawHeaders: string[]; body: string }>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path: route, maxHeaderSize: 1 << 20 }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ rawHeaders: res.rawHeaders, body }));
      });
      req.on('error', reject);
    });
    for (let i = 0; i < rawHeaders.length; i += 2) {
      const bytes = Buffer.byteLength(`${rawHeaders[i]}: ${rawHeaders[i + 1]}`);
      if (bytes > figure.bytes) Object.assign(figure, { bytes, route, name: rawHeaders[i] });
    }
    const meta = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(body)?.[0] ?? '';
    if (meta.length > figure.metaBytes) Object.assign(figure, { metaBytes: meta.length, metaRoute: route });
  }
  return figure;
}

// ---------------------------------------------------------------------------------------------
fs.mkdirSync(TMP, { recursive: true });
console.log('Generating the synthetic dataset…');
fs.rmSync(SCALE_DATA, { recursive: true, force: true });
for (const [name, text] of syntheticDataset()) {
  fs.mkdirSync(path.dirname(path.join(SCALE_DATA, name)), { recursive: true });
  fs.writeFileSync(path.join(SCALE_DATA, name), text);
}
console.log('Building the seed data and the synthetic set (one at a time)…');
// --reuse: measure the folders the last run built (for working on this script; build figures read n/a).
const reuse = values.reuse === true && fs.existsSync(OUT.seed) && fs.existsSync(OUT.scale);
type BuildFigure = { seconds: number; peakMiB: number } | undefined;
const builds: Record<'seed' | 'scale', BuildFigure> = reuse
  ? { seed: undefined, scale: undefined }
  : { seed: await timedBuild(undefined, OUT.seed), scale: await timedBuild(SCALE_DATA, OUT.scale) };
console.log('Building the naive baseline with Vite…');
const baseline = await buildBaseline(SCALE_DATA);

const sizes = { seed: routeSizes(OUT.seed), scale: routeSizes(OUT.scale) };
const routes = { seed: siteRoutes(OUT.seed), scale: siteRoutes(OUT.scale) };
const servers = await Promise.all([
  serveBuild({ dir: OUT.seed, port: PORTS.seed, probe: '/404.html' }),
  serveBuild({ dir: OUT.scale, port: PORTS.scale, probe: '/404.html' }),
  serveBuild({ dir: baseline.dir, port: PORTS.baseline }),
]);
let browser: Browser | undefined;
try {
  browser = await chromium.launch(chromiumLaunchOptions());
  const seedRows = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'issues.json'), 'utf8')).issues.length;
  const timing = {
    seed: await coldLoads(browser, `http://127.0.0.1:${PORTS.seed}/`, seedRows),
    scale: await coldLoads(browser, `http://127.0.0.1:${PORTS.scale}/`, 30),
    baseline: await coldLoads(browser, `http://127.0.0.1:${PORTS.baseline}/`, 30),
  };
  // Every kind of route at scale, one page each (the largest of a dynamic kind): a cold load.
  const kinds = { seed: routeKinds(sizes.seed), scale: routeKinds(sizes.scale) };
  const routeTimes = new Map<string, Timing>();
  for (const [kind, r] of kinds.scale)
    if (routes.scale.includes(r.route))
      routeTimes.set(
        kind,
        r.route === '/' ? timing.scale : await coldLoads(browser, `http://127.0.0.1:${PORTS.scale}${r.route}`),
      );
  const filter = await filterLatency(browser, `http://127.0.0.1:${PORTS.scale}`, routes.scale);
  // Days inside the synthetic data's range (statements Jan–Jul 2025), each one new to the page.
  const switchDays = ['2025-03-01', '2025-04-15', '2025-05-20', '2025-06-10', '2025-07-01', '2025-03-20'];
  const asOf = await asOfSwitch(browser, `http://127.0.0.1:${PORTS.scale}/`, switchDays);
  const history = (k: 'seed' | 'scale') => {
    const file = path.join(OUT[k], 'data', 'history.json');
    if (!fs.existsSync(file)) return undefined;
    const text = fs.readFileSync(file);
    return { raw: text.length, gzip: gz(text) };
  };
  const historySize = { seed: history('seed'), scale: history('scale') };
  const headers = {
    seed: await largestHeader(PORTS.seed, routes.seed),
    scale: await largestHeader(PORTS.scale, routes.scale),
  };
  // The briefing deck at scale: its slide files and how soon a slide the page does not carry shows (lib/bench/deck.ts).
  const deck = deckReport(await benchDeck(browser, `http://127.0.0.1:${PORTS.scale}`, OUT.scale));

  console.log('\n== Build (2 cores) ==');
  table(
    ['data', 'build s', 'peak RSS MiB (tree)', 'export MiB', 'HTML pages'],
    (['seed', 'scale'] as const).map((k) => [
      k,
      builds[k]?.seconds.toFixed(1) ?? 'n/a',
      builds[k]?.peakMiB.toFixed(0) ?? 'n/a',
      (dirBytes(OUT[k]) / KiB / KiB).toFixed(1),
      sizes[k].length,
    ]),
  );

  console.log('== Per route: HTML and first-load JS (KiB; gz = gzip -9) ==');
  for (const k of ['seed', 'scale'] as const) {
    console.log(`-- ${k} --`);
    table(
      ['route', 'HTML', 'HTML gz', 'first-load JS gz'],
      [...kinds[k]].map(([kind, r]) => [kind, kib(r.htmlBytes), kib(r.htmlGzip), kib(r.jsGzip)]),
    );
  }

  console.log(
    `== Every route at scale: a cold load in Chromium, 1280×720, median of 3 (ms from navigation start; budgets LCP ≤ ${LCP_BUDGET_MS} ms, load ≤ ${LOAD_BUDGET_MS} ms, HTML ≤ ${HTML_GZ_BUDGET / KiB} KiB gz and ≤ ${HTML_RAW_BUDGET / KiB / KiB} MB raw) ==`,
  );
  const routeRows = [...kinds.scale].flatMap(([kind, r]) => {
    const t = routeTimes.get(kind);
    if (!t) return [];
    const misses = [
      t.lcpMs <= LCP_BUDGET_MS ? '' : 'LCP',
      t.loadMs <= LOAD_BUDGET_MS ? '' : 'load',
      r.htmlGzip <= HTML_GZ_BUDGET ? '' : 'HTML gz',
      r.htmlBytes <= HTML_RAW_BUDGET ? '' : 'HTML raw',
    ].filter(Boolean);
    return [{ kind, r, t, misses }];
  });
  table(
    ['route', 'HTML KiB', 'HTML gz KiB', 'load event', 'LCP', 'budgets'],
    routeRows.map(({ kind, r, t, misses }) => [
      kind,
      kib(r.htmlBytes),
      kib(r.htmlGzip),
      t.loadMs.toFixed(0),
      t.lcpMs.toFixed(0),
      misses.length ? `MISS ${misses.join(', ')}` : 'ok',
    ]),
  );

  console.log('== Chromium, 1280×720, median of 3 cold loads (ms from navigation start) ==');
  const home = (k: 'seed' | 'scale') => sizes[k].find((r) => r.route === '/')!;
  const baselineFirstLoad = baseline.htmlGzip + baseline.jsGzip + baseline.dataGzip;
  const oursRow = (k: 'seed' | 'scale') => [
    `ours, ${k} /`,
    timing[k].matrixMs.toFixed(0),
    timing[k].loadMs.toFixed(0),
    timing[k].lcpMs.toFixed(0),
    kib(home(k).htmlGzip + home(k).jsGzip),
    kib(home(k).jsGzip),
    timing[k].tableWidth,
  ];
  table(
    ['page', 'matrix in DOM', 'load event', 'LCP', 'bytes to matrix gz KiB', 'JS gz KiB', 'matrix width px'],
    [
      oursRow('seed'),
      oursRow('scale'),
      [
        'baseline, scale',
        timing.baseline.matrixMs.toFixed(0),
        timing.baseline.loadMs.toFixed(0),
        timing.baseline.lcpMs.toFixed(0),
        kib(baselineFirstLoad),
        kib(baseline.jsGzip),
        timing.baseline.tableWidth,
      ],
      [
        'ratio ours/baseline (scale)',
        (timing.scale.matrixMs / timing.baseline.matrixMs).toFixed(2),
        (timing.scale.loadMs / timing.baseline.loadMs).toFixed(2),
        (timing.scale.lcpMs / timing.baseline.lcpMs).toFixed(2),
        ((home('scale').htmlGzip + home('scale').jsGzip) / baselineFirstLoad).toFixed(2),
        (home('scale').jsGzip / baseline.jsGzip).toFixed(2),
        '',
      ],
    ],
  );
  console.log(
    `Baseline = one client component fetching every data file (data.json ${kib(baseline.dataGzip)} KiB gz) and drawing the matrix and one Recharts bar chart; built with Vite in .tmp/bench-baseline.`,
  );
  console.log(
    typeof filter === 'string'
      ? `Filter change: ${filter}`
      : `Filter change on ${filter.route}: ${filter.ms.toFixed(0)} ms`,
  );
  console.log('\n== Over time: the as-of view of / ==');
  for (const k of ['seed', 'scale'] as const) {
    const size = historySize[k];
    console.log(
      size
        ? `Data an as-of view loads (${k}): /data/history.json ${kib(size.raw)} KiB (${kib(size.gzip)} KiB gz), once per page.`
        : `Data an as-of view loads (${k}): no /data/history.json in this build.`,
    );
  }
  console.log(
    typeof asOf === 'string'
      ? `As-of switch at scale: ${asOf}`
      : [
          `As-of switch on / at scale (date set in the control → the frame showing that day's matrix drawn): first ${asOf.cold.drawn.toFixed(0)} ms (fetches and parses history.json), then ${asOf.warm.map((t) => t.drawn.toFixed(0)).join(', ')} ms (median ${median(asOf.warm.map((t) => t.drawn)).toFixed(0)} ms).`,
          `  read at the start of the frame after it (two animation frames, this bench's reading before): first ${asOf.cold.nextFrame.toFixed(0)} ms, then ${asOf.warm.map((t) => t.nextFrame.toFixed(0)).join(', ')} ms (median ${median(asOf.warm.map((t) => t.nextFrame)).toFixed(0)} ms).`,
        ].join('\n'),
  );
  console.log('\n== Response headers (proxies often refuse a header over 8 KiB) ==');
  for (const k of ['seed', 'scale'] as const)
    console.log(
      `Largest response header (${k}, ${routes[k].length} routes): ${headers[k].name} on ${headers[k].route}, ${headers[k].bytes} bytes (${kib(headers[k].bytes)} KiB); the script hashes travel in the page instead (largest CSP <meta>: ${kib(headers[k].metaBytes)} KiB, ${headers[k].metaRoute}).`,
    );
  console.log(
    `Matrix at scale: ${timing.scale.tableWidth} × ${timing.scale.tableHeight} px in a 1280 × 720 viewport (${(timing.scale.tableWidth / 1280).toFixed(1)} screens across, ${(timing.scale.tableHeight / 720).toFixed(0)} screens down; seed: ${timing.seed.tableWidth} × ${timing.seed.tableHeight} px).`,
  );

  console.log('\n== Briefing deck at scale (/brief/) ==');
  for (const line of deck.lines) console.log(line);

  const budgets: [string, boolean | null, string][] = [
    [
      'home first-load JS ≤ 150 KiB gz (seed and scale)',
      Math.max(home('seed').jsGzip, home('scale').jsGzip) <= 150 * KiB,
      `${kib(Math.max(home('seed').jsGzip, home('scale').jsGzip))} KiB`,
    ],
    ...(['seed', 'scale'] as const).map((k): [string, boolean, string] => {
      const worst = [...sizes[k]].sort((a, b) => b.jsGzip - a.jsGzip)[0]!;
      return [
        `every page first-load JS ≤ 270 KiB gz (${k})`,
        worst.jsGzip <= 270 * KiB,
        `largest ${worst.route} ${kib(worst.jsGzip)} KiB`,
      ];
    }),
    ['home HTML on the seed ≤ 60 KiB gz', home('seed').htmlGzip <= 60 * KiB, `${kib(home('seed').htmlGzip)} KiB`],
    // The scale targets of issue 10: the home page carries the matrix, not every statement card.
    ['home HTML at scale ≤ 100 KiB gz', home('scale').htmlGzip <= 100 * KiB, `${kib(home('scale').htmlGzip)} KiB`],
    [
      'matrix in DOM at scale ≤ 0.5× the naive baseline',
      timing.scale.matrixMs <= 0.5 * timing.baseline.matrixMs,
      `${timing.scale.matrixMs.toFixed(0)} ms vs ${timing.baseline.matrixMs.toFixed(0)} ms (${(timing.scale.matrixMs / timing.baseline.matrixMs).toFixed(2)}×)`,
    ],
    [
      'filter change ≤ 100 ms at scale',
      typeof filter === 'string' ? null : filter.ms <= 100,
      typeof filter === 'string' ? 'not measured (see above)' : `${filter.ms.toFixed(0)} ms`,
    ],
    [
      `as-of switch on / at scale ≤ ${ASOF_BUDGET_MS} ms (a new date, records loaded)`,
      typeof asOf === 'string' ? null : median(asOf.warm.map((t) => t.drawn)) <= ASOF_BUDGET_MS,
      typeof asOf === 'string'
        ? 'not measured (see above)'
        : `median ${median(asOf.warm.map((t) => t.drawn)).toFixed(0)} ms (${median(asOf.warm.map((t) => t.nextFrame)).toFixed(0)} ms to the frame after)`,
    ],
    [
      'as-of first switch at scale ≤ 1 s (fetches the records)',
      typeof asOf === 'string' ? null : asOf.cold.drawn <= 1000,
      typeof asOf === 'string' ? 'not measured (see above)' : `${asOf.cold.drawn.toFixed(0)} ms`,
    ],
    [
      'build at scale ≤ 3 min',
      builds.scale ? builds.scale.seconds <= 180 : null,
      builds.scale ? `${builds.scale.seconds.toFixed(0)} s` : 'n/a (--reuse: not built)',
    ],
    ...routeBudgets(routeRows),
    [
      'every response header ≤ 8 KiB (seed and scale)',
      Math.max(headers.seed.bytes, headers.scale.bytes) <= 8 * KiB,
      `largest ${headers.scale.bytes >= headers.seed.bytes ? `${headers.scale.name} on ${headers.scale.route} (scale)` : `${headers.seed.name} on ${headers.seed.route} (seed)`} ${Math.max(headers.seed.bytes, headers.scale.bytes)} bytes`,
    ],
    ...deck.budgets,
  ];
  console.log('\n== Budgets ==');
  table(
    ['budget', 'result', 'measured'],
    budgets.map(([name, ok, value]) => [name, ok === null ? 'n/a' : ok ? 'ok' : 'MISS', value]),
  );
  console.log(
    `Home HTML at scale: ${kib(home('scale').htmlBytes)} KiB (${kib(home('scale').htmlGzip)} KiB gz) — not budgeted, reported.`,
  );
  // The what-if's slider redraw and Monte Carlo, at the same scale (lib/bench/settlement.tsx), then the
  // slider on the scale build's /settlement/ in Chromium (lib/bench/settlement-browser.ts).
  printSettlementBench();
  printSliderInChromium(await sliderInChromium(browser, `http://127.0.0.1:${PORTS.scale}`));
} finally {
  await browser?.close();
  for (const s of servers) s.stop();
}
