/**
 * Cross-file rules over an already schema-valid dataset, as named rules grouped by family (one file
 * each). Pure: takes records, returns problems. Each rule has a test beside its family that turns it
 * red, and the bad-input corpus (lib/fixtures/bad-input/) has a broken data folder for it.
 */
import type { Problem, RawDataset } from '../types';
import { checkContext, type Check } from './context';
import {
  duplicateAbbreviations,
  duplicateColours,
  duplicateIds,
  duplicatePositionDates,
  issueIdsFreeInAddress,
} from './identity';
import {
  actorStakeholders,
  citedStatementsExist,
  eventReferences,
  sidesAndIssues,
  statementReferences,
} from './references';
import { eventsVerbatim, statementsVerbatim } from './verbatim';
import {
  demandTextMarks,
  eventLabelMarks,
  positionTextMarks,
  statementDateNoteMarks,
  statementSummaryMarks,
} from './quotation-marks';
import { headlines } from './headline';
import { conflictsOwnSide, contextNotEvidence, evidenceOnIssue, ownSideEvidence, responders } from './evidence';
import {
  datedByAsOf,
  endAfterItsStatements,
  endAfterStart,
  evidenceBeforeEnd,
  positionCitesLater,
  responseAfterDemand,
} from './chronology';
import { supersededByCycles, supersededByExists } from './demands';

export type { Problem, RawDataset } from '../types';
export { formatProblem, summariseProblems } from './report';

/** Every rule, by family, in the order their problems are reported. */
export const RULES: Record<string, ((check: Check) => void)[]> = {
  identity: [duplicateIds, duplicateAbbreviations, duplicateColours, duplicatePositionDates, issueIdsFreeInAddress],
  references: [actorStakeholders, statementReferences, sidesAndIssues, citedStatementsExist, eventReferences],
  verbatim: [statementsVerbatim, eventsVerbatim],
  quotationMarks: [statementSummaryMarks, statementDateNoteMarks, positionTextMarks, demandTextMarks, eventLabelMarks],
  headline: [headlines],
  evidence: [ownSideEvidence, evidenceOnIssue, conflictsOwnSide, contextNotEvidence, responders],
  chronology: [
    datedByAsOf,
    positionCitesLater,
    responseAfterDemand,
    endAfterItsStatements,
    endAfterStart,
    evidenceBeforeEnd,
  ],
  replacement: [supersededByExists, supersededByCycles],
};

const defaultFileName = (file: string) => `data/${file}`;

/** Errors (the data must not build) and warnings (a rule could not decide; the data builds). */
export function checkDataset(
  data: RawDataset,
  fileName: (file: string) => string = defaultFileName,
  partial = false,
): { errors: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const check = checkContext(data, fileName, problems);
  for (const rules of Object.values(RULES))
    for (const rule of rules) {
      if (!partial) rule(check);
      else
        try {
          rule(check);
        } catch {
          // `partial`: some records lack a field that failed the schema (lib/load.ts reads them field by
          // field); a rule that needs it cannot run, and the others still do.
        }
    }
  return {
    errors: problems.filter((p) => p.severity !== 'warning'),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}

/** The errors alone: what stops a build or a save. */
export function crossCheck(data: RawDataset, fileName: (file: string) => string = defaultFileName): Problem[] {
  return checkDataset(data, fileName).errors;
}
