/**
 * `npm run build:settlement`: builds the settlement fixture (lib/fixtures/settlement-data — fictional
 * lake talks with a plan, a counter-plan, a revision and model inputs) into out-settlement/, leaving
 * out/ alone. The e2e project "settlement" (e2e/settlement-*.spec.ts) serves and checks that build.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const built = spawnSync(process.execPath, ['scripts/build.mjs'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    STANDPOINT_DATA_DIR: path.resolve('lib/fixtures/settlement-data'),
    STANDPOINT_OUT_DIR: path.resolve('out-settlement'),
  },
});
process.exit(built.status ?? 1);
