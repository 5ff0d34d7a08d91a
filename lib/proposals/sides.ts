/**
 * Which sides bargain. Analysts and a source's own analysis comment on the talks; they are not
 * parties to them, so they neither answer a proposal nor weigh in the compromise model. The rule,
 * from the data alone (stakeholders carry no "kind"): a side is an observer when one of its actors
 * is a publication speaking for itself (`kind: "publication"`), or when it has statements and every
 * one of them is an analyst assessment.
 */
import type { Actor, Statement } from '../schema';

export function observerSides(data: { actors: Actor[]; statements: Statement[] }): Set<string> {
  const sideOf = new Map(data.actors.map((a) => [a.id, a.stakeholder] as const));
  const observers = new Set(data.actors.filter((a) => a.kind === 'publication').map((a) => a.stakeholder));
  const evidence = new Map<string, Set<string>>();
  for (const s of data.statements) {
    const side = sideOf.get(s.actor);
    if (!side) continue;
    evidence.set(side, (evidence.get(side) ?? new Set()).add(s.evidence));
  }
  for (const [side, kinds] of evidence) if (kinds.size === 1 && kinds.has('analyst-assessment')) observers.add(side);
  return observers;
}
