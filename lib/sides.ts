/**
 * Which sides only assess. A side whose `role` (stakeholders.json) is "analysts" or "source-analysis",
 * or that has an actor of kind "publication" (a source's own analysis), comments on the talks; it is
 * not a party to them. Its statements never count as a party's evidence (lib/validate/evidence.ts), it
 * answers no proposal and it carries no weight in the compromise model (lib/proposals). The one rule.
 */
import type { Actor, Stakeholder, StakeholderRole } from './schema';

type SidesData = {
  actors: readonly Pick<Actor, 'kind' | 'stakeholder'>[];
  stakeholders: readonly Pick<Stakeholder, 'id' | 'role'>[];
};

/** Every side's role: its `role`, else "source-analysis" when one of its actors is a publication, else "party". */
export function sideRoles(data: SidesData): Map<string, StakeholderRole> {
  const publications = new Set(data.actors.filter((a) => a.kind === 'publication').map((a) => a.stakeholder));
  return new Map(
    data.stakeholders.map((s) => [s.id, s.role ?? (publications.has(s.id) ? 'source-analysis' : 'party')] as const),
  );
}

/** Whether a side of this role only assesses (an observer): every role but "party". */
export const assesses = (role: StakeholderRole) => role !== 'party';

/** The ids of the sides that only assess. */
export function assessingSides(data: SidesData): Set<string> {
  return new Set([...sideRoles(data)].filter(([, role]) => assesses(role)).map(([id]) => id));
}

/**
 * The sides that answer a demand made by `maker` (or a proposal, made by none), in the order given:
 * every party but the maker. Observers never respond: they are left out, not listed as silent. The
 * one rule for the response grid, a demand's responses and a proposal's answers.
 */
export function respondents<S extends { id: string; role: StakeholderRole }>(sides: readonly S[], maker?: string): S[] {
  return sides.filter((side) => side.id !== maker && !assesses(side.role));
}
