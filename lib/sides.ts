/**
 * Which sides only assess. A side whose `role` (stakeholders.json) is "analysts" or "source-analysis",
 * or that has an actor of kind "publication" (a source's own analysis), comments on the talks; it is
 * not a party to them. Its statements never count as a party's evidence (lib/validate/evidence.ts), it
 * answers no proposal and it carries no weight in the compromise model (lib/proposals). The one rule.
 */
import type { Actor, Stakeholder, StakeholderRole } from './schema';

/** A side's role: "party" unless the data says it only assesses. */
export const roleOf = (stakeholder: { role?: StakeholderRole }): StakeholderRole => stakeholder.role ?? 'party';

/** The ids of the sides that only assess. */
export function assessingSides(data: {
  actors: readonly Pick<Actor, 'kind' | 'stakeholder'>[];
  stakeholders: readonly Pick<Stakeholder, 'id' | 'role'>[];
}): Set<string> {
  const sides = new Set<string>();
  for (const actor of data.actors) if (actor.kind === 'publication') sides.add(actor.stakeholder);
  for (const stakeholder of data.stakeholders) if (roleOf(stakeholder) !== 'party') sides.add(stakeholder.id);
  return sides;
}
