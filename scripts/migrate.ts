/**
 * `npm run migrate [-- <data folder>]`: upgrades a data folder (data/ by default) written for an
 * older schema version to the current one, in place. Every record is kept; only the fields whose
 * shape changed are rewritten, and fields the new format requires that old data cannot know get
 * conservative values listed in `inferred` for review. Running it on a current folder changes
 * nothing. Afterwards the folder is validated and any problems printed, each said to come from the
 * format change or not (lib/migrate/run.ts). It runs under the data folder's lock, like a studio save.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runMigration } from '../lib/migrate/run';
import { LockedError, recoverData, withDataLock } from './studio/commit';
import { commandLine } from './cli.mjs';

const { positionals } = commandLine(
  `
usage: npm run migrate [-- <data folder>]

Upgrades a data folder (data/, STANDPOINT_DATA_DIR, or the folder given) written for an older schema
version to the current one, in place, then validates it. A current folder is left unchanged.
  -h, --help   this help
`,
  { positionals: 1 },
);
const dir = path.resolve(positionals[0] ?? process.env.STANDPOINT_DATA_DIR ?? 'data');
// Under the data folder's lock, as a studio save is (scripts/studio/commit.ts): a save landing
// half-way through a migration would otherwise be overwritten by the migrated files.
let run: ReturnType<typeof runMigration>;
try {
  run = fs.existsSync(dir)
    ? withDataLock(
        dir,
        () => {
          recoverData(dir);
          return runMigration(dir);
        },
        5_000,
      )
    : runMigration(dir);
} catch (error) {
  if (!(error instanceof LockedError)) throw error;
  console.error(
    `${dir}: a studio save or another migration holds the data folder; nothing was changed. Try again in a moment.`,
  );
  process.exit(1);
}
for (const line of run.stdout) console.log(line);
for (const line of run.stderr) console.error(line);
process.exit(run.status);
