import { describe, expect, it } from 'vitest';
import { Source, Statement, Position, Issue, PartialDate, Dataset } from './schema';

const statement = {
  id: 'rubio-fox',
  actor: 'rubio',
  source: 'seed',
  date: '2025-08-06',
  channel: 'Fox Business Network interview',
  issues: ['summit-format'],
  evidence: 'direct-quote',
  quotes: ['So we have got to get closer'],
  passage: '"So we have got to get closer," he said.',
  summary: 'A trilateral needs closer positions.',
};

/** A valid source record, whole text; tests take a field away or change one. */
const SOURCE = {
  id: 's',
  title: 't',
  outlet: 'o',
  published: '2025-08-07',
  language: 'en',
  kind: 'news-report',
  extent: 'full',
};

describe('schemas', () => {
  it('accept a valid statement and fill defaults', () => {
    const parsed = Statement.parse(statement);
    expect(parsed.dateApprox).toBe(false);
  });

  it.each([
    ['a non-slug id', { id: 'Rubio Fox' }, 'id'],
    ['an impossible date', { date: '2025-02-30' }, 'date'],
    ['a malformed date', { date: '6 Aug 2025' }, 'date'],
    ['an issue that is not an id', { issues: ['Summit format'] }, 'issues.0'],
    ['an unknown evidence kind', { evidence: 'rumour' }, 'evidence'],
    ['a direct quote without quotes', { quotes: [] }, 'quotes'],
    ['an empty summary', { summary: '   ' }, 'summary'],
    ['an unknown field', { speaker: 'Rubio' }, ''],
    ['a control character', { summary: 'bad\u0007bell' }, 'summary'],
  ])('reject a statement with %s', (_, change, field) => {
    const result = Statement.safeParse({ ...statement, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('accept partial dates and reject impossible ones', () => {
    for (const ok of ['2014', '2025-05', '2024-02-29']) expect(PartialDate.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['2025-13', '2025-00-10', '2023-02-29', '2025-8-6', ''])
      expect(PartialDate.safeParse(bad).success, bad).toBe(false);
  });

  it('reject stances outside 0–100', () => {
    const position = { id: 'p', stakeholder: 's', issue: 'i', asOf: '2025-08-07', summary: 'x', statements: ['a'] };
    expect(Position.safeParse({ ...position, stance: { value: 50, rationale: 'r' } }).success).toBe(true);
    expect(Position.safeParse({ ...position, stance: { value: 101, rationale: 'r' } }).success).toBe(false);
    expect(Position.safeParse({ ...position, stance: { value: -1, rationale: 'r' } }).success).toBe(false);
  });

  it('take a stance as a point or a range, never both, never reversed', () => {
    const position = { id: 'p', stakeholder: 's', issue: 'i', asOf: '2025-08-07', summary: 'x', statements: ['a'] };
    const ok = (stance: object) => Position.safeParse({ ...position, stance: { ...stance, rationale: 'r' } });
    expect(ok({ min: 0, max: 50 }).success).toBe(true);
    expect(ok({ min: 50, max: 0 }).error?.issues[0]?.message).toMatch(/must be less than max/);
    expect(ok({ min: 50, max: 50 }).success).toBe(false);
    expect(ok({ value: 20, min: 0, max: 50 }).error?.issues[0]?.message).toMatch(/not both/);
    expect(ok({ min: 0 }).error?.issues[0]?.message).toMatch(/needs both min and max/);
    expect(ok({}).success).toBe(false);
  });

  it('accept a statement that bears on no issue (it shows on the statements and sources pages only)', () => {
    expect(Statement.safeParse({ ...statement, issues: [] }).success).toBe(true);
  });

  it('require a source to say what kind it is and whether its text is whole; its retrieval date may be unknown', () => {
    const source = { ...SOURCE, extent: 'excerpt' };
    expect(Source.safeParse(source).success).toBe(true);
    expect(Source.safeParse({ ...source, retrieved: '2025-08-09' }).success).toBe(true);
    for (const field of ['kind', 'extent'] as const) {
      const { [field]: _dropped, ...without } = source;
      void _dropped;
      const result = Source.safeParse(without);
      expect(result.success, field).toBe(false);
      expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(field);
    }
    expect(Source.safeParse({ ...source, kind: 'rumour' }).success).toBe(false);
    expect(Source.safeParse({ ...source, retrieved: 'last week' }).success).toBe(false);
  });

  it('reject non-http source addresses', () => {
    expect(Source.safeParse({ ...SOURCE, url: 'https://example.org/a' }).success).toBe(true);
    expect(Source.safeParse({ ...SOURCE, url: 'javascript:alert(1)' }).success).toBe(false);
    expect(Source.safeParse({ ...SOURCE, url: 'data:text/html,x' }).success).toBe(false);
  });

  it('require an issue scale with all three anchors', () => {
    const anchor = { short: 'a', description: 'b' };
    const issue = { id: 'i', title: 'T', question: 'Q?', scale: { min: anchor, mid: anchor, max: anchor } };
    expect(Issue.safeParse(issue).success).toBe(true);
    expect(Issue.safeParse({ ...issue, scale: { min: anchor, max: anchor } }).success).toBe(false);
  });

  it('reject a data folder of another schema version; an older one is told to run npm run migrate', () => {
    const meta = { title: 't', subject: 's', asOf: '2025-08-07' };
    expect(Dataset.safeParse({ ...meta, version: 2 }).success).toBe(true);
    expect(Dataset.safeParse({ ...meta, version: 3 }).error?.issues[0]?.message).toMatch(/must be 2/);
    expect(Dataset.safeParse({ ...meta, version: 1 }).error?.issues[0]?.message).toMatch(/npm run migrate/);
  });
});
