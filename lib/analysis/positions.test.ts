import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import {
  buildMatrix,
  CELL_STATEMENT_LIMIT,
  cellStatementLimit,
  evidenceCounts,
  MATRIX_CARD_BUDGET,
  positionTrack,
} from './positions';
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

describe('the matrix', () => {
  it('has a row per issue and a cell per stakeholder, in file order', () => {
    const raw = seedData();
    const rows = buildMatrix(buildModel(raw));
    expect(rows.map((r) => r.issue)).toEqual(raw.issues.map((i) => i.id));
    for (const row of rows) expect(row.cells.map((c) => c.stakeholder)).toEqual(raw.stakeholders.map((s) => s.id));
  });

  it('counts statements by evidence kind and keeps uncited statements apart', () => {
    const raw = seedData();
    const model = buildModel(raw);
    const rows = buildMatrix(model);
    for (const c of rows.flatMap((r) => r.cells)) {
      expect(c.counts.reduce((n, k) => n + k.count, 0)).toBe(c.statements.length);
      for (const s of c.uncited) expect(raw.positions.some((p) => p.statements.includes(s.id))).toBe(false);
    }
    const statements = [...model.statementById.values()];
    expect(evidenceCounts(statements).reduce((n, k) => n + k.count, 0)).toBe(statements.length);
  });
});

describe('statements carried by the matrix', () => {
  it('the seed matrix carries its statements in its cells', () => {
    expect(cellStatementLimit(buildMatrix(buildModel(seedData())))).toBe(CELL_STATEMENT_LIMIT);
  });

  it('a matrix past the card budget links to issue pages instead', () => {
    const model = buildModel(seedData());
    const statement = model.statements[0]!;
    const cell = (n: number) => ({
      ...buildMatrix(model)[0]!.cells[0]!,
      statements: Array.from({ length: n }, () => statement),
      uncited: [],
    });
    // 66 cells of 6 cards plus one of 4: exactly the budget; one card more tips it.
    const rows = (extra: number) => [
      { issue: 'x', cells: [...Array.from({ length: 66 }, () => cell(CELL_STATEMENT_LIMIT + 3)), cell(4 + extra)] },
    ];
    expect(66 * CELL_STATEMENT_LIMIT + 4).toBe(MATRIX_CARD_BUDGET);
    expect(cellStatementLimit(rows(0))).toBe(CELL_STATEMENT_LIMIT);
    expect(cellStatementLimit(rows(1))).toBe(0);
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
