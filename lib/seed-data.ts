/** For tests: a fresh, mutable copy of the real data/ as the loader reads it. */
import path from 'node:path';
import { formatProblem, readDataFolder } from './load';
import type { RawDataset } from './validate';

export function seedData(): RawDataset {
  const result = readDataFolder(path.join(process.cwd(), 'data'));
  if (!result.ok) throw new Error(`data/ is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
  return structuredClone(result.data);
}

/** For tests: a fresh copy of the history fixture (lib/fixtures/history-data, fictional "Harbour talks"). */
export function historyFixture(): RawDataset {
  const result = readDataFolder(path.join(process.cwd(), 'lib', 'fixtures', 'history-data'));
  if (!result.ok) throw new Error(`the history fixture is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
  return structuredClone(result.data);
}
