import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDataFolder } from '../../lib/load';
import type { Statement } from '../../lib/schema';
import { appendRecords, save, versions, type SaveRequest } from './save';
import { articleSave, articleStatement, type Article } from './test-article';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-save-'));
  fs.cpSync(path.resolve('data'), dir, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

// A hand-written article and the records an analyst would accept from it.
const HARBOUR: Article = {
  id: 'harbour-talks',
  title: 'Harbour talks resume',
  outlet: 'Harbour Gazette',
  published: '2025-08-07',
  quote: 'We expect a long winter of talks',
  saidBy: 'Mira Castellan, a fellow at the Harbour Institute',
  speaker: { id: 'castellan', name: 'Mira Castellan', role: 'Fellow, Harbour Institute' },
  statementId: 'castellan-long-winter',
  summary: 'Expects a long winter of talks.',
};
const statement = (over: Partial<Statement> = {}) => articleStatement(HARBOUR, { dateApprox: true, ...over });
const request = (over: Partial<SaveRequest> = {}) =>
  articleSave(versions(dir), HARBOUR, { statements: [statement()], ...over });
const snapshot = () =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true })
      .map((f) => [
        String(f),
        fs.statSync(path.join(dir, String(f))).isFile() ? fs.readFileSync(path.join(dir, String(f)), 'utf8') : '',
      ]),
  );

describe('studio save', () => {
  it('appends valid records that the loader then reads, leaving every existing line as it was', () => {
    const before = fs.readFileSync(path.join(dir, 'actors.json'), 'utf8');
    const result = save(dir, request());
    expect(result).toEqual({
      ok: true,
      written: ['sources/harbour-talks.txt', 'sources.json', 'actors.json', 'statements.json'],
    });
    const after = fs.readFileSync(path.join(dir, 'actors.json'), 'utf8');
    // Every line stays; the last record only gains the comma that separates it from the new one.
    const lines = before.split('\n');
    const kept = lines.slice(0, -4);
    expect(after.split('\n').slice(0, kept.length + 1)).toEqual([...kept, `${lines.at(-4)},`]);
    expect(after).toContain('    { "id": "castellan", "name": "Mira Castellan"');
    expect(after.split('\n')[1]).toMatch(/^ {2}"\$schema"/);
    const loaded = readDataFolder(dir);
    expect(loaded.ok && loaded.data.statements.find((s) => s.id === 'castellan-long-winter')?.actor).toBe('castellan');
  });

  it('refuses a quote that is not in the article with the validator’s message and writes nothing', () => {
    const before = snapshot();
    const result = save(dir, request({ statements: [statement({ quotes: ['We expect a short winter'] })] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.join('\n')).toMatch(
      /quote not found verbatim in the text of source "harbour-talks"/,
    );
    expect(snapshot()).toEqual(before);
  });

  it('refuses a record the schema rejects (empty summary), naming the record and field', () => {
    const before = snapshot();
    const result = save(dir, request({ statements: [statement({ summary: '' })] }));
    expect(!result.ok && result.problems).toEqual([
      'statements.json: new record "castellan-long-winter" · summary — must not be empty',
    ]);
    expect(snapshot()).toEqual(before);
  });

  it('refuses to overwrite a file changed on disk since the studio loaded it', () => {
    const loadedVersions = versions(dir);
    const file = path.join(dir, 'statements.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"summary": "', '"summary": "Edited elsewhere. '));
    const before = snapshot();
    const result = save(dir, request({ versions: loadedVersions }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.conflict).toBe(true);
    expect(snapshot()).toEqual(before);
  });

  it('saves a drafted position citing the new statement, and refuses one citing no statement of its own side', () => {
    // Dated a day before the analysts' existing positions, so it does not collide with them.
    const position = {
      id: 'analysts-summit-winter',
      stakeholder: 'analysts',
      issue: 'summit-format',
      asOf: '2025-08-06',
      summary: 'Expect long talks.',
      statements: ['castellan-long-winter'],
    };
    const statements = [statement({ date: '2025-08-06' })];
    const refused = save(dir, request({ statements, positions: [{ ...position, stakeholder: 'russia' }] }));
    expect(!refused.ok && refused.problems.join('\n')).toMatch(/cites no statement by russia itself/);
    const saved = save(dir, request({ statements, positions: [position] }));
    expect(saved.ok ? '' : saved.problems.join('\n')).toBe('');
    expect(saved).toMatchObject({ ok: true, written: expect.arrayContaining(['positions.json']) });
  });

  it('refuses a statement dated after the as-of date unless the as-of date is moved forward with it', () => {
    const later = request({
      source: { ...request().source, published: '2025-09-01' },
      statements: [statement({ date: '2025-09-01' })],
    });
    const refused = save(dir, later);
    expect(!refused.ok && refused.problems.join('\n')).toMatch(
      /2025-09-01 is after the dataset's as-of date 2025-08-07/,
    );
    expect(save(dir, { ...later, asOf: '2025-09-01' })).toMatchObject({
      ok: true,
      written: expect.arrayContaining(['dataset.json']),
    });
    const loaded = readDataFolder(dir);
    expect(loaded.ok && loaded.data.dataset.asOf).toBe('2025-09-01');
  });

  it('appends pretty-printed records to a pretty-printed list and fills an empty one', () => {
    const pretty = '{\n  "$schema": "x",\n  "things": [\n    {\n      "id": "a"\n    }\n  ]\n}\n';
    expect(appendRecords(pretty, 'things', [{ id: 'b' }])).toBe(
      '{\n  "$schema": "x",\n  "things": [\n    {\n      "id": "a"\n    },\n    {\n      "id": "b"\n    }\n  ]\n}\n',
    );
    expect(JSON.parse(appendRecords('{\n  "things": []\n}\n', 'things', [{ id: 'b' }]))).toEqual({
      things: [{ id: 'b' }],
    });
  });

  it('saving the same request twice writes nothing the second time (no duplicate records)', () => {
    expect(save(dir, request())).toMatchObject({ ok: true });
    const after = snapshot();
    // The studio reloads the versions after a save; the same records come again.
    expect(save(dir, request())).toEqual({ ok: true, written: [] });
    expect(snapshot()).toEqual(after);
  });

  it('adds statements to a source already in the folder, leaving its record and text alone', () => {
    expect(save(dir, request())).toMatchObject({ ok: true });
    const text = fs.readFileSync(path.join(dir, 'sources', 'harbour-talks.txt'), 'utf8');
    const more = statement({ id: 'castellan-harbour', quotes: ['a long winter'], summary: 'Expects a long winter.' });
    const result = save(dir, request({ actors: [], statements: [more] }));
    expect(result).toEqual({ ok: true, written: ['statements.json'] });
    const loaded = readDataFolder(dir);
    expect(loaded.ok && loaded.data.statements.filter((s) => s.source === 'harbour-talks').map((s) => s.id)).toEqual([
      'castellan-long-winter',
      'castellan-harbour',
    ]);
    expect(loaded.ok && loaded.data.sources.filter((s) => s.id === 'harbour-talks')).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'sources', 'harbour-talks.txt'), 'utf8')).toBe(text);
  });

  it('refuses a source id already taken by another text', () => {
    expect(save(dir, request())).toMatchObject({ ok: true });
    const result = save(dir, request({ text: 'Another article entirely.\n', actors: [], statements: [] }));
    expect(result).toEqual({
      ok: false,
      problems: ['sources/harbour-talks.txt already exists with other text; give the source another id'],
    });
  });
});
