#!/usr/bin/env node
// Makes sure the end-to-end tests have a Chromium. Playwright's own browser download is blocked on
// our machines, so we use Debian's: found at $CHROMIUM_PATH or /usr/bin/chromium, or installed with
// apt-get when running as root (a fresh CI machine). Elsewhere (a laptop) Playwright's own browser
// is used if it is installed.
// The deck's .pptx is checked by rendering it through LibreOffice headless and reading the PDF with
// poppler's pdftotext (e2e/deck-fit.ts): Debian's libreoffice-impress, fonts-crosextra-carlito (the
// metrics of PowerPoint's Calibri) and poppler-utils are installed the same way when missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

const OFFICE = ['libreoffice-impress', 'fonts-crosextra-carlito', 'poppler-utils'];
const hasOffice = () => existsSync('/usr/bin/soffice') && existsSync('/usr/bin/pdftotext');
if (!hasOffice()) {
  if (isRoot && hasApt) {
    console.log(`LibreOffice not found: installing ${OFFICE.join(', ')} with apt-get (a few minutes)…`);
    execSync(`apt-get update -qq && apt-get install -y -qq --no-install-recommends ${OFFICE.join(' ')}`, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (!hasOffice()) {
      console.error('apt-get ran but soffice or pdftotext is still missing.');
      process.exit(1);
    }
  } else
    console.warn(
      'No LibreOffice (soffice) or pdftotext found and cannot install them: the .pptx checks of e2e/brief.spec.ts\n' +
        'and e2e/size-deck.spec.ts will fail. Install libreoffice-impress, fonts-crosextra-carlito and poppler-utils.',
    );
} else console.log('LibreOffice: /usr/bin/soffice');

// The e2e run also serves the build with Debian's nginx (e2e/server-headers.spec.ts).
if (!existsSync('/usr/sbin/nginx') && isRoot && hasApt) {
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
