/**
 * `npm run migrate` on a copy of a version-1 folder (lib/fixtures/v1-data, fictional): the loader
 * refuses the old folder naming the command; after it the folder loads, every record and field is
 * still there (an event's `scheduled` carried over as `kind`; sources without `kind`/`extent` given
 * conservative ones, flagged for review), a second run changes nothing, and problems the migration
 * did not cause are said to be so.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataFolder, formatProblem } from '../load';
import { FILES, SCHEMA_VERSION } from '../schema';
import { migrateFiles } from '.';
import { runMigration } from './run';

const V1 = path.resolve('lib/fixtures/v1-data');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-migrate-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const readJson = (dir: string, file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
const snapshot = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
  );
// In-process (scripts/migrate.ts only prints what runMigration returns): spawning tsx takes seconds.
const migrate = (dir: string) => {
  const run = runMigration(dir);
  return { status: run.status, stdout: run.stdout.join('\n'), stderr: run.stderr.join('\n') };
};

describe('npm run migrate', () => {
  const dir = path.join(tmp, 'data');
  fs.cpSync(V1, dir, { recursive: true });

  it('the loader refuses a version-1 folder with one problem that names the command', () => {
    const result = readDataFolder(dir);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /dataset\.json: version — is 1, an older data format .* run `npm run migrate -- .*data`/,
    );
  });

  it('upgrades the folder in place, keeping every record and field', () => {
    const run = migrate(dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/version 1 → 2/);
    const result = readDataFolder(dir);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);

    expect(readJson(dir, 'dataset.json')).toEqual({
      ...readJson(V1, 'dataset.json'),
      version: SCHEMA_VERSION,
      staleAfterDays: 60,
    });
    // Every file but the three that changed is byte-for-byte the same.
    for (const { file } of Object.values(FILES).filter(
      (f) => !['dataset.json', 'events.json', 'sources.json'].includes(f.file),
    ))
      expect(fs.readFileSync(path.join(dir, file), 'utf8'), file).toBe(fs.readFileSync(path.join(V1, file), 'utf8'));
    expect(fs.readFileSync(path.join(dir, 'sources/harbour-gazette.txt'), 'utf8')).toBe(
      fs.readFileSync(path.join(V1, 'sources/harbour-gazette.txt'), 'utf8'),
    );
    // Events: same records in the same order; scheduled: true → kind "planned", scheduled: false → default.
    const before = readJson(V1, 'events.json').events as Record<string, unknown>[];
    const after = readJson(dir, 'events.json').events as Record<string, unknown>[];
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
    after.forEach((event, i) => {
      const { scheduled, ...rest } = before[i]!;
      expect(event).toEqual(scheduled ? { ...rest, kind: 'planned' } : rest);
    });
    const loaded = result.ok ? result.data : undefined;
    expect(loaded?.events.map((e) => [e.id, e.kind])).toEqual([
      ['next-round', 'planned'],
      ['talks-stall', 'happened'],
    ]);
  });

  it('sources without kind and extent get the conservative values the fixture README lists, flagged for review', () => {
    const sources = readJson(dir, 'sources.json').sources as Record<string, unknown>[];
    const before = readJson(V1, 'sources.json').sources as Record<string, unknown>[];
    // lib/fixtures/v1-data/README.md: the expected answers.
    expect(sources.map((s) => [s.id, s.kind, s.extent, s.inferred])).toEqual([
      ['harbour-gazette', 'news-report', 'excerpt', ['kind', 'extent']],
      ['northland-ministry-note', 'official-statement', 'excerpt', ['title', 'kind', 'extent']],
    ]);
    sources.forEach((source, i) => {
      const { kind, extent, inferred, inferenceNote, ...rest } = source;
      void [kind, extent, inferred];
      const { inferred: _i, inferenceNote: oldNote, ...oldRest } = before[i]!;
      void _i;
      expect(rest).toEqual(oldRest);
      expect(inferenceNote).toMatch(/npm run migrate \(format version 1 → 2\) set .*; review and correct\.$/);
      if (oldNote)
        expect(inferenceNote).toMatch(new RegExp(`^${String(oldNote).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `));
    });
  });

  it('a second run changes nothing', () => {
    const once = snapshot(dir);
    const run = migrate(dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/already at version 2; nothing to do/);
    expect(snapshot(dir)).toEqual(once);
  });

  it('says truthfully that a problem in a record the migration did not touch is not from the format change', () => {
    const broken = path.join(tmp, 'broken');
    fs.cpSync(V1, broken, { recursive: true });
    const statements = readJson(broken, 'statements.json');
    statements.statements[0].quotes[0] = 'the north pier stays ours, whatever happens.';
    fs.writeFileSync(path.join(broken, 'statements.json'), JSON.stringify(statements, null, 2));
    const run = migrate(broken);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/1 problem\(s\) in records the migration did not change/);
    expect(run.stderr).toMatch(
      /statements\.json: statements\[0\] \(id "brell-pier"\)\.quotes\[0\] — quote not found verbatim/,
    );
    expect(run.stderr).not.toMatch(/caused by the format change/);
  });

  it('refuses a version it does not know, changing nothing', () => {
    const files = { 'dataset.json': { version: 0 } };
    expect(() => migrateFiles(files)).toThrow(/"version" is 0; this code reads version 2 and can upgrade from 1/);
    expect(files['dataset.json']).toEqual({ version: 0 });
  });
});
