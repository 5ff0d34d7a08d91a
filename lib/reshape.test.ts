/**
 * The reshape layer, checked two ways: against a small hand-built dataset (fictional sides and
 * speakers) whose right answers are written out below, and against the real data/ through the
 * loader, where every join must agree with the raw records.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from './model';
import type { RawDataset } from './validate';
import { datasetInfo, issue, newsReport, person, side } from './fixtures/records';
import { seedData } from './seed-data';
import { cellView, demandViews, firstClause, matrixView, reshapeSides, sideOf } from './reshape';
import { issuePage, stakeholderPage } from './page-views';
import { formatStance } from './stance';
import { CELL_STATEMENT_LIMIT } from './analysis/positions';
import { readDataFolder } from './load';
import { modelAsOf } from './time/history-file';

const scale = { short: 'x', description: 'x' };
const statement = (
  id: string,
  actor: string,
  date: string,
  evidence: 'direct-quote' | 'paraphrase',
  extra: { dateApprox?: boolean; quotes?: string[] } = {},
) => ({
  id,
  actor,
  source: 'gazette',
  date,
  dateApprox: extra.dateApprox ?? false,
  channel: 'Harbour radio',
  issues: ['river'],
  evidence,
  quotes: extra.quotes ?? [],
  passage: 'p',
  summary: `Summary of ${id}`,
});

/** Northland moved on river rights and its two ministers disagree; Southmark rejects its demand; the Observers say nothing. */
function fixture(): RawDataset {
  return {
    dataset: datasetInfo('Fixture', 'A fictional river dispute', '2030-06-30'),
    sources: [newsReport('gazette', 'The Harbour Gazette', 'Gazette', '2030-06-30')],
    texts: new Map([['gazette', 'p']]),
    stakeholders: [
      side('northland', 'Northland', 'NL', 'A fictional upstream state.'),
      side('southmark', 'Southmark', 'SM', 'A fictional downstream state.'),
      side('observers', 'Observers', 'OBS', 'Fictional onlookers.'),
    ],
    actors: [
      person('ada', 'Ada Northwind', 'Water minister', 'northland'),
      person('bram', 'Bram Northwind', 'Trade minister', 'northland'),
      person('cora', 'Cora Southby', 'Envoy', 'southmark'),
    ],
    issues: [issue('river', 'River rights', 'Who draws the water?', [scale, scale, scale])],
    statements: [
      // File order is not date order: the model sorts by date.
      statement('nl-c', 'bram', '2030-06-10', 'paraphrase'),
      statement('nl-a', 'ada', '2030-03', 'paraphrase', { dateApprox: true }),
      statement('nl-b', 'ada', '2030-06-02', 'direct-quote', { quotes: ['p'] }),
      statement('sm-a', 'cora', '2030-06-12', 'paraphrase'),
      statement('sm-x', 'cora', '2030-06-20', 'paraphrase'),
    ],
    positions: [
      {
        id: 'nl-river-new',
        stakeholder: 'northland',
        issue: 'river',
        asOf: '2030-06-10',
        summary: 'Northland wants half the flow.',
        stance: { value: 62, rationale: 'Asks for half.' },
        statements: ['nl-c', 'nl-b'],
        conflicts: [{ statements: ['nl-c', 'nl-b'], summary: 'The ministers differ.' }],
      },
      {
        id: 'nl-river-old',
        stakeholder: 'northland',
        issue: 'river',
        asOf: '2030-03',
        summary: 'Northland wants all the flow.',
        statements: ['nl-a'],
        conflicts: [],
      },
      {
        id: 'sm-river',
        stakeholder: 'southmark',
        issue: 'river',
        asOf: '2030-06-12',
        summary: 'Southmark refuses any cut.',
        statements: ['sm-a'],
        conflicts: [],
      },
    ],
    demands: [
      {
        id: 'nl-half',
        stakeholder: 'northland',
        issue: 'river',
        kind: 'asks',
        text: 'Half the flow',
        statements: ['nl-b'],
        responses: [
          { stakeholder: 'southmark', response: 'rejects', statements: ['sm-a'], rationale: 'Refuses any cut.' },
        ],
      },
    ],
    events: [],
  };
}

