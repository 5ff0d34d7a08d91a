/** Rules of replacement: a superseded demand names another existing demand of its side, with no cycle. */
import type { Demand } from '../schema';
import { eachDemand, type Check } from './context';

/** supersededBy names an existing demand of the same side, other than itself. */
export function supersededByExists(check: Check) {
  for (const { demand, where } of eachDemand(check)) {
    const next = demand.status?.supersededBy;
    if (next === undefined) continue;
    const other = check.demands.get(next);
    if (!other) check.report(where('status.supersededBy'), check.missing('demand', next, 'demands.json'));
    else if (other.id === demand.id)
      check.report(where('status.supersededBy'), 'a demand cannot supersede itself: name the demand that replaces it');
    else if (other.stakeholder !== demand.stakeholder)
      check.report(
        where('status.supersededBy'),
        `demand "${other.id}" is ${other.stakeholder}'s, not ${demand.stakeholder}'s: a demand is superseded by another demand of the same side`,
      );
  }
}

/** The chain of replacements from a demand until it ends or comes back round: the ids in order. */
export function replacementChain(start: Demand, byId: Map<string, Demand>): { chain: string[]; cycle: boolean } {
  const chain = [start.id];
  let next = start.status?.supersededBy;
  while (next !== undefined && byId.has(next)) {
    if (chain.includes(next)) return { chain: [...chain.slice(chain.indexOf(next)), next], cycle: true };
    chain.push(next);
    next = byId.get(next)!.status?.supersededBy;
  }
  return { chain, cycle: false };
}

/**
 * No demand is replaced, through any chain of supersededBy, by itself (A by B, B by A): the site
 * would show every demand of the loop as superseded and none standing. Reported once per loop, at
 * its first demand in the file, with the loop named.
 */
export function supersededByCycles(check: Check) {
  const reported = new Set<string>();
  for (const { demand, where } of eachDemand(check)) {
    if (reported.has(demand.id) || demand.status?.supersededBy === demand.id) continue; // self: named above
    const { chain, cycle } = replacementChain(demand, check.demands);
    if (!cycle || chain[0] !== demand.id) continue;
    chain.forEach((id) => reported.add(id));
    check.report(
      where('status.supersededBy'),
      `supersededBy goes round in a circle: ${chain.map((id) => `"${id}"`).join(' → ')}; a replacement chain must end in a demand that stands (or ended otherwise). Remove the supersededBy that points back`,
    );
  }
}
