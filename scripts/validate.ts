/**
 * `npm run validate`: checks the data folder (data/, or STANDPOINT_DATA_DIR) and prints one line
 * per problem — `file: field path — message`, or `file: N records …` for one repeated across
 * records — exiting 1 if there is any error. Warnings (an order approximate dates leave open) are
 * printed as `WARNING …` lines and do not fail it.
 */
import { dataDir, displayPath, readDataFolder, summariseProblems } from '../lib/load';
import { readProposals } from '../lib/proposals/load';
import { recoverDataLocked } from './studio/commit';
import { commandLine } from './cli.mjs';

commandLine(`
usage: npm run validate

Checks the data folder (data/, or STANDPOINT_DATA_DIR) against the schema and the cross-file rules.
Prints one line per problem (file: field path — message) and exits 1 if there is any.
  -h, --help   this help
`);

const dir = dataDir();
// A studio save a crash interrupted is undone first (scripts/studio/commit.ts), so a build never sees half of one.
const recovered = recoverDataLocked(dir);
if (recovered) console.log(`${displayPath(dir)}: ${recovered}`);
const result = readDataFolder(dir);
if (result.warnings.length > 0) {
  console.warn(
    `⚠ ${displayPath(dir)}: ${result.warnings.length} warning(s) — where a rule could not decide, e.g. an order that approximate dates leave open (not errors; the pages mark them)`,
  );
  for (const line of summariseProblems(result.warnings)) console.warn(line);
}
if (!result.ok) {
  const lines = summariseProblems(result.problems);
  const repeated =
    lines.length < result.problems.length ? ` (a problem repeated across records is one line, with its count)` : '';
  console.error(`✗ ${displayPath(dir)}: ${result.problems.length} problem(s)${repeated}`);
  for (const line of lines) console.error(line);
  process.exit(1);
}
const d = result.data;
// proposals.json is optional; the loader has checked it, so this read only counts its records.
const extra = readProposals(dir, d, displayPath).proposals;
const proposalCount = extra
  ? `, ${extra.proposals.length} proposals` + (extra.model.length > 0 ? `, ${extra.model.length} model inputs` : '')
  : '';
console.log(
  `✓ ${displayPath(dir)}: ${d.sources.length} sources, ${d.stakeholders.length} stakeholders, ${d.actors.length} actors, ` +
    `${d.issues.length} issues, ${d.statements.length} statements, ${d.positions.length} positions, ${d.demands.length} demands, ${d.events.length} events${proposalCount} — all valid` +
    (result.warnings.length > 0 ? `, with ${result.warnings.length} warning(s) above` : ''),
);
