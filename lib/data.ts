/**
 * Server-side entry point for pages: the model of the configured data folder, read once per
 * process. Bad data throws a DataError listing every problem, which fails `next build`.
 */
import { DataError, dataDir, readDataFolder } from './load';
import { buildModel, type Model } from './model';

import type { RawDataset } from './validate';

let cached: { dir: string; model: Model; raw: RawDataset } | undefined;

export function getModel(): Model {
  const dir = dataDir();
  if (cached?.dir === dir) return cached.model;
  const result = readDataFolder(dir);
  if (!result.ok) throw new DataError(result.problems);
  cached = { dir, model: buildModel(result.data), raw: result.data };
  return cached.model;
}

/** The validated records as read, before joining: what the as-of views recompute from. */
export function getRaw(): RawDataset {
  getModel();
  return cached!.raw;
}
