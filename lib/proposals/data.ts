/** Server-side: the proposals of the configured data folder, read after the loader has checked them. */
import path from 'node:path';
import { dataDir, DataError, displayPath } from '../load';
import { getModel, getRaw } from '../data';
import type { Proposals } from './schema';
import { readProposals } from './load';

let cached: { dir: string; proposals: Proposals } | undefined;

export function getProposals(): Proposals {
  const dir = dataDir();
  if (cached?.dir === dir) return cached.proposals;
  getModel();
  const result = readProposals(dir, getRaw(), (file) => displayPath(path.join(dir, file)));
  if (!result.proposals) throw new DataError(result.problems);
  cached = { dir, proposals: result.proposals };
  return result.proposals;
}
