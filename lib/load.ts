/**
 * The only module that touches the file system: reads a data folder, parses and validates every
 * file, cross-checks them, and either returns the raw dataset or every problem found —
 * one line each, `file: field path — message`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { FILES, INVISIBLE_CONTROLS, MIGRATABLE_VERSIONS, SCHEMA_VERSION, unreadableText } from './schema';
import type { Problem, RawDataset } from './types';
import { checkDataset, summariseProblems } from './validate';
import { jsonSyntaxMessage } from './validate/json-syntax';
import { fieldPath } from './validate/field-path';
import { schemaMessage } from './validate/schema-message';
import { proposalProblems } from './proposals/load';

export { formatProblem, summariseProblems } from './validate';
export type { Problem } from './types';

/** The data folder: `data/`, or the folder named by STANDPOINT_DATA_DIR (fixtures, benchmarks). */
export function dataDir(): string {
  const override = process.env.STANDPOINT_DATA_DIR;
  return override ? path.resolve(override) : path.join(process.cwd(), 'data');
}

/** A path as people should read it in an error: relative to where they ran the command. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel.split(path.sep).join('/') : file;
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
}

function parseFile<S extends z.ZodType>(
  dir: string,
  file: string,
  schema: S,
  problems: Problem[],
  lenient?: Failed,
): z.infer<S> | undefined {
  const full = path.join(dir, file);
  const shown = displayPath(full);
  let text: string;
  try {
    text = fs.readFileSync(full, 'utf8');
  } catch {
    problems.push({ file: shown, path: '(file)', message: 'file is missing' });
    return undefined;
  }
  // Editors on Windows may save a byte-order mark; it is not part of the JSON.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    problems.push({ file: shown, path: '(file)', message: 'file is empty' });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push({ file: shown, path: '(file)', message: jsonSyntaxMessage(text, error) });
    return undefined;
  }
  const result = schema.safeParse(json, { error: schemaMessage });
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file: shown, path: fieldPath(issue.path, json), message: issue.message });
    }
    return lenient ? readLeniently(schema, json, result.error.issues, shown, lenient) : undefined;
  }
  return result.data;
}

/** Where a record failed the schema: its file and the path of each failed field (cross-checks say nothing there). */
type Failed = { file: string; path: string }[];

/**
 * A list file that failed the schema only inside its records, read field by field so the cross-file
 * checks still run in the same run: a failed record keeps every field that passes on its own (its
 * references, quotes, passage) and leaves out the fields that failed, whose problems are already
 * reported. Undefined when the failure is not inside records (a missing list, an unknown top-level key).
 * The result is only ever checked, never built: the folder has failed already.
 */
function readLeniently<S extends z.ZodType>(
  schema: S,
  json: unknown,
  issues: readonly z.core.$ZodIssue[],
  shown: string,
  failed: Failed,
): z.infer<S> | undefined {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  const key = shape && Object.keys(shape).find((k) => k !== '$schema');
  const list = key ? (json as Record<string, unknown>)[key] : undefined;
  const item = key ? (shape[key] as unknown as { element?: { shape?: Record<string, z.ZodType> } }).element : undefined;
  const fields = item?.shape;
  if (!key || !Array.isArray(list) || !fields) return undefined;
  const byRecord = new Map<number, Set<string>>();
  for (const issue of issues) {
    const [top, index, field] = issue.path;
    if (top !== key || typeof index !== 'number' || typeof field !== 'string') return undefined;
    byRecord.set(index, (byRecord.get(index) ?? new Set()).add(field));
  }
  const records = list.map((raw: unknown, index) => {
    const parsed = (item as unknown as z.ZodType).safeParse(raw);
    if (parsed.success) return parsed.data;
    const bad = byRecord.get(index) ?? new Set<string>();
    const kept: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(fields)) {
      const one = field.safeParse((raw as Record<string, unknown>)[name]);
      if (one.success && !bad.has(name)) {
        if (one.data !== undefined) kept[name] = one.data;
      } else bad.add(name);
    }
    for (const name of bad) failed.push({ file: shown, path: fieldPath([key, index, name], json) });
    return kept;
  });
  return { [key]: records } as z.infer<S>;
}

