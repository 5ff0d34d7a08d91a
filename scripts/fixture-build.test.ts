/**
 * A stakeholder or an issue added to data/ gets its pages, its matrix column or row and its compare
 * option with no code change: build the site from a copy of data/ with one of each appended, into
 * .fixture-build/out (never out/), and read the generated HTML.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { issue as issueRecord, side } from '../lib/fixtures/records';

const root = process.cwd();
const outRel = '.fixture-build/out';
const out = path.join(root, outRel);

const stakeholder = side('atlantis', 'Atlantis', 'ATL', 'A fixture side, added by the fixture-build test.');
const issue = issueRecord('harbour-access', 'Harbour access', 'Who may use the harbour?', [
  { short: 'Closed', description: 'Nobody may use the harbour.' },
  { short: 'Shared', description: 'Both sides share it.' },
  { short: 'Open', description: 'Anyone may use it.' },
]);
const quote = 'The harbour must stay open to every ship';
const position = {
  id: 'atlantis-harbour-access',
  stakeholder: 'atlantis',
  issue: 'harbour-access',
  asOf: '2025-08-01',
  summary: 'Atlantis wants the harbour open to all.',
  stance: { value: 90, rationale: 'An open harbour, the far end of the scale.' },
  statements: ['atlantis-open-harbour'],
};

function append(dir: string, file: string, key: string, ...records: unknown[]) {
  const full = path.join(dir, file);
  const json = JSON.parse(fs.readFileSync(full, 'utf8'));
  json[key].push(...records);
  fs.writeFileSync(full, JSON.stringify(json, null, 2));
}

function fixtureData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-fixture-'));
  fs.cpSync(path.join(root, 'data'), dir, { recursive: true });
  const text = `Atlantis spoke on 1 August 2025. "${quote}," its envoy said.`;
  fs.writeFileSync(path.join(dir, 'sources', 'atlantis-briefing.txt'), text);
  append(dir, 'sources.json', 'sources', {
    id: 'atlantis-briefing',
    title: 'Atlantis briefing',
    outlet: 'Fixture Press',
    published: '2025-08-01',
    language: 'en',
    kind: 'official-statement',
    extent: 'full',
  });
  append(dir, 'stakeholders.json', 'stakeholders', stakeholder);
  append(dir, 'issues.json', 'issues', issue);
  append(dir, 'actors.json', 'actors', {
    id: 'atlantis-envoy',
    name: 'Envoy of Atlantis',
    role: 'Envoy',
    stakeholder: 'atlantis',
    kind: 'person',
  });
  append(dir, 'statements.json', 'statements', {
    id: 'atlantis-open-harbour',
    actor: 'atlantis-envoy',
    source: 'atlantis-briefing',
    date: '2025-08-01',
    channel: 'Briefing',
    issues: ['harbour-access'],
    evidence: 'direct-quote',
    quotes: [quote],
    passage: text,
    summary: 'Wants the harbour open to every ship.',
  });
  append(dir, 'positions.json', 'positions', position);
  return dir;
}

const page = (route: string) => fs.readFileSync(path.join(out, route, 'index.html'), 'utf8');

describe('a build from a data folder with an added stakeholder and issue', () => {
  beforeAll(() => {
    fs.rmSync(path.join(root, '.fixture-build'), { recursive: true, force: true });
    const dataDir = fixtureData();
    execFileSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: root,
      env: { ...process.env, STANDPOINT_DATA_DIR: dataDir, STANDPOINT_OUT_DIR: outRel, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 240_000);

  it('writes its pages to the fixture folder, not out/', () => {
    expect(fs.existsSync(path.join(out, 'stakeholders', stakeholder.id, 'index.html'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'issues', issue.id, 'index.html'))).toBe(true);
  });

  it('gives the new stakeholder and issue their pages', () => {
    const side = page(`stakeholders/${stakeholder.id}`);
    expect(side).toContain(`<h1`);
    expect(side).toContain(stakeholder.description);
    expect(side).toContain('Envoy of Atlantis');
    const issuePage = page(`issues/${issue.id}`);
    expect(issuePage).toContain(issue.question);
    expect(issuePage).toContain(position.summary);
  });

  it('puts them in the matrix: a column, a row, and the cell with the new position', () => {
    const matrix = page('');
    expect(matrix).toContain(`href="/stakeholders/${stakeholder.id}/"`);
    expect(matrix).toContain(`href="/issues/${issue.id}/"`);
    const cell =
      new RegExp(`<td[^>]*data-stakeholder="${stakeholder.id}" data-issue="${issue.id}"[\\s\\S]*?</td>`).exec(
        matrix,
      )?.[0] ?? '';
    // No headline in the data: the cell shows a short phrase from the side and its stance, never a cut
    // sentence — 90 lies within 10 points of the scale's 100, "Open".
    expect(cell).toContain('Atlantis: at or near Open<');
    expect(cell).toContain(`href="/issues/${issue.id}/#side-${stakeholder.id}"`);
    // The detail the panel opens is the issue's cells file.
    const cells = JSON.parse(fs.readFileSync(path.join(out, 'cells', `${issue.id}.json`), 'utf8'));
    expect(cells[stakeholder.id].current.summary).toBe(position.summary);
    expect(cells.russia.current).toBeUndefined();
    expect(
      new RegExp(`<td[^>]*data-stakeholder="russia" data-issue="${issue.id}"[\\s\\S]*?</td>`).exec(matrix)?.[0],
    ).toContain('No stated position in the sources');
  });

  it('offers them as compare choices and lists the new statement', () => {
    const compare = page('compare');
    expect(compare).toContain(`value="${stakeholder.id}"`);
    expect(compare).toContain(`value="${issue.id}"`);
    expect(page('statements')).toContain(quote);
  });
});
