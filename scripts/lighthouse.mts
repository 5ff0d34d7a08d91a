/**
 * `npm run lighthouse`: serves the build (out/, or STANDPOINT_OUT_DIR) and runs Lighthouse on its main
 * routes — found in the build, at most six — with the desktop preset (performance, accessibility,
 * best practices, SEO), then mobile performance (Lighthouse's default: a mid-range phone, 4× CPU
 * slowdown, slow 4G). Prints a table; exits 1 if a score is under its target (desktop performance
 * 98, mobile performance 90, the rest 100). Each run's full report is kept in .tmp/lighthouse/ (what
 * cost the points). Slow (~15 s a run), so not part of `npm test`.
 * Options: --port N (default 3303), --max N routes.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { mainRoutes, outDir, siteRoutes } from '../lib/site/pages.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serveBuild } from './serve-build.mjs';
import { commandLine, portFlag, userError } from './cli.mjs';

const { values } = commandLine(
  `
usage: npm run lighthouse [-- --port N] [--max N]

Runs Lighthouse (desktop preset, then mobile performance) on up to N main routes of the build in out/
(or STANDPOINT_OUT_DIR); prints a table and exits 1 below target (desktop performance 98, mobile
performance 90, the rest 100). Full reports go to .tmp/lighthouse/. About 2 minutes.
  --port N     the port the build is served on (default 3303)
  --max N      how many routes at most (default 6)
  -h, --help   this help
`,
  { options: { port: { type: 'string' }, max: { type: 'string' } } },
);
const port = portFlag('--port', values.port, 3303);
const max = Number(values.max ?? '6');
if (!Number.isInteger(max) || max < 1) userError(`--max must be a whole number of routes, not "${values.max}"`);
const routes = mainRoutes(siteRoutes(outDir()), max);
const TARGETS: Record<string, number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const CATEGORIES = Object.keys(TARGETS);
const MOBILE_TARGET = 90;
const REPORTS = path.join(process.cwd(), '.tmp', 'lighthouse');
fs.mkdirSync(REPORTS, { recursive: true });

const server = await serveBuild({ port });
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
let failed = false;
try {
  // A throwaway first run: the first measurement otherwise pays for a cold browser and server.
  await lighthouse(
    `http://127.0.0.1:${port}/`,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
    desktopConfig,
  );
  const rows: string[][] = [];
  for (const route of routes) {
    const url = `http://127.0.0.1:${port}${route}`;
    const desktop = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      desktopConfig,
    );
    const mobile = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const score = (lhr: typeof desktop, c: string) => Math.round((lhr?.lhr.categories[c]?.score ?? 0) * 100);
    const scores = CATEGORIES.map((c) => score(desktop, c));
    const mobileScore = score(mobile, 'performance');
    const misses = [
      ...CATEGORIES.filter((c, i) => scores[i]! < TARGETS[c]!),
      ...(mobileScore < MOBILE_TARGET ? ['mobile performance'] : []),
    ];
    if (misses.length) failed = true;
    const name = route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
    fs.writeFileSync(path.join(REPORTS, `${name}.desktop.json`), JSON.stringify(desktop!.lhr));
    fs.writeFileSync(path.join(REPORTS, `${name}.mobile.json`), JSON.stringify(mobile!.lhr));
    // What cost points, so a miss can be acted on.
    const audits = [desktop!, mobile!].flatMap((run) =>
      Object.values(run.lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
        .filter((a) => a.scoreDisplayMode === 'binary' || (run === mobile && a.score < 0.9))
        .map((a) => (run === mobile ? `mobile ${a.id}` : a.id)),
    );
    rows.push([
      route,
      ...scores.map(String),
      String(mobileScore),
      misses.length ? `below target: ${misses.join(', ')}; failing audits: ${audits.join(', ') || '—'}` : 'ok',
    ]);
  }
  const head = ['route', 'perf', 'a11y', 'best-pr.', 'SEO', 'mobile perf', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(
    `Lighthouse ${createRequire(import.meta.url)('lighthouse/package.json').version}, desktop preset (targets: perf ≥ 98, others 100); mobile preset (target: perf ≥ ${MOBILE_TARGET})`,
  );
  console.log(line(head));
  for (const r of rows) console.log(line(r));
} finally {
  await chrome.kill();
  server.stop();
}
process.exit(failed ? 1 : 0);
