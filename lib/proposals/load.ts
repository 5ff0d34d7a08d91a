/**
 * Reads the optional proposals.json of a data folder (the loader calls this once; pages call
 * getProposals). A folder without the file has no proposals and no model inputs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem, RawDataset } from '../types';
import { PROPOSALS_FILE, type Proposals } from './schema';
import { validateProposals } from './validate';

export function readProposals(
  dir: string,
  data: RawDataset,
  shown: (file: string) => string,
): { problems: Problem[]; proposals?: Proposals } {
  const full = path.join(dir, PROPOSALS_FILE);
  if (!fs.existsSync(full)) return validateProposals(data, undefined, shown);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(full, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      problems: [
        {
          file: shown(PROPOSALS_FILE),
          path: '(file)',
          message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  return validateProposals(data, json, shown);
}

/** The loader's one call: every problem in proposals.json. */
export const proposalProblems = (dir: string, data: RawDataset, shown: (file: string) => string): Problem[] =>
  readProposals(dir, data, shown).problems;
