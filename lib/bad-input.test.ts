/**
 * The bad-input corpus: lib/fixtures/bad-input/<case>/ each hold a case.json (what is broken, the
 * edits to make to a copy of data/, the problem expected) plus any files to drop in as they are.
 * Each case is applied to a fresh copy of data/ and read with the real loader; the first line naming
 * the expected file and field must carry the expected message. Cases expecting "valid" must load.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem, readDataFolder, type Problem } from './load';

/** A step into the JSON: a key, an index, or `{ "id": "…" }` for the record of a list with that id (robust to edits of data/). */
type Step = string | number | { id: string };
type Op =
  | { at: Step[]; set: unknown }
  | { at: Step[]; delete: true }
  | { at: Step[]; append: unknown }
  | { at: Step[]; appendCopyOf: Step[] }
  | { at: Step[]; setCopyOf: Step[] };
type Expected = { file: string; field: string; message: string; warning?: boolean; ends?: string };
type Case = {
  what: string;
  edit?: Record<string, Op[] | 'remove' | 'prefix-bom'>;
  /**
   * A problem expected, or several (all from one run); `warning: true` expects a warning (the data may
   * still load). The message holds `message` and, with `ends`, ends with it (nothing said after it).
   */
  expect: 'valid' | Expected | Expected[];
};

const CORPUS = path.join(import.meta.dirname, 'fixtures', 'bad-input');
const cases = fs.readdirSync(CORPUS).sort();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-bad-input-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function key(node: unknown, step: Step): string | number {
  if (typeof step !== 'object') return step;
  const index = (node as { id?: unknown }[]).findIndex((record) => record.id === step.id);
  if (index < 0) throw new Error(`no record with id "${step.id}" in the copy of data/: update the case`);
  return index;
}
function get(root: unknown, at: Step[]): unknown {
  return at.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[key(node, step)], root);
}
function parentOf(root: unknown, at: Step[]) {
  const parent = get(root, at.slice(0, -1));
  return { parent: parent as Record<string | number, unknown>, key: key(parent, at[at.length - 1]!) };
}

function applyEdits(dir: string, edits: NonNullable<Case['edit']>) {
  for (const [file, ops] of Object.entries(edits)) {
    const full = path.join(dir, file);
    if (ops === 'remove') fs.rmSync(full);
    else if (ops === 'prefix-bom') fs.writeFileSync(full, '\uFEFF' + fs.readFileSync(full, 'utf8'));
    else {
      const json = JSON.parse(fs.readFileSync(full, 'utf8'));
      for (const op of ops) {
        const { parent, key } = parentOf(json, op.at);
        if ('set' in op) parent[key] = op.set;
        else if ('delete' in op) delete parent[key];
        else if ('append' in op) (parent[key] as unknown[]).push(op.append);
        else if ('appendCopyOf' in op) (parent[key] as unknown[]).push(structuredClone(get(json, op.appendCopyOf)));
        else parent[key] = structuredClone(get(json, op.setCopyOf));
      }
      fs.writeFileSync(full, JSON.stringify(json, null, 2));
    }
  }
}

/** A copy of data/ with the case's edits made and its files dropped in. */
function caseFolder(name: string): { dir: string; spec: Case } {
  const dir = path.join(scratch, name);
  fs.cpSync(path.join(process.cwd(), 'data'), dir, { recursive: true });
  const spec = JSON.parse(fs.readFileSync(path.join(CORPUS, name, 'case.json'), 'utf8')) as Case;
  applyEdits(dir, spec.edit ?? {});
  fs.cpSync(path.join(CORPUS, name), dir, { recursive: true, filter: (src) => path.basename(src) !== 'case.json' });
  return { dir, spec };
}

/** The field path with the `(id "…")` annotations dropped, so the case need not copy ids from data/. */
const bareField = (p: Problem) => p.path.replace(/ \((?:id "[^"]*"|stakeholder "[^"]*", issue "[^"]*")\)/g, '');
const fieldMatches = (p: Problem, field: string) =>
  new RegExp('^' + field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\[\\\*\\\]/g, '\\[\\d+\\]') + '$').test(
    bareField(p),
  );

describe('bad-input corpus', () => {
  it('has at least 30 broken cases, each saying what it breaks', () => {
    const specs = cases.map(
      (name) => JSON.parse(fs.readFileSync(path.join(CORPUS, name, 'case.json'), 'utf8')) as Case,
    );
    expect(specs.filter((s) => s.expect !== 'valid').length).toBeGreaterThanOrEqual(30);
    for (const spec of specs) expect(spec.what.length).toBeGreaterThan(5);
  });

  it.each(cases)('%s', (name) => {
    const { dir, spec } = caseFolder(name);
    const result = readDataFolder(dir);
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    if (spec.expect === 'valid') {
      expect(lines).toEqual([]);
      return;
    }
    for (const { file, field, message, warning, ends } of [spec.expect].flat()) {
      if (!warning) expect(result.ok, 'the folder must fail validation').toBe(false);
      const found = warning ? result.warnings : result.ok ? [] : result.problems;
      const inFile = found.filter((p) => p.file.endsWith(file));
      const match = inFile.find(
        (p) => fieldMatches(p, field) && p.message.includes(message) && p.message.endsWith(ends ?? ''),
      );
      const all = [...lines, ...result.warnings.map(formatProblem)];
      expect(
        match,
        `expected a problem "${file}: ${field} — …${message}…${ends ?? ''}" among:\n${all.join('\n')}`,
      ).toBeDefined();
      // The printed line reads `<file>: <field path> — <message>`.
      expect(formatProblem(match!)).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+ — .+`));
    }
  });
});
