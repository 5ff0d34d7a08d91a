/**
 * `npm run validate`: checks the data folder (data/, or STANDPOINT_DATA_DIR) and prints one line
 * per problem — `file: field path — message`, or `file: N records …` for one repeated across
 * records — exiting 1 if there is any.
 */
import { dataDir, displayPath, readDataFolder, summariseProblems } from '../lib/load';
import { recoverDataLocked } from './studio/commit';

const dir = dataDir();
// A studio save a crash interrupted is undone first (scripts/studio/commit.ts), so a build never sees half of one.
const recovered = recoverDataLocked(dir);
if (recovered) console.log(`${displayPath(dir)}: ${recovered}`);
const result = readDataFolder(dir);
if (!result.ok) {
  const lines = summariseProblems(result.problems);
  const repeated =
    lines.length < result.problems.length ? ` (a problem repeated across records is one line, with its count)` : '';
  console.error(`✗ ${displayPath(dir)}: ${result.problems.length} problem(s)${repeated}`);
  for (const line of lines) console.error(line);
  process.exit(1);
}
const d = result.data;
console.log(
  `✓ ${displayPath(dir)}: ${d.sources.length} sources, ${d.stakeholders.length} stakeholders, ${d.actors.length} actors, ` +
    `${d.issues.length} issues, ${d.statements.length} statements, ${d.positions.length} positions, ${d.demands.length} demands, ${d.events.length} events — all valid`,
);
