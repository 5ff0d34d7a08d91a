/** File-level failures: what an analyst sees when a file is missing, empty, not JSON or off-schema. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem, readDataFolder } from './load';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-data-'));
  fs.cpSync(path.join(process.cwd(), 'data'), dir, { recursive: true });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function problems(): string[] {
  const result = readDataFolder(dir);
  return result.ok ? [] : result.problems.map(formatProblem);
}
const file = (name: string) => path.join(dir, name);

describe('reading a data folder', () => {
  it('reads the real data with no problems', () => {
    expect(problems()).toEqual([]);
  });

  it('names a missing file', () => {
    fs.rmSync(file('demands.json'));
    expect(problems()).toContainEqual(expect.stringMatching(/demands\.json: \(file\) — file is missing$/));
  });

  it('names an empty file', () => {
    fs.writeFileSync(file('issues.json'), '  \n');
    expect(problems()).toContainEqual(expect.stringMatching(/issues\.json: \(file\) — file is empty$/));
  });

  it('gives the line and column of broken JSON', () => {
    fs.writeFileSync(file('actors.json'), '{\n  "actors": [\n    { "id": "x", }\n  ]\n}');
    expect(problems()).toContainEqual(
      expect.stringMatching(/actors\.json: \(file\) — not valid JSON at line 3, column \d+/),
    );
  });

  it('names the record and field of a schema error', () => {
    const json = JSON.parse(fs.readFileSync(file('statements.json'), 'utf8'));
    json.statements[2].date = '2025-02-31';
    delete json.statements[4].summary;
    fs.writeFileSync(file('statements.json'), JSON.stringify(json));
    const lines = problems();
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `statements\\.json: statements\\[2\\] \\(id "${json.statements[2].id}"\\)\\.date — is not a real calendar date`,
        ),
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/statements\.json: statements\[4\] \(id "[^"]+"\)\.summary — /));
  });

  it('names a source without its text file', () => {
    const json = JSON.parse(fs.readFileSync(file('sources.json'), 'utf8'));
    fs.rmSync(file(`sources/${json.sources[0].id}.txt`));
    expect(problems()).toContainEqual(
      expect.stringMatching(/sources\.json: sources\[0\] \(id "[^"]+"\)\.id — no text file for this source/),
    );
  });

  it('goes on checking past a missing source text, so every problem shows in one run', () => {
    const sources = JSON.parse(fs.readFileSync(file('sources.json'), 'utf8'));
    fs.rmSync(file(`sources/${sources.sources[0].id}.txt`));
    const statements = JSON.parse(fs.readFileSync(file('statements.json'), 'utf8'));
    statements.statements[1].actor = 'nobody';
    fs.writeFileSync(file('statements.json'), JSON.stringify(statements));
    const lines = problems();
    expect(lines).toContainEqual(
      expect.stringMatching(/sources\.json: sources\[0\] .*\.id — no text file for this source/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/statements\.json: statements\[1\] .*\.actor — unknown actor "nobody"/),
    );
  });

  it('changes nothing on disk when it fails', () => {
    fs.writeFileSync(file('positions.json'), '{');
    const before = fs.readdirSync(dir).sort();
    problems();
    expect(fs.readdirSync(dir).sort()).toEqual(before);
    expect(fs.readFileSync(file('positions.json'), 'utf8')).toBe('{');
  });
});
