/**
 * For the validator's tests: the history fixture (lib/fixtures/history-data, fictional "Harbour
 * talks"; its README gives the dates) with the Gazette's own analysis added as its own side — an
 * actor of kind "publication" whose statement sits on the same passage as Lena Osk's assessment — so
 * the own-side rule has something to refuse. Valid as returned; each test breaks one thing.
 */
import type { RawDataset } from '../types';
import type { Statement } from '../schema';
import { historyFixture } from '../seed-data';
import { checkDataset, formatProblem } from '.';

export function validatorFixture(): RawDataset {
  const data = historyFixture();
  data.stakeholders.push({
    id: 'gazette-analysis',
    name: "Harbour Gazette analysis (the source's own)",
    abbreviation: 'HGA',
    description: "The Harbour Gazette's own reading of the talks, as opposed to what it reports others saying.",
  });
  data.actors.push({
    id: 'gazette-desk',
    name: 'Harbour Gazette analysis',
    role: "The newspaper's own analysis",
    stakeholder: 'gazette-analysis',
    kind: 'publication',
    anonymous: false,
  });
  const osk = statement(data, 'osk-pier-jan');
  data.statements.push({ ...osk, id: 'gazette-pier-jan', actor: 'gazette-desk', evidence: 'analyst-assessment' });
  return data;
}

export const statement = (data: RawDataset, id: string): Statement => data.statements.find((s) => s.id === id)!;
export const demand = (data: RawDataset, id: string) => data.demands.find((d) => d.id === id)!;
export const position = (data: RawDataset, id: string) => data.positions.find((p) => p.id === id)!;

/** Error lines and warning lines, as `npm run validate` prints them one by one. */
export function linesAfter(breakIt: (data: RawDataset) => void): { errors: string[]; warnings: string[] } {
  const data = validatorFixture();
  breakIt(data);
  const { errors, warnings } = checkDataset(data);
  return { errors: errors.map(formatProblem), warnings: warnings.map(formatProblem) };
}
