/**
 * Reads the optional proposals.json of a data folder (the loader calls this once; pages call
 * getProposals). A folder without the file has no proposals and no model inputs.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem, RawDataset } from '../types';
import { PROPOSALS_FILE, type Proposals } from './schema';
import { validateProposals } from './validate';
import { jsonSyntaxMessage } from '../validate/json-syntax';

export function readProposals(
  dir: string,
  data: RawDataset,
  shown: (file: string) => string,
): { problems: Problem[]; proposals?: Proposals } {
  const full = path.join(dir, PROPOSALS_FILE);
  if (!fs.existsSync(full)) return validateProposals(data, undefined, shown);
  const text = fs.readFileSync(full, 'utf8').replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      problems: [
        {
          file: shown(PROPOSALS_FILE),
          path: '(file)',
          message: jsonSyntaxMessage(text, error),
        },
      ],
    };
  }
  return validateProposals(data, json, shown);
}

/** The loader's one call: every problem in proposals.json. */
export const proposalProblems = (dir: string, data: RawDataset, shown: (file: string) => string): Problem[] =>
  readProposals(dir, data, shown).problems;
