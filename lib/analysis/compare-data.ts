/** Builds the comparison digest from the model, on the server: only what the compare view shows. */
import type { Model } from '../model';
import { digestStatement } from '../digest';
import { compareDates } from '../dates';
import { positionTrack, statementsOf } from './positions';
import { positionKey, type CompareData, type ComparePosition } from './compare';

export function buildCompareData(model: Model): CompareData {
  const positions: Record<string, ComparePosition> = {};
  for (const stakeholder of model.stakeholders) {
    for (const issue of model.issues) {
      const current = positionTrack(model, stakeholder.id, issue.id).current;
      if (!current) continue;
      const statements = statementsOf(model, current.statements).sort((a, b) => compareDates(a.date, b.date));
      positions[positionKey(stakeholder.id, issue.id)] = {
        id: current.id,
        summary: current.summary,
        asOf: current.asOf,
        asOfApprox: model.positionDateApprox.get(current.id) ?? true,
        ...(current.stance ? { stance: current.stance } : {}),
        statements: statements.map(digestStatement),
        conflicts: current.conflicts.map((c) => ({ summary: c.summary })),
      };
    }
  }
  return {
    stakeholders: model.stakeholders.map((s, styleIndex) => ({ id: s.id, name: s.name, abbreviation: s.abbreviation, styleIndex })),
    issues: model.issues,
    positions,
    demands: model.demands.map(({ id, stakeholder, issue, kind, text, statements, responses }) => ({
      id,
      stakeholder,
      issue,
      kind,
      text,
      statements,
      responses: responses.map(({ stakeholder, response, rationale, statements }) => ({ stakeholder, response, rationale, statements })),
    })),
  };
}
