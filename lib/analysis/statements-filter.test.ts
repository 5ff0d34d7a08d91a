import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readDataFolder } from '../load';
import { buildModel } from '../model';
import { digestStatement } from '../digest';
import { EVIDENCE_KINDS } from '../schema';
import { filterQuery, filterStatements, parseStatementFilter, type FilterChoices } from './statements-filter';
import { handDataset } from './hand-fixture';

function load() {
  const result = readDataFolder(path.join(process.cwd(), 'data'));
  if (!result.ok) throw new Error('data/ is invalid');
  return structuredClone(result.data);
}
const model = buildModel(load());
const digests = model.statements.map(digestStatement);
const choices: FilterChoices = {
  issue: model.issues.map((i) => ({ id: i.id, name: i.title })),
  stakeholder: model.stakeholders.map((s) => ({ id: s.id, name: s.name })),
  actor: model.actors.map((a) => ({ id: a.id, name: a.name })),
  evidence: EVIDENCE_KINDS.map((k) => ({ id: k, name: k })),
};

describe('statement filters', () => {
  it('with no filter keeps every statement, in order', () => {
    expect(filterStatements(digests, {}).map((s) => s.id)).toEqual(model.statements.map((s) => s.id));
  });

  it.each(model.issues.map((i) => i.id))('issue %s keeps exactly the statements on it', (issue) => {
    const expected = model.statements.filter((s) => s.issues.includes(issue)).map((s) => s.id);
    expect(filterStatements(digests, { issue }).map((s) => s.id)).toEqual(expected);
  });

  it('stakeholder, actor and evidence kind each narrow by their own field', () => {
    for (const side of model.stakeholders) {
      const expected = model.statements.filter((s) => model.actorById.get(s.actor)!.stakeholder === side.id).length;
      expect(filterStatements(digests, { stakeholder: side.id })).toHaveLength(expected);
    }
    for (const actor of model.actors)
      expect(filterStatements(digests, { actor: actor.id })).toHaveLength(
        model.statements.filter((s) => s.actor === actor.id).length,
      );
    for (const kind of EVIDENCE_KINDS)
      expect(filterStatements(digests, { evidence: kind })).toHaveLength(
        model.statements.filter((s) => s.evidence === kind).length,
      );
  });

  it('searches quotes and summaries, ignoring case', () => {
    const quoted = model.statements.find((s) => s.quotes.length > 0)!;
    const word = quoted.quotes[0]!.split(/\s+/)
      .find((w) => w.length > 6)!
      .replace(/[^\p{L}]/gu, '');
    const expected = model.statements.filter((s) =>
      [s.summary, ...s.quotes].some((t) => t.toLowerCase().includes(word.toLowerCase())),
    );
    const found = filterStatements(digests, { q: word.toUpperCase() });
    expect(found.map((s) => s.id)).toEqual(expected.map((s) => s.id));
    expect(found.map((s) => s.id)).toContain(quoted.id);
    expect(filterStatements(digests, { q: 'zzzz-no-such-words' })).toEqual([]);
  });

  it('a date range keeps statements whose date falls inside it; a month includes its days', () => {
    const dated = model.statements.filter((s) => s.date.length === 10);
    const day = dated[dated.length - 1]!.date;
    expect(filterStatements(digests, { from: day, to: day }).map((s) => s.id)).toEqual(
      model.statements.filter((s) => s.date === day).map((s) => s.id),
    );
    const month = day.slice(0, 7);
    expect(filterStatements(digests, { to: month }).length).toBe(
      model.statements.filter((s) => s.date.slice(0, 7) <= month).length,
    );
    expect(filterStatements(digests, { from: '2099-01-01' })).toEqual([]);
  });

  it('combines filters', () => {
    const filter = { issue: 'summit-format', stakeholder: 'united-states' };
    const expected = model.statements.filter(
      (s) => s.issues.includes('summit-format') && model.actorById.get(s.actor)!.stakeholder === 'united-states',
    );
    expect(filterStatements(digests, filter)).toHaveLength(expected.length);
    expect(expected.length).toBeGreaterThan(0);
  });
});

describe('statement filters in the URL', () => {
  it('round-trips through the query string', () => {
    const filter = { issue: 'territory', evidence: 'direct-quote', from: '2025-08-01', q: 'key element' };
    expect(parseStatementFilter(new URLSearchParams(filterQuery(filter)), choices)).toEqual({ filter, messages: [] });
  });

  it('drops unknown values with a message', () => {
    const { filter, messages } = parseStatementFilter(
      new URLSearchParams('issue=weather&actor=putin&from=yesterday'),
      choices,
    );
    expect(filter).toEqual({ actor: 'putin' });
    expect(messages).toHaveLength(2);
    expect(messages.join(' ')).toMatch(/weather/);
  });
});

describe('filterStatements on a hand-built dataset (answers worked out by hand)', () => {
  const statements = () => buildModel(handDataset()).statements.map(digestStatement);
  const ids = (filter: Parameters<typeof filterStatements>[1]) =>
    filterStatements(statements(), filter).map((s) => s.id);

  it('filters by issue, side, speaker and dates, oldest first', () => {
    expect(ids({ issue: 'border' })).toEqual(['orrin-border', 'vell-talks', 'brandt-talks']);
    expect(ids({ stakeholder: 'north' })).toEqual(['vell-ours', 'vell-quota', 'vell-dam', 'vell-talks']);
    expect(ids({ actor: 'sam-orrin', issue: 'water' })).toEqual(['orrin-share', 'orrin-dam']);
    expect(ids({ from: '2031-03-03' })).toEqual(['brandt-quota', 'vell-talks', 'brandt-talks']);
    expect(ids({ to: '2031-01' })).toEqual(['vell-ours']);
  });

  it('searches summaries and quotes whatever the quote marks and case', () => {
    expect(ids({ q: 'DAM' })).toEqual(['vell-dam', 'orrin-dam']);
    expect(ids({ q: 'Eastvale’s mediator' })).toEqual(['brandt-talks']);
    expect(ids({ q: 'EASTVALE‛S' })).toEqual(['brandt-talks']);
    expect(ids({ q: 'Northland’s' })).toEqual([]);
    expect(ids({ q: '„suits only the north.“' })).toEqual([]);
    expect(ids({ q: 'suits only the north.' })).toEqual(['orrin-dam']);
  });
});
