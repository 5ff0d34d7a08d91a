/**
 * `npm run validate`: checks the data folder (data/, or STANDPOINT_DATA_DIR) and prints one line
 * per problem — `file: field path — message` — exiting 1 if there is any.
 */
import { dataDir, displayPath, formatProblem, readDataFolder } from '../lib/load';

const dir = dataDir();
const result = readDataFolder(dir);
if (!result.ok) {
  console.error(`✗ ${displayPath(dir)}: ${result.problems.length} problem(s)`);
  for (const problem of result.problems) console.error(formatProblem(problem));
  process.exit(1);
}
const d = result.data;
console.log(
  `✓ ${displayPath(dir)}: ${d.sources.length} sources, ${d.stakeholders.length} stakeholders, ${d.actors.length} actors, ` +
    `${d.issues.length} issues, ${d.statements.length} statements, ${d.positions.length} positions, ${d.demands.length} demands, ${d.events.length} events — all valid`,
);