describe('reshape, on a hand-built dataset', () => {
  const model = buildModel(fixture());
  const river = model.issues[0]!;

  it('gives each side its colour and shape by file order', () => {
    expect(reshapeSides(model).map((s) => [s.abbreviation, s.style.color, s.style.shape])).toEqual([
      ['NL', '#D55E00', 'circle'],
      ['SM', '#0072B2', 'square'],
      ['OBS', '#007A5A', 'triangle'],
    ]);
    expect(sideOf(model, 'southmark').name).toBe('Southmark');
    expect(() => sideOf(model, 'atlantis')).toThrow(/atlantis/);
  });

  it('a cell holds the position that stands, its history, statements by date, counts and joined conflicts', () => {
    const cell = cellView(model, 'northland', river);
    expect(cell.side.name).toBe('Northland');
    expect(cell.current?.id).toBe('nl-river-new');
    expect(cell.history.map((p) => p.id)).toEqual(['nl-river-old']);
    expect(cell.current?.statements.map((s) => s.id)).toEqual(['nl-b', 'nl-c']);
    expect(cell.current?.statements.map((s) => s.actorRecord.name)).toEqual(['Ada Northwind', 'Bram Northwind']);
    expect(cell.current?.counts).toEqual([
      { kind: 'direct-quote', count: 1 },
      { kind: 'paraphrase', count: 1 },
    ]);
    expect(cell.current?.conflicts).toHaveLength(1);
    expect(cell.current?.conflicts[0]?.statements.map((s) => `${s.actorRecord.name} ${s.date}`)).toEqual([
      'Ada Northwind 2030-06-02',
      'Bram Northwind 2030-06-10',
    ]);
    expect(cell.current?.stance?.value).toBe(62);
    expect(cell.uncited).toEqual([]);
  });

  it('marks a date approximate unless an own statement of that very day is exactly dated', () => {
    const cell = cellView(model, 'northland', river);
    expect(cell.current?.asOfApprox).toBe(false);
    expect(cell.history[0]?.asOfApprox).toBe(true);
  });

  it('keeps statements no position cites apart, and an empty cell empty', () => {
    expect(cellView(model, 'southmark', river).uncited.map((s) => s.id)).toEqual(['sm-x']);
    const empty = cellView(model, 'observers', river);
    expect(empty.current).toBeUndefined();
    expect(empty.history).toEqual([]);
    expect(empty.uncited).toEqual([]);
  });

  it('a demand comes with its side, issue, statements and every other side’s response', () => {
    const [demand] = demandViews(model, { issue: 'river' });
    expect(demand?.side.name).toBe('Northland');
    expect(demand?.issue.title).toBe('River rights');
    expect(demand?.statements.map((s) => s.id)).toEqual(['nl-b']);
    expect(
      demand?.responses.map((r) => [r.side.name, r.response, r.rationale, r.statements.map((s) => s.actorRecord.name)]),
    ).toEqual([
      ['Southmark', 'rejects', 'Refuses any cut.', ['Cora Southby']],
      ['Observers', 'none', undefined, []],
    ]);
    expect(demandViews(model, { stakeholder: 'southmark' })).toEqual([]);
  });

  it('the matrix: rows by issue, cells by side, statements carried in the cells', () => {
    const view = matrixView(model);
    expect(view.rows.map((r) => r.cells.map((c) => c.side.id))).toEqual([['northland', 'southmark', 'observers']]);
    expect(view.limit).toBe(CELL_STATEMENT_LIMIT);
  });

  it('pages: unknown ids give nothing; a side page counts its speakers’ statements', () => {
    expect(issuePage(model, 'weather')).toBeUndefined();
    expect(stakeholderPage(model, 'atlantis')).toBeUndefined();
    const page = stakeholderPage(model, 'northland')!;
    expect(page.actors.map((a) => [a.actor.name, a.statements])).toEqual([
      ['Ada Northwind', 2],
      ['Bram Northwind', 1],
    ]);
    expect(page.hasPositions).toBe(true);
    expect(stakeholderPage(model, 'observers')!.hasPositions).toBe(false);
  });
});

describe('formatStance', () => {
  it('prints a stance three ways', () => {
    expect(formatStance({ value: 62 })).toBe('62/100');
    expect(formatStance({ value: 0 }, 'spoken')).toBe('0 of 100');
    expect(formatStance({ value: 100 }, 'bare')).toBe('100');
  });
});

