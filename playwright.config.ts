import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The markup fixture build (scripts/markup-fixture.ts → out-markup/) is served on the next port.
export const MARKUP_PORT = PORT + 1;
// The history fixture build (scripts/history-fixture.ts → out-history/) is served on the one after.
export const HISTORY_PORT = PORT + 2;
// The size fixture build (scripts/size-fixture.ts → out-size/) is served on the one after that.
export const SIZE_PORT = PORT + 3;
// The settlement fixture build (scripts/settlement-fixture.ts → out-settlement/) on the one after that.
export const SETTLEMENT_PORT = PORT + 4;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 720 },
    launchOptions: chromiumLaunchOptions(),
  },
  // The intake journey builds a second site (a Next build, ~1 min of both cores); it runs after the
  // other specs so their timings are not starved by it.
  projects: [
    { name: 'site', testIgnore: /(intake|history-.*|size-.*|settlement-.*)\.spec\.ts/ },
    // Positions over time, on the history fixture's build (its own baseURL).
    { name: 'history', testMatch: /history-.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${HISTORY_PORT}` } },
    // A deck that fits any data, on the size fixture's build (many sides, sources and long texts).
    { name: 'size', testMatch: /size-.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SIZE_PORT}` } },
    // Proposals, the what-if and the model, on the settlement fixture's build.
    {
      name: 'settlement',
      testMatch: /settlement-.*\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${SETTLEMENT_PORT}` },
    },
    { name: 'intake', testMatch: /intake\.spec\.ts/, dependencies: ['site'] },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve.mjs --port ${MARKUP_PORT}`,
      env: { STANDPOINT_OUT_DIR: 'out-markup' },
      url: `http://127.0.0.1:${MARKUP_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve.mjs --port ${HISTORY_PORT}`,
      env: { STANDPOINT_OUT_DIR: 'out-history' },
      url: `http://127.0.0.1:${HISTORY_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve.mjs --port ${SIZE_PORT}`,
      env: { STANDPOINT_OUT_DIR: 'out-size' },
      url: `http://127.0.0.1:${SIZE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node scripts/serve.mjs --port ${SETTLEMENT_PORT}`,
      env: { STANDPOINT_OUT_DIR: 'out-settlement' },
      url: `http://127.0.0.1:${SETTLEMENT_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
