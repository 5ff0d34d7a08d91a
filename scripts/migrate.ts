/**
 * `npm run migrate [-- <data folder>]`: upgrades a data folder (data/ by default) written for an
 * older schema version to the current one, in place. Every record is kept; only the fields whose
 * shape changed are rewritten, and fields the new format requires that old data cannot know get
 * conservative values listed in `inferred` for review. Running it on a current folder changes
 * nothing. Afterwards the folder is validated and any problems printed, each said to come from the
 * format change or not (lib/migrate/run.ts).
 */
import path from 'node:path';
import { runMigration } from '../lib/migrate/run';
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
const run = runMigration(path.resolve(positionals[0] ?? process.env.STANDPOINT_DATA_DIR ?? 'data'));
for (const line of run.stdout) console.log(line);
for (const line of run.stderr) console.error(line);
process.exit(run.status);
