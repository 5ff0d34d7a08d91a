import type { Model } from '../../model';
import { possessive, RESPONSE_LABELS } from '../../format';
import { responseGrid } from '../../analysis/charts';
import { statementsOf } from '../../analysis/positions';
import type { DemandsFacts } from './demands';
import { standingDemands } from '../../demands';

const VERB = { accepts: 'accepts', rejects: 'rejects', partly: 'partly accepts' } as const;

export function buildDemandsSlide(model: Model): DemandsFacts {
  const sourcesOf = (ids: string[]) => [...new Set(statementsOf(model, ids).map((s) => s.source))];
  const name = (id: string) => model.stakeholderById.get(id)!.name;
  const demandById = new Map(model.demands.map((d) => [d.id, d]));
  return {
    id: 'demands',
    kind: 'demands',
    title: 'Demands and responses',
    rows: responseGrid(model).map((r) => ({
      stakeholder: r.stakeholder,
      issue: r.issue,
      text: `${r.kind === 'rules-out' ? 'Rules out: ' : ''}${r.text}`,
      // Only the stated responses: a side with none reads "No stated response" (answerOf), so the
      // facts need not carry a cell for each of the other sides.
      responses: r.cells.flatMap((c) =>
        c.response === 'none'
          ? []
          : [{ stakeholder: c.stakeholder, label: RESPONSE_LABELS[c.response], sources: sourcesOf(c.statements) }],
      ),
      sources: sourcesOf(demandById.get(r.demand)!.statements),
    })),
    // The demand is our phrase, so no quotation marks around it.
    notes: standingDemands(model).flatMap((d) =>
      d.responses.map((r) => ({
        text: `${name(r.stakeholder)} ${VERB[r.response]} ${possessive(name(d.stakeholder))} demand (${d.kind === 'rules-out' ? 'rules out: ' : ''}${d.text}) — ${r.rationale} (analyst judgement)`,
        stakeholders: [d.stakeholder, r.stakeholder],
        issue: d.issue,
      })),
    ),
  };
}
