/**
 * `npm run migrate [-- <data folder>]` in-process: upgrades a data folder written for an older
 * schema version to the current one, in place, then validates it and says — truthfully — which
 * problems are left where: in records the migration wrote (the format change could not settle them)
 * or in records it never touched. Returns the exit status and the lines printed, so tests need not
 * spawn a process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FILES, SCHEMA_VERSION } from '../schema';
import { migrateFiles, type DataFiles, type MigrationStep } from '.';
import { displayPath, readDataFolder, summariseProblems } from '../load';
import { jsonSchemas } from '../json-schema';
import { jsonSyntaxMessage } from '../validate/json-syntax';
import type { Problem } from '../types';

export type MigrationRun = { status: 0 | 1; stdout: string[]; stderr: string[] };

export function runMigration(dir: string): MigrationRun {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const out = (line: string) => stdout.push(line);
  const err = (line: string) => stderr.push(line);
  const fail = (line?: string): MigrationRun => {
    if (line) err(line);
    return { status: 1, stdout, stderr };
  };
  if (!fs.existsSync(path.join(dir, FILES.dataset.file))) {
    err(`✗ ${displayPath(dir)}: no ${FILES.dataset.file} here — is this a data folder?`);
    return fail();
  }

  const files: DataFiles = {};
  for (const { file } of Object.values(FILES)) {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) continue;
    try {
      files[file] = JSON.parse(fs.readFileSync(full, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      const text = fs.readFileSync(full, 'utf8').replace(/^\uFEFF/, '');
      err(`✗ ${displayPath(full)}: ${jsonSyntaxMessage(text, error)} — fix it, then migrate`);
      return fail();
    }
  }
  const before = Object.fromEntries(Object.entries(files).map(([file, json]) => [file, JSON.stringify(json)]));

  let steps: MigrationStep[];
  try {
    steps = migrateFiles(files);
  } catch (error) {
    err(`✗ ${displayPath(dir)}/${(error as Error).message}`);
    return fail();
  }
  if (steps.length === 0) {
    out(`✓ ${displayPath(dir)} is already at version ${SCHEMA_VERSION}; nothing to do`);
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
      out(`✓ ${displayPath(dir)}: version ${step.from} → ${step.to}`);
      for (const change of step.changes) out(`  ${change}`);
    }
  }
  const result = readDataFolder(dir);
  if (!result.ok) {
    // Say truthfully where each problem comes from: a record the migration wrote (the format change
    // could not settle it), or a record it never touched (the current rules find it in the data as it was).
    const touched = steps.flatMap((step) => step.fields);
    const inTouched = (problem: Problem) =>
      touched.some(
        (field) =>
          problem.file.endsWith(field.file) &&
          (field.path === '' || problem.path === field.path || problem.path.startsWith(`${field.path} `)),
      );
    const fromChange = result.problems.filter(inTouched);
    const asItWas = result.problems.filter((problem) => !inTouched(problem));
    if (fromChange.length > 0) {
      err(
        `✗ after migrating, ${fromChange.length} problem(s) in records the migration changed — caused by the format change, which could not settle them:`,
      );
      for (const line of summariseProblems(fromChange)) err(line);
    }
    if (asItWas.length > 0) {
      err(
        `✗ after migrating, ${asItWas.length} problem(s) in records the migration did not change — the current rules (which may be stricter than those the folder was written for) find them in the data as it was:`,
      );
      for (const line of summariseProblems(asItWas)) err(line);
    }
    return fail();
  }
  for (const line of summariseProblems(result.warnings)) out(line);
  out(`✓ ${displayPath(dir)} is valid at version ${SCHEMA_VERSION}`);
  return { status: 0, stdout, stderr };
}
