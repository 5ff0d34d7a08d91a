import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { CELL_STATEMENT_LIMIT, evidenceCounts, MATRIX_CARD_BUDGET, positionTrack, statementLimit } from './positions';
import { seedData } from '../seed-data';

describe('position tracks', () => {
  it('the latest position stands and earlier ones become history, newest first', () => {
    const raw = seedData();
    const base = raw.positions.find((p) => p.stakeholder === 'ukraine' && p.issue === 'territory')!;
    raw.positions.push({ ...base, id: 'older', asOf: '2025-06' }, { ...base, id: 'oldest', asOf: '2025-05' });
    const track = positionTrack(buildModel(raw), 'ukraine', 'territory');
    expect(track.current?.id).toBe(base.id);
    expect(track.history.map((p) => p.id)).toEqual(['older', 'oldest']);
  });

  it('a side with no position on an issue has no current position', () => {
    const raw = seedData();
    raw.positions = raw.positions.filter((p) => p.stakeholder !== 'ukraine');
    expect(positionTrack(buildModel(raw), 'ukraine', 'territory').current).toBeUndefined();
  });
});

describe('evidence counts', () => {
  it('count every statement once, by its evidence kind', () => {
    const statements = [...buildModel(seedData()).statementById.values()];
    expect(evidenceCounts(statements).reduce((n, k) => n + k.count, 0)).toBe(statements.length);
    expect(
      evidenceCounts([{ evidence: 'paraphrase' }, { evidence: 'direct-quote' }, { evidence: 'paraphrase' }]),
    ).toEqual([
      { kind: 'direct-quote', count: 1 },
      { kind: 'paraphrase', count: 2 },
    ]);
  });
});

describe('statements carried by the matrix', () => {
  it('a matrix past the card budget links to issue pages instead', () => {
    // Each cell holds at most CELL_STATEMENT_LIMIT cited and as many uncited cards: 66 cells of 6 cited
    // (of 9) plus one of 4 is exactly the budget; one card more tips it.
    const cells = (extra: number) => [
      ...Array.from({ length: 66 }, () => ({ cited: CELL_STATEMENT_LIMIT + 3, uncited: 0 })),
      { cited: 4 + extra, uncited: 0 },
    ];
    expect(66 * CELL_STATEMENT_LIMIT + 4).toBe(MATRIX_CARD_BUDGET);
    expect(statementLimit(cells(0))).toBe(CELL_STATEMENT_LIMIT);
    expect(statementLimit(cells(1))).toBe(0);
    expect(statementLimit([{ cited: 0, uncited: MATRIX_CARD_BUDGET + 1 }])).toBe(CELL_STATEMENT_LIMIT);
  });
});

describe('same-day positions', () => {
  it('the one later in the file stands, and the issue page’s history ends with it too', () => {
    const raw = seedData();
    const base = raw.positions.find((p) => p.stakeholder === 'ukraine' && p.issue === 'territory')!;
    raw.positions.push({ ...base, id: 'same-day-later' });
    const track = positionTrack(buildModel(raw), 'ukraine', 'territory');
    expect(track.current?.id).toBe('same-day-later');
    expect(track.history[0]?.id).toBe(base.id);
  });
});

describe('position dates', () => {
  it('are approximate unless an own statement of that exact date has an exact date', () => {
    const raw = seedData();
    const position = raw.positions.find((p) => p.stakeholder === 'russia' && p.issue === 'territory')!;
    const own = raw.statements.filter((s) => position.statements.includes(s.id));
    for (const s of own) s.dateApprox = true;
    expect(buildModel(raw).positionDateApprox.get(position.id)).toBe(true);
    const exact = own.find((s) => s.date === position.asOf)!;
    exact.dateApprox = false;
    expect(buildModel(raw).positionDateApprox.get(position.id)).toBe(false);
    exact.date = '2025-08-06';
    expect(buildModel(raw).positionDateApprox.get(position.id)).toBe(true);
  });
});
