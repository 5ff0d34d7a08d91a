#!/usr/bin/env node
// `npm run export:pdf`: renders the briefing deck in out/ to a PDF with Chromium, one slide per
// landscape page. Options: --out FILE (default: the deck's own name, e.g.
// standpoint-brief-2025-08-07-russia-ukraine-territory.pdf — the data's as-of date and the narrowing), --query "s=russia,ukraine&i=territory" (or "since=2025-08-01").
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { serveBuild } from './serve-build.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const out = arg('--out', null);
const query = arg('--query', '');
const port = Number(arg('--port', process.env.PDF_PORT ?? 3190));

const { origin, stop } = await serveBuild({ port, probe: '/brief/' });
try {
  const url = `${origin}/brief/${query ? `?${query}` : ''}`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  // The deck's key listener is attached after hydration: the slides are final by then.
  await page.locator('html[data-deck-keys="on"]').waitFor({ state: 'attached' });
  // With ?asof= or ?since= the deck is worked out in the browser after that: wait until it is.
  await page.locator('.deck[data-ready]:not([data-pending])').waitFor({ state: 'attached' });
  const slides = await page.locator('.deck[data-ready] .slide').count();
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
