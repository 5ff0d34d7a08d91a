/** Builds the comparison digest from the model, on the server: only what the compare view shows. */
import type { Model } from '../model';
import { cellView, reshapeSides } from '../reshape';
import { standingDemands } from '../demands';
import { positionKey, type CompareData, type ComparePosition } from './compare';

export function buildCompareData(model: Model): CompareData {
  const positions: Record<string, ComparePosition> = {};
  for (const issue of model.issues) {
    for (const side of reshapeSides(model)) {
      // The compare view shows the position that stands; history stays on the issue page.
      const { current } = cellView(model, side.id, issue);
      if (current) positions[positionKey(side.id, issue.id)] = current;
    }
  }
  return {
    stakeholders: reshapeSides(model),
    issues: model.issues,
    positions,
    // Only demands that stand: one withdrawn, met or superseded is no longer common ground or a red line.
    demands: standingDemands(model).map(({ id, stakeholder, issue, kind, text, statements, responses }) => ({
      id,
      stakeholder,
      issue,
      kind,
      text,
      statements,
      responses: responses.map(({ stakeholder, response, rationale, statements }) => ({
        stakeholder,
        response,
        rationale,
        statements,
      })),
    })),
    staleAfterDays: model.dataset.staleAfterDays,
  };
}
