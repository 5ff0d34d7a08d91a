/** The positions `npm run ingest` lists for review, with the proposed headline: hand-written answers. */
import { describe, expect, it } from 'vitest';
import type { Actor, Issue, Position, Stakeholder } from '../lib/schema';
import { draftPositions } from './ingest-drafts';

// Fictional: Northland on the pier, placed at 80 in January and moved to the middle in February.
const pier = {
  id: 'pier',
  title: 'The pier',
  scale: {
    min: { short: 'All to the north', description: '' },
    mid: { short: 'Shared', description: '' },
    max: { short: 'All to the south', description: '' },
  },
} as unknown as Issue;
const data = {
  stakeholders: [{ id: 'northland', name: 'Northland' }] as Stakeholder[],
  actors: [{ id: 'mayor-vell', name: 'Ada Vell', stakeholder: 'northland' }] as Actor[],
  issues: [pier],
  positions: [
    { id: 'northland-pier-feb', stakeholder: 'northland', issue: 'pier', asOf: '2026-02-01', stance: { value: 50 } },
    { id: 'northland-pier-jan', stakeholder: 'northland', issue: 'pier', asOf: '2026-01-05', stance: { value: 80 } },
  ] as Position[],
};

describe('positions to review after intake', () => {
  it('one per side and issue, from the stance standing now, with the proposed headline', () => {
    const drafts = draftPositions(
      [
        { actor: 'mayor-vell', speaker: 'Ada Vell', issues: ['pier'] },
        { actor: null, speaker: 'Someone Unknown', issues: ['pier'] },
        { actor: 'mayor-vell', speaker: 'Vell', issues: ['pier', 'no-such-issue'] },
      ],
      [],
      data,
    );
    expect(drafts).toEqual([
      {
        stakeholder: 'northland',
        issue: 'pier',
        candidates: [0, 2],
        current: { id: 'northland-pier-feb', asOf: '2026-02-01', headline: null },
        stance: { value: 50 },
        headline: 'Northland: at or near Shared',
      },
    ]);
  });

  it('a new speaker counts for the side intake proposes for them; a side with no position is not placed', () => {
    const drafts = draftPositions(
      [{ actor: null, speaker: 'Tam Orr', issues: ['pier'] }],
      [{ name: 'Tam Orr', stakeholder: 'northland' }],
      { ...data, positions: [] },
    );
    expect(drafts.map((d) => [d.current, d.headline])).toEqual([[null, 'Northland: position not placed on the scale']]);
  });
});
