/**
 * `npm run build:size`: builds the size fixture (lib/fixtures/size-data — a fictional data folder with
 * many sides, sources with long titles, long summaries and moving positions) into out-size/, leaving
 * out/ alone. The e2e project "size" (e2e/size-*.spec.ts) serves and checks that build: every slide
 * of the deck fits, in HTML and in the .pptx rendered through LibreOffice.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { commandLine } from './cli.mjs';

commandLine(`
usage: npm run build:size

Builds the size fixture (lib/fixtures/size-data, a fictional data folder with many sides, sources with
long titles and moving positions) into out-size/, for the e2e project "size". out/ is left alone.
  -h, --help   this help
`);

export const SIZE_DATA_DIR = path.resolve('lib/fixtures/size-data');
export const SIZE_OUT_DIR = path.resolve('out-size');

const built = spawnSync(process.execPath, ['scripts/build.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, STANDPOINT_DATA_DIR: SIZE_DATA_DIR, STANDPOINT_OUT_DIR: SIZE_OUT_DIR },
});
process.exit(built.status ?? 1);
