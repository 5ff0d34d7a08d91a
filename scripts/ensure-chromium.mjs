#!/usr/bin/env node
// Makes sure the end-to-end tests have a Chromium. Playwright's own browser download is blocked on
// our machines, so we use Debian's: found at $CHROMIUM_PATH or /usr/bin/chromium, or installed with
// apt-get when running as root (a fresh CI machine). Elsewhere (a laptop) Playwright's own browser
// is used if it is installed.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

// The e2e run also serves the build with Debian's nginx (e2e/server-headers.spec.ts).
if (
  !existsSync('/usr/sbin/nginx') &&
  typeof process.getuid === 'function' &&
  process.getuid() === 0 &&
  existsSync('/usr/bin/apt-get')
) {
  console.log("nginx not found: installing Debian's nginx with apt-get…");
  execSync('apt-get update -qq && apt-get install -y -qq --no-install-recommends nginx', {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log("Chromium not found: installing Debian's chromium with apt-get (about a minute)…");
  execSync('apt-get update -qq && apt-get install -y -qq chromium', {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
  console.error('apt-get ran but /usr/bin/chromium is still missing.');
  process.exit(1);
}
console.warn(
  'No system Chromium found and cannot install one (not root, or no apt-get).\n' +
    "Falling back to Playwright's own browser; if it is missing run `npx playwright install chromium`,\n" +
    'or set CHROMIUM_PATH to a Chromium binary.',
);
