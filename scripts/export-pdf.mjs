#!/usr/bin/env node
// `npm run export:pdf`: renders the briefing deck in out/ to a PDF with Chromium, one slide per
// landscape page. Options: --out FILE (default: the deck's own name, e.g.
// standpoint-brief-2025-08-07-russia-ukraine-territory.pdf — the data's as-of date and the narrowing), --query "s=russia,ukraine&i=territory" (or "since=2025-08-01").
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { serveBuild } from './serve-build.mjs';
import { commandLine, portFlag } from './cli.mjs';

const { values } = commandLine(
  `
usage: npm run export:pdf [-- --out FILE] [--query QUERY] [--port N]

Renders the briefing deck of the build in out/ (or STANDPOINT_OUT_DIR) to a PDF, one slide a page.
  --out FILE     the PDF to write (default: the deck's own name, with its as-of date and narrowing)
  --query QUERY  the deck's URL parameters, e.g. "s=russia,ukraine&i=territory" or "since=2025-08-01"
  --port N       the port the build is served on while rendering (default $PDF_PORT or 3190)
  -h, --help     this help
`,
  { options: { out: { type: 'string' }, query: { type: 'string' }, port: { type: 'string' } } },
);
const out = values.out ?? null;
const query = values.query ?? '';
const port = portFlag('--port', values.port ?? process.env.PDF_PORT, 3190);

const { origin, stop } = await serveBuild({ port, probe: '/brief/' });
try {
  const url = `${origin}/brief/${query ? `?${query}` : ''}`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  // The deck's key listener is attached after hydration: the slides are final by then.
  await page.locator('html[data-deck-keys="on"]').waitFor({ state: 'attached' });
  // The page holds its first slides; the others come from /brief/slides/<n>.json (a narrowed deck from
  // its issues' facts, /brief/facts/*.json, with ?asof= or ?since= worked out in the browser): wait until every slide is in.
  await page.locator('.deck[data-ready]:not([data-pending])').waitFor({ state: 'attached' });
  const slides = Number(await page.locator('.deck[data-ready]').getAttribute('data-slides'));
  // Printing puts every slide in the page (only the one shown is there on screen).
  await page.emulateMedia({ media: 'print' });
  await page.locator('.deck[data-printing]').waitFor({ state: 'attached' });
  const outFile = path.resolve(out ?? (await page.locator('.deck[data-ready]').getAttribute('data-file-name')));
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(outFile, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  console.log(
    `wrote ${path.relative(process.cwd(), outFile)}: ${pages} pages for ${slides} slides (${(pdf.length / 1024).toFixed(0)} KiB)`,
  );
  await browser.close();
  if (pages !== slides) process.exitCode = 1;
} finally {
  stop();
}
