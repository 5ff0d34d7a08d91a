#!/usr/bin/env node
// `npm run export:pdf`: renders the briefing deck in out/ to a PDF with Chromium, one slide per
// landscape page. Options: --out FILE (default briefing.pdf), --query "s=russia,ukraine&i=territory".
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const outFile = path.resolve(arg('--out', 'briefing.pdf'));
const query = arg('--query', '');
const port = Number(arg('--port', process.env.PDF_PORT ?? 3190));
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));

const server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
const stop = () => server.kill('SIGTERM');
try {
  const url = `http://127.0.0.1:${port}/brief/${query ? `?${query}` : ''}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      if (i > 100) throw new Error(`the static server did not start on port ${port}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--disable-quic'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('.deck[data-ready]').waitFor();
  const slides = await page.locator('.deck[data-ready] .slide').count();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(outFile, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  console.log(`wrote ${path.relative(process.cwd(), outFile)}: ${pages} pages for ${slides} slides (${(pdf.length / 1024).toFixed(0)} KiB)`);
  await browser.close();
  if (pages !== slides) process.exitCode = 1;
} finally {
  stop();
}
