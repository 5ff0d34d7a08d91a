/**
 * Two studio processes on one data folder, saving at the same moment, round after round: in each
 * round exactly one save succeeds and is kept whole, the other is refused with 409 and leaves
 * nothing behind, and the folder validates. Turns red if the version check runs outside the lock
 * shared between processes (both answer ok, one's records lost or its text orphaned) or if a loss
 * is answered with anything but 409.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataFolder } from '../../lib/load';
import type { SaveRequest } from './save';
import { articleSave } from './test-article';
import { startStudio } from '../test-servers';

const ROUNDS_PER_TEST = 2;
const TESTS = 12;

let dir: string;
const studios: { port: number; child: ChildProcess }[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-race-'));
  fs.cpSync(path.resolve('data'), dir, { recursive: true });
  for (let i = 0; i < 2; i++) studios.push(await startStudio(dir));
  // A first raced round warms both processes up (their first save compiles and loads the checks);
  // it is checked like the others below.
  await raceRound();
}, 60_000);

afterAll(() => {
  for (const { child } of studios) child.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
});

// A fictional article per side and round: each names its own speaker and source.
function saveBody(versions: SaveRequest['versions'], round: number, side: 'a' | 'b') {
  const id = `race-${round}-${side}`;
  const speaker = side === 'a' ? 'Tove Lindqvist' : 'Rafe Okonjo';
  return articleSave(versions, {
    id,
    title: `Quay talks, round ${round}`,
    outlet: 'Quay Herald',
    published: '2025-08-07',
    quote: 'The quay reopens on Monday',
    saidBy: `${speaker} of the Quay Board`,
    speaker: { id: `${id}-speaker`, name: speaker, role: 'Quay Board' },
    statementId: `${id}-quay`,
    summary: 'The quay reopens on Monday.',
  });
}

async function post(port: number, body: unknown) {
  const response = await fetch(`http://127.0.0.1:${port}/api/save`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { ok?: boolean; problems?: string[] } };
}

let round = 0;
const outcomes = { won: 0, refused: 0 };

/** One round: both studios save at the same moment; checks the outcome and the folder. */
async function raceRound() {
  round++;
  const { versions } = (await (await fetch(`http://127.0.0.1:${studios[0]!.port}/api/data`)).json()) as {
    versions: SaveRequest['versions'];
  };
  const [a, b] = await Promise.all([
    post(studios[0]!.port, saveBody(versions, round, 'a')),
    post(studios[1]!.port, saveBody(versions, round, 'b')),
  ]);
  expect([a.status, b.status].sort()).toEqual([200, 409]);
  const [winner, loser] = a.status === 200 ? (['a', 'b'] as const) : (['b', 'a'] as const);
  outcomes.won++;
  outcomes.refused++;
  const loaded = readDataFolder(dir);
  expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  const data = loaded.ok ? loaded.data : undefined;
  const ids = new Set(
    [...(data?.sources ?? []), ...(data?.actors ?? []), ...(data?.statements ?? [])].map((x) => x.id),
  );
  for (const id of [`race-${round}-${winner}`, `race-${round}-${winner}-speaker`, `race-${round}-${winner}-quay`])
    expect(ids.has(id), `${id} kept`).toBe(true);
  for (const id of [`race-${round}-${loser}`, `race-${round}-${loser}-speaker`, `race-${round}-${loser}-quay`])
    expect(ids.has(id), `${id} not saved`).toBe(false);
  expect(fs.existsSync(path.join(dir, 'sources', `race-${round}-${loser}.txt`)), 'no orphan text').toBe(false);
}

describe('two studio processes saving into one data folder at the same moment', () => {
  for (let t = 0; t < TESTS; t++) {
    // About 0.6 s a round on 2 cores; the margin is for a machine busy with the rest of the suite.
    it(
      `rounds ${t * ROUNDS_PER_TEST + 2}–${(t + 1) * ROUNDS_PER_TEST + 1}: one save kept whole, the other refused with 409`,
      { timeout: 15_000 },
      async () => {
        for (let r = 0; r < ROUNDS_PER_TEST; r++) await raceRound();
      },
    );
  }
  it('every round was raced', () => {
    expect(outcomes).toEqual({ won: TESTS * ROUNDS_PER_TEST + 1, refused: TESTS * ROUNDS_PER_TEST + 1 });
  });
});
