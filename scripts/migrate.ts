/**
 * `npm run migrate [-- <data folder>]`: upgrades a data folder (data/ by default) written for an
 * older schema version to the current one, in place. Every record is kept; only the fields whose
 * shape changed are rewritten. Running it on a folder that is already current changes nothing.
 * Afterwards the folder is validated as `npm run validate` would, and the problems (if any) printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FILES, SCHEMA_VERSION } from '../lib/schema';
import { migrateFiles, type DataFiles } from '../lib/migrate';
import { displayPath, readDataFolder, summariseProblems } from '../lib/load';
import { jsonSchemas } from '../lib/json-schema';
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
if (!fs.existsSync(path.join(dir, FILES.dataset.file))) {
  console.error(`✗ ${displayPath(dir)}: no ${FILES.dataset.file} here — is this a data folder?`);
  process.exit(1);
}

const files: DataFiles = {};
for (const { file } of Object.values(FILES)) {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) continue;
  try {
    files[file] = JSON.parse(fs.readFileSync(full, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    console.error(`✗ ${displayPath(full)}: not valid JSON (${(error as Error).message}); fix it, then migrate`);
    process.exit(1);
  }
}
const before = Object.fromEntries(Object.entries(files).map(([file, json]) => [file, JSON.stringify(json)]));

let steps;
try {
  steps = migrateFiles(files);
} catch (error) {
  console.error(`✗ ${displayPath(dir)}/${(error as Error).message}`);
  process.exit(1);
}
if (steps.length === 0) {
  console.log(`✓ ${displayPath(dir)} is already at version ${SCHEMA_VERSION}; nothing to do`);
} else {
  // Write every file first to a temporary name, then rename: a failure half-way leaves the old files.
  const changed = Object.keys(files).filter((file) => JSON.stringify(files[file]) !== before[file]);
  for (const file of changed)
    fs.writeFileSync(path.join(dir, `${file}.migrating`), JSON.stringify(files[file], null, 2) + '\n');
  for (const file of changed) fs.renameSync(path.join(dir, `${file}.migrating`), path.join(dir, file));
  // The editor schemas beside the data describe the new version too.
  const schemaDir = path.join(dir, 'schema');
  if (fs.existsSync(schemaDir))
    for (const [name, schema] of Object.entries(jsonSchemas()))
      fs.writeFileSync(path.join(schemaDir, `${name}.schema.json`), JSON.stringify(schema, null, 2) + '\n');
  for (const step of steps) {
    console.log(`✓ ${displayPath(dir)}: version ${step.from} → ${step.to}`);
    for (const change of step.changes) console.log(`  ${change}`);
  }
}
const result = readDataFolder(dir);
if (!result.ok) {
  console.error(`✗ after migrating, ${result.problems.length} problem(s) remain (not caused by the format change):`);
  for (const line of summariseProblems(result.problems)) console.error(line);
  process.exit(1);
}
console.log(`✓ ${displayPath(dir)} is valid at version ${SCHEMA_VERSION}`);
