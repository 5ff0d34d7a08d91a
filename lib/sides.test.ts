import { describe, expect, it } from 'vitest';
import { respondents, sideRoles } from './sides';

// Fictional sides: two parties, a side whose role says it only assesses, and one whose actor is a
// publication (a source's own analysis, no role given).
const data = {
  stakeholders: [
    { id: 'northland', role: 'party' as const },
    { id: 'watchers', role: 'analysts' as const },
    { id: 'southmark' },
    { id: 'gazette' },
    { id: 'eastport' },
  ],
  actors: [
    { kind: 'person' as const, stakeholder: 'northland' },
    { kind: 'publication' as const, stakeholder: 'gazette' },
  ],
};
const sides = [...sideRoles(data)].map(([id, role]) => ({ id, role }));

describe('respondents: observers never respond', () => {
  it('lists every party but the maker, in the order given', () => {
    expect(respondents(sides, 'southmark').map((s) => s.id)).toEqual(['northland', 'eastport']);
  });

  it('with no maker (a proposal), every party', () => {
    expect(respondents(sides).map((s) => s.id)).toEqual(['northland', 'southmark', 'eastport']);
  });

  it("an observer's own demand is answered by every party", () => {
    expect(respondents(sides, 'gazette').map((s) => s.id)).toEqual(['northland', 'southmark', 'eastport']);
  });
});
