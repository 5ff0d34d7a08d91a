/**
 * `npm run build` on a broken data folder stops before `next build` and removes the export folder,
 * so a previous build cannot be served as if it were current.
 */
import { afterEach, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const out = path.resolve('.tmp/build-test-out');
const data = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-broken-'));
afterEach(() => {
  for (const p of [out, data, `${out}.serve.json`]) fs.rmSync(p, { recursive: true, force: true });
});

it('fails on bad data and leaves no stale export behind', () => {
  fs.cpSync(path.resolve('data'), data, { recursive: true });
  fs.writeFileSync(path.join(data, 'positions.json'), '{ "positions": [');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'index.html'), '<p>a stale build</p>');
  fs.writeFileSync(`${out}.serve.json`, '{}');

  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, STANDPOINT_DATA_DIR: data, STANDPOINT_OUT_DIR: out },
    encoding: 'utf8',
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/positions\.json: \(file\) — not valid JSON/);
  expect(result.stderr + result.stdout).not.toMatch(/Creating an optimized production build/);
  expect(fs.existsSync(out)).toBe(false);
  expect(fs.existsSync(`${out}.serve.json`)).toBe(false);
}, 30_000);
