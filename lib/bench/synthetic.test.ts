import { afterEach, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem, readDataFolder } from '../load';
import { BENCH_SCALE, syntheticDataset } from './synthetic';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('generates a data folder the loader accepts (at a tenth of the benchmark scale)', () => {
  const scale = { ...BENCH_SCALE, stakeholders: 12, issues: 6, statements: 1000, demands: 200 };
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-synthetic-'));
  for (const [name, text] of syntheticDataset(scale)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const result = readDataFolder(dir);
  expect(result.ok ? [] : result.problems.slice(0, 5).map(formatProblem)).toEqual([]);
  if (!result.ok) return;
  expect(result.data.statements).toHaveLength(1000);
  expect(result.data.stakeholders).toHaveLength(12);
  expect(result.data.positions.length).toBeGreaterThan(0.7 * 12 * 6);
  // History to cut: cells hold several positions at different dates.
  const dates = new Map<string, Set<string>>();
  for (const p of result.data.positions) {
    const key = `${p.stakeholder}|${p.issue}`;
    dates.set(key, (dates.get(key) ?? new Set()).add(p.asOf));
  }
  const withHistory = [...dates.values()].filter((d) => d.size >= 2).length;
  expect(withHistory).toBeGreaterThan(0.5 * dates.size);
});
