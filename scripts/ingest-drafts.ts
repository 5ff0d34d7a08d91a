/**
 * The positions an article's candidate statements bear on, as `npm run ingest` lists them for review:
 * one per side and issue, starting from the side's current stance there (as the studio's draft form
 * does) with the headline the studio proposes for it (lib/format.ts's fallbackHeadline). Intake
 * places no stance itself: a stance is the analyst's judgement.
 */
import { fallbackHeadline } from '../lib/format';
import type { Candidate, ProposedActor } from '../lib/ingest/ingest';
import type { Actor, Issue, Position, Stakeholder } from '../lib/schema';
import { cellKey, cellTracks } from '../lib/time/core';

export type DraftPosition = {
  stakeholder: string;
  issue: string;
  /** Which candidates (0-based, in the proposal's order) bear on it. */
  candidates: number[];
  /** The position standing now, whose stance the draft starts from; null when the side has none. */
  current: { id: string; asOf: string; headline: string | null } | null;
  stance: Position['stance'] | null;
  /** The proposed headline, for the analyst to accept or edit. */
  headline: string;
};

export function draftPositions(
  candidates: readonly Pick<Candidate, 'actor' | 'speaker' | 'issues'>[],
  proposedActors: readonly Pick<ProposedActor, 'name' | 'stakeholder'>[],
  data: { actors: Actor[]; stakeholders: Stakeholder[]; issues: Issue[]; positions: Position[] },
): DraftPosition[] {
  const tracks = cellTracks(data.positions);
  const drafts = new Map<string, DraftPosition>();
  candidates.forEach((c, k) => {
    const stakeholder =
      data.actors.find((a) => a.id === c.actor)?.stakeholder ??
      proposedActors.find((a) => a.name === c.speaker)?.stakeholder;
    const side = data.stakeholders.find((s) => s.id === stakeholder);
    if (!side) return;
    for (const issueId of c.issues) {
      const issue = data.issues.find((i) => i.id === issueId);
      if (!issue) continue;
      const key = cellKey(side.id, issue.id);
      const known = drafts.get(key);
      if (known) {
        known.candidates.push(k);
        continue;
      }
      const standing = tracks.get(key)?.at(-1);
      drafts.set(key, {
        stakeholder: side.id,
        issue: issue.id,
        candidates: [k],
        current: standing ? { id: standing.id, asOf: standing.asOf, headline: standing.headline ?? null } : null,
        stance: standing?.stance ?? null,
        headline: fallbackHeadline(side.name, issue, standing?.stance),
      });
    }
  });
  return [...drafts.values()];
}
