// The one place that finds a Chromium and says how to launch it quietly on a closed network.
// Playwright's own browser download is blocked on our machines, so Debian's is used when present.
import { existsSync } from 'node:fs';

/** Debian's (or $CHROMIUM_PATH's) Chromium, or undefined to let Playwright use its own. */
export function findChromium() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
}

/** Launch flags: no sandbox (containers), no GPU, and no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Options for Playwright's chromium.launch(). */
export function chromiumLaunchOptions() {
  return { executablePath: findChromium(), args: CHROMIUM_ARGS };
}
