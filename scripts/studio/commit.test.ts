/**
 * A save interrupted at each step of its commit — by an injected fault, and by a real kill -9 of the
 * saving process — leaves a data folder that, once recovered (as the studio's start and
 * `npm run validate` do), validates and holds either all of the old records or all of the new ones.
 * Broken inputs that turn these red: switching files without the journal (or writing the journal
 * after the first rename), recovery that keeps new files instead of putting the old ones back, or a
 * source text left behind by an undone save (the retry is then refused as "already exists").
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readDataFolder } from '../../lib/load';
import { COMMIT_STEPS, LOCK_DIR, recoverDataLocked, TX_DIR, type CommitStep } from './commit';
import { save, versions, type SaveRequest } from './save';
import { articleSave, type Article } from './test-article';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-commit-'));
  fs.cpSync(path.resolve('data'), dir, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

// A fictional article whose save touches six files: the text, sources, actors, statements,
// positions (a drafted position) and dataset.json (the as-of date moves forward).
const PIER: Article = {
  id: 'pier-talks',
  title: 'Pier talks',
  outlet: 'Pier Courier',
  published: '2025-08-09',
  quote: 'The pier stays open until spring',
  saidBy: 'Ilse Varga of the Pier Guild',
  speaker: { id: 'varga', name: 'Ilse Varga', role: 'Pier Guild' },
  statementId: 'varga-pier-open',
  summary: 'The pier stays open until spring.',
};
const request = (): SaveRequest =>
  articleSave(versions(dir), PIER, {
    positions: [
      {
        id: 'analysts-pier-open',
        stakeholder: 'analysts',
        issue: 'summit-format',
        asOf: '2025-08-09',
        summary: 'The pier stays open.',
        statements: ['varga-pier-open'],
      },
    ],
    asOf: '2025-08-09',
  });

/** Every file of the folder and its bytes (the lock and the staging folder excluded). */
const snapshot = () =>
  Object.fromEntries(
    (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
  );

function expectOldOrNew(before: Record<string, string>, expectNew: boolean) {
  const loaded = readDataFolder(dir);
  expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  expect(fs.existsSync(path.join(dir, TX_DIR)), 'staging folder cleaned').toBe(false);
  expect(fs.existsSync(path.join(dir, LOCK_DIR)), 'lock released').toBe(false);
  if (!expectNew) {
    expect(snapshot()).toEqual(before);
    return;
  }
  const data = loaded.ok ? loaded.data : undefined;
  expect(data?.dataset.asOf).toBe('2025-08-09');
  expect(data?.sources.map((s) => s.id)).toContain('pier-talks');
  expect(data?.actors.map((a) => a.id)).toContain('varga');
  expect(data?.statements.map((s) => s.id)).toContain('varga-pier-open');
  expect(data?.positions.map((p) => p.id)).toContain('analysts-pier-open');
}

// The save above switches six files; every step of its commit is a kill point.
const STEPS = COMMIT_STEPS;

describe('a save interrupted at each step of its commit', () => {
  it('has a kill point at every rename of a six-file save', () => {
    expect(save(dir, request())).toMatchObject({ ok: true });
    expect([...STEPS].filter((s) => s.startsWith('switched-') && s !== 'switched-all').length).toBe(6);
  });

  for (const step of STEPS) {
    const committed = step === 'journal-removed';
    it(`at ${step}: after recovery the folder validates and holds the ${committed ? 'new records' : 'old records; a retry is accepted'}`, () => {
      const before = snapshot();
      expect(() => save(dir, request(), { at: step as CommitStep })).toThrow(`injected fault at ${step}`);
      // The studio's start and `npm run validate` both recover first.
      recoverDataLocked(dir);
      expectOldOrNew(before, committed);
      if (!committed) expect(save(dir, request())).toMatchObject({ ok: true });
    });
  }

  it('a save after a crash recovers the folder itself before checking versions', () => {
    const before = snapshot();
    expect(() => save(dir, request(), { at: 'switched-3' })).toThrow();
    // No recovery run in between: the next save undoes the interrupted one first.
    expect(save(dir, { ...request(), versions: versions(dir) })).toMatchObject({ ok: false, conflict: true });
    expectOldOrNew(before, false);
  });

  it('removes temporary files older studios left beside the data files', () => {
    fs.writeFileSync(path.join(dir, 'statements.json.4242.0a1b2c3d.tmp'), '{');
    fs.writeFileSync(path.join(dir, 'sources', 'x.txt.4242.0a1b2c3d.tmp'), 'x');
    expect(recoverDataLocked(dir)).toMatch(/removed 2 leftover temporary file/);
    expect(fs.readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(false);
  });
});

describe('a real kill -9 of the saving process, at each step', () => {
  // The child is bundled to plain JavaScript once, so each start costs a fraction of a second.
  let bundle: string;
  beforeAll(() => {
    bundle = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'studio-kill-')), 'kill-save.cjs');
    buildSync({
      entryPoints: [path.resolve('scripts/studio/kill-save.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: bundle,
      logLevel: 'error',
    });
  });
  afterAll(() => fs.rmSync(path.dirname(bundle), { recursive: true, force: true }));

  for (const step of STEPS) {
    const committed = step === 'journal-removed';
    it(`killed at ${step}: the folder recovers to the ${committed ? 'new' : 'old'} records`, () => {
      const before = snapshot();
      const requestFile = path.join(path.dirname(bundle), 'request.json');
      fs.writeFileSync(requestFile, JSON.stringify(request()));
      const child = spawnSync(process.execPath, [bundle, dir, requestFile, step], { encoding: 'utf8' });
      expect(child.stderr).toBe('');
      expect(child.signal).toBe('SIGKILL');
      // The lock a killed process leaves is taken over once stale (20 s); here it is cleared at once.
      expect(fs.existsSync(path.join(dir, LOCK_DIR))).toBe(true);
      fs.rmSync(path.join(dir, LOCK_DIR), { recursive: true, force: true });
      const recovered = recoverDataLocked(dir);
      if (step.startsWith('switched-') || step === 'journal-written')
        expect(recovered).toMatch(/undid an interrupted save/);
      expectOldOrNew(before, committed);
    });
  }
});