/** The cross-check problems, less those at a field that failed the schema (already reported, and read as missing). */
function notAtFailed(found: Problem[], failed: Failed): Problem[] {
  return found.filter(
    (p) =>
      !failed.some(
        (f) =>
          p.file === f.file &&
          (p.path === f.path || (/^[.[]/.test(p.path.slice(f.path.length)) && p.path.startsWith(f.path))),
      ),
  );
}

/** The version a data folder declares, when dataset.json can be read; undefined otherwise. */
export function declaredVersion(dir: string): unknown {
  try {
    const text = fs.readFileSync(path.join(dir, FILES.dataset.file), 'utf8').replace(/^\uFEFF/, '');
    const json: unknown = JSON.parse(text);
    return json && typeof json === 'object' ? (json as { version?: unknown }).version : undefined;
  } catch {
    return undefined;
  }
}

function olderVersion(dir: string): Problem | undefined {
  const version = declaredVersion(dir);
  if (!(MIGRATABLE_VERSIONS as readonly unknown[]).includes(version)) return undefined;
  return {
    file: displayPath(path.join(dir, FILES.dataset.file)),
    path: 'version',
    message: `is ${String(version)}, an older data format than this code reads (${SCHEMA_VERSION}): run \`npm run migrate${dir === path.join(process.cwd(), 'data') ? '' : ` -- ${displayPath(dir)}`}\` to upgrade the folder in place (it keeps every record)`,
  };
}

/**
 * The data, or the errors that stop it loading. `warnings` (either way) are where a rule could not
 * decide — an order approximate dates leave open — reported, but not stopping the build.
 */
export type LoadResult =
  { ok: true; data: RawDataset; warnings: Problem[] } | { ok: false; problems: Problem[]; warnings: Problem[] };

/** Reads and checks a whole data folder. Never throws on bad data: it reports it. */
export function readDataFolder(dir: string = dataDir()): LoadResult {
  const problems: Problem[] = [];
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    return {
      ok: false,
      problems: [{ file: displayPath(dir), path: '(folder)', message: 'data folder not found' }],
      warnings: [],
    };
  }
  // An older data format fails almost every file; the one thing to say is how to upgrade it.
  const old = olderVersion(dir);
  if (old) return { ok: false, problems: [old], warnings: [] };
  const failed: Failed = [];
  const dataset = parseFile(dir, FILES.dataset.file, FILES.dataset.schema, problems);
  const sources = parseFile(dir, FILES.sources.file, FILES.sources.schema, problems, failed)?.sources;
  const stakeholders = parseFile(
    dir,
    FILES.stakeholders.file,
    FILES.stakeholders.schema,
    problems,
    failed,
  )?.stakeholders;
  const actors = parseFile(dir, FILES.actors.file, FILES.actors.schema, problems, failed)?.actors;
  const issues = parseFile(dir, FILES.issues.file, FILES.issues.schema, problems, failed)?.issues;
  const statements = parseFile(dir, FILES.statements.file, FILES.statements.schema, problems, failed)?.statements;
  const positions = parseFile(dir, FILES.positions.file, FILES.positions.schema, problems, failed)?.positions;
  const demands = parseFile(dir, FILES.demands.file, FILES.demands.schema, problems, failed)?.demands;
  const events = parseFile(dir, FILES.events.file, FILES.events.schema, problems, failed)?.events;

  const texts = new Map<string, string>();
  (sources ?? []).forEach((source, index) => {
    const file = path.join(dir, 'sources', `${source.id}.txt`);
    try {
      const text = fs.readFileSync(file, 'utf8');
      const invisible = INVISIBLE_CONTROLS.exec(text);
      if (text.trim() === '')
        problems.push({ file: displayPath(file), path: '(file)', message: 'source text is empty' });
      else if (invisible)
        problems.push({
          file: displayPath(file),
          path: lineColumn(text, invisible.index),
          message: unreadableText(invisible[0])!,
        });
      else texts.set(source.id, text);
    } catch {
      problems.push({
        file: displayPath(path.join(dir, FILES.sources.file)),
        path: `sources[${index}] (id "${source.id}").id`,
        message: `no text file for this source: expected ${displayPath(file)}`,
      });
    }
  });

  // Cross-file rules need every JSON file; a missing or unreadable source text only skips the
  // verbatim checks against that source, so every other problem still shows in the same run.
  if (!dataset || !sources || !stakeholders || !actors || !issues || !statements || !positions || !demands || !events) {
    return { ok: false, problems, warnings: [] };
  }
  const { $schema: _ignored, ...meta } = dataset;
  void _ignored;
  const data: RawDataset = {
    dataset: meta,
    sources,
    texts,
    stakeholders,
    actors,
    issues,
    statements,
    positions,
    demands,
    events,
  };
  const shownFile = (file: string) => displayPath(path.join(dir, file));
  if (failed.length > 0) {
    // Records read field by field (see readLeniently): every rule that can run on them runs (a rule that
    // needs a field left out is skipped); should even the checks' setup fail, the schema problems stand.
    try {
      const { errors, warnings } = checkDataset(data, shownFile, true);
      problems.push(...notAtFailed([...errors, ...proposalProblems(dir, data, shownFile)], failed));
      return { ok: false, problems, warnings: notAtFailed(warnings, failed) };
    } catch {
      return { ok: false, problems, warnings: [] };
    }
  }
  const { errors, warnings } = checkDataset(data, shownFile);
  problems.push(...errors);
  problems.push(...proposalProblems(dir, data, shownFile));
  return problems.length > 0 ? { ok: false, problems, warnings } : { ok: true, data, warnings };
}

export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The data folder has ${problems.length} problem(s):\n` +
        summariseProblems(problems)
          .map((line) => `  ${line}`)
          .join('\n'),
    );
    this.name = 'DataError';
  }
}
