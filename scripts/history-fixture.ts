/**
 * `npm run build:history`: builds the history fixture (lib/fixtures/history-data — a fictional data
 * folder whose positions move over four months) into out-history/, leaving out/ alone. The e2e
 * project "history" (e2e/history-*.spec.ts) serves and checks that build: as-of views, change and
 * staleness markers, the changes page, the deck's changes slide.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { commandLine } from './cli.mjs';

commandLine(`
usage: npm run build:history

Builds the history fixture (lib/fixtures/history-data, a fictional data folder whose positions move
over four months) into out-history/, for the e2e project "history". out/ is left alone.
  -h, --help   this help
`);

export const HISTORY_DATA_DIR = path.resolve('lib/fixtures/history-data');
export const HISTORY_OUT_DIR = path.resolve('out-history');

const built = spawnSync(process.execPath, ['scripts/build.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, STANDPOINT_DATA_DIR: HISTORY_DATA_DIR, STANDPOINT_OUT_DIR: HISTORY_OUT_DIR },
});
process.exit(built.status ?? 1);
