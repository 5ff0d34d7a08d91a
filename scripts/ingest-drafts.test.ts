/**
 * The positions `npm run ingest` lists for review, with the proposed headline, on the hand-built
 * dataset (lib/analysis/hand-fixture.ts: Northland at 20 on water rights since 1 Mar, earlier 10;
 * Southmark's border position has no stance; Eastvale has none on the border). Answers by hand.
 */
import { describe, expect, it } from 'vitest';
import { handDataset } from '../lib/analysis/hand-fixture';
import { draftPositions } from './ingest-drafts';

const data = handDataset();

describe('positions to review after intake', () => {
  it('one per side and issue, from the stance standing now, with the proposed headline', () => {
    const drafts = draftPositions(
      [
        { actor: 'nora-vell', speaker: 'Nora Vell', issues: ['water'] },
        { actor: null, speaker: 'Someone Unknown', issues: ['water'] },
        { actor: 'nora-vell', speaker: 'Vell', issues: ['water', 'no-such-issue'] },
        { actor: 'sam-orrin', speaker: 'Sam Orrin', issues: ['border'] },
      ],
      [],
      data,
    );
    expect(drafts.map((d) => [d.stakeholder, d.issue, d.candidates, d.current?.id, d.headline])).toEqual([
      // 20: 20 points from Northland keeps all (0), 30 from the shared quota (50).
      ['north', 'water', [0, 2], 'north-water', 'Northland: leaning to Northland keeps all'],
      ['south', 'border', [3], 'south-border', 'Southmark: position not placed on the scale'],
    ]);
  });

  it('a new speaker counts for the side intake proposes for them; a side with no position has none', () => {
    const drafts = draftPositions(
      [{ actor: null, speaker: 'Tam Orr', issues: ['border'] }],
      [{ name: 'Tam Orr', stakeholder: 'east' }],
      data,
    );
    expect(drafts.map((d) => [d.current, d.headline])).toEqual([[null, 'Eastvale: position not placed on the scale']]);
  });
});