describe('reshape, on the real data/', () => {
  const raw = seedData();
  const model = buildModel(raw);
  const latest = (stakeholder: string, issue: string) =>
    raw.positions
      .filter((p) => p.stakeholder === stakeholder && p.issue === issue)
      .sort((a, b) => (a.asOf < b.asOf ? 1 : -1))[0];
  const speaker = (statementId: string) => {
    const s = raw.statements.find((x) => x.id === statementId)!;
    return raw.actors.find((a) => a.id === s.actor)!;
  };

  it('every cell joins the latest position’s own statements and conflicts, with their speakers', () => {
    for (const issue of model.issues) {
      for (const stakeholder of raw.stakeholders) {
        const cell = cellView(model, stakeholder.id, issue);
        const position = latest(stakeholder.id, issue.id);
        expect(cell.current?.id).toBe(position?.id);
        if (!position) continue;
        expect(new Set(cell.current!.statements.map((s) => s.id))).toEqual(new Set(position.statements));
        for (const s of cell.current!.statements) expect(s.actorRecord.name).toBe(speaker(s.id).name);
        expect(cell.current!.conflicts.map((c) => c.statements.map((s) => s.id).sort())).toEqual(
          position.conflicts.map((c) => [...c.statements].sort()),
        );
        expect(cell.current!.counts.reduce((n, c) => n + c.count, 0)).toBe(position.statements.length);
      }
    }
  });

  it('the US summit-format cell carries its conflict with both speakers named', () => {
    const summit = model.issues.find((i) => i.id === 'summit-format')!;
    const conflict = cellView(model, 'united-states', summit).current?.conflicts[0];
    const rawConflict = raw.positions.find(
      (p) => p.stakeholder === 'united-states' && p.issue === 'summit-format' && p.conflicts.length,
    )!.conflicts[0]!;
    expect(conflict?.summary).toBe(rawConflict.summary);
    expect(new Set(conflict?.statements.map((s) => s.actorRecord.name))).toEqual(
      new Set(rawConflict.statements.map((id) => speaker(id).name)),
    );
  });

  it('every demand lists every other party once, no observer; a responder’s statements are its own', () => {
    // A party: a side with no role, or role "party" (the analysts and a source's own analysis only assess).
    const parties = raw.stakeholders.filter((s) => (s.role ?? 'party') === 'party').map((s) => s.id);
    const views = raw.issues.flatMap((i) => demandViews(model, { issue: i.id }));
    expect(views.map((d) => d.id).sort()).toEqual(raw.demands.map((d) => d.id).sort());
    for (const view of views) {
      const demand = raw.demands.find((d) => d.id === view.id)!;
      expect(view.responses.map((r) => r.side.id)).toEqual(parties.filter((id) => id !== demand.stakeholder));
      expect(view.responses.filter((r) => r.response === 'none')).toHaveLength(
        parties.filter((id) => id !== demand.stakeholder).length - demand.responses.length,
      );
      for (const r of view.responses) for (const s of r.statements) expect(s.stakeholder).toBe(r.side.id);
    }
  });
});

describe('firstClause (a cell headline when a position has none)', () => {
  it('keeps a short summary whole, without its full stop', () => {
    expect(firstClause('The Foo Republic wants talks first.')).toBe('The Foo Republic wants talks first');
  });
  it('cuts at the first clause break and marks the cut', () => {
    expect(firstClause('Bar Union rejects the line, but would talk about a freeze.')).toBe(
      'Bar Union rejects the line…',
    );
  });
  it('shortens a long first clause to seven words', () => {
    expect(firstClause('Minister Vell said the northern valley stays with the Bar Union for good.')).toBe(
      'Minister Vell said the northern valley stays…',
    );
  });
  it('drops quotation marks: a headline is our words', () => {
    expect(firstClause('Vell called it “a trap” and left.')).toBe('Vell called it a trap and left');
  });
});

describe('a cell’s related statements (uncited) are counted per cell', () => {
  // The settlement fixture's answer (lib/fixtures/settlement-data/README.md, the issue page as of 2 March):
  // Lenk's words of 2 March (`lenk-mar`) bear on water and fishing; Westria's fishing position of 2 March
  // cites them, its water position is dated 19 March.
  const loaded = readDataFolder('lib/fixtures/settlement-data');
  if (!loaded.ok) throw new Error('settlement fixture does not load');
  const water = loaded.data.issues.find((i) => i.id === 'water')!;

  it('a statement a position on another issue cites is still related on this one, when none of this cell’s positions cites it', () => {
    const cell = cellView(modelAsOf(loaded.data, '2032-03-02'), 'westria', water);
    expect(cell.current).toBeUndefined();
    expect(cell.uncited.map((s) => s.id)).toEqual(['lenk-mar']);
  });

  it('once the cell’s own position cites it, it is not related any more', () => {
    const cell = cellView(buildModel(loaded.data), 'westria', water);
    expect(cell.current?.id).toBe('westria-water');
    expect(cell.uncited.map((s) => s.id)).not.toContain('lenk-mar');
  });
});
