/**
 * The studio's HTTP layer, on a running studio process: oversize bodies are refused with 413 before
 * they are read, malformed save bodies with 400 and a message (never a bare 500), state-changing
 * requests without the studio's own Origin with 403, a source id that is a path with the id's
 * message; and a slow article is stopped at the time limit while the studio goes on answering.
 * Red when: the size check runs after reading, the shape check is removed (500), an absent Origin is
 * let through, or intake runs on the request thread (the data request waits for the article).
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio } from '../test-servers';

let dir: string;
let port: number;
let studio: ChildProcess;
const LIMIT_MS = 1_500;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-http-'));
  fs.cpSync(path.resolve('data'), dir, { recursive: true });
  ({ port, child: studio } = await startStudio(dir, { STUDIO_INTAKE_LIMIT_MS: String(LIMIT_MS) }));
}, 60_000);

afterAll(() => {
  studio.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
});

const origin = () => `http://127.0.0.1:${port}`;

async function post(route: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin()}${route}`, {
    method: 'POST',
    headers: { Origin: origin(), 'Content-Type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, problems: (JSON.parse(text) as { problems?: string[] }).problems ?? [] };
}

describe('studio HTTP layer', () => {
  it('answers a malformed save body with 400 and a message', async () => {
    const cases: [string, string, RegExp][] = [
      ['null', 'application/json', /must be a JSON object/],
      ['{"actors":"abc"}', 'application/json', /versions must be/],
      ['[1,2]', 'application/json', /must be a JSON object/],
      [
        '{"versions":{},"source":{},"text":"x","actors":"abc","statements":[]}',
        'application/json',
        /actors must be a list/,
      ],
      ['{not json', 'application/json', /not valid JSON/],
      ['{}', 'text/plain', /must be sent as application\/json/],
    ];
    for (const [body, type, message] of cases) {
      const reply = await post('/api/save', body, { 'Content-Type': type });
      expect(reply.status, body).toBe(400);
      expect(reply.problems.join(' '), body).toMatch(message);
    }
  });

  it('refuses a state-changing request without the studio’s own Origin', async () => {
    for (const headers of [{ Origin: '' }, { Origin: 'http://evil.example' }]) {
      const response = await fetch(`${origin()}/api/save`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: '{}',
      });
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
  });

  it('refuses an oversize body with 413 before reading it', async () => {
    // Only the headers are sent: the answer comes without the 9 MB ever arriving.
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/ingest?name=big.txt',
          method: 'POST',
          headers: { Origin: origin(), 'Content-Length': String(9_000_000) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
          req.destroy();
        },
      );
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(status).toBe(413);
  });

  it('checks a source id before using it as a file name', async () => {
    const { versions } = (await (await fetch(`${origin()}/api/data`)).json()) as { versions: unknown };
    const reply = await post(
      '/api/save',
      JSON.stringify({ versions, source: { id: '../../x' }, text: 'Pier talks.', actors: [], statements: [] }),
    );
    expect(reply.status).toBe(422);
    expect(reply.problems).toEqual([
      expect.stringMatching(/^sources\.json: new record · id — must be a lower-case slug/),
    ]);
  });

  it('stops an article that runs past the time limit, answering other requests meanwhile', async () => {
    // A wide page under the element limit whose 5,000 quotations take far longer than the 1.5 s limit to
    // read (about 10 s on this machine; 9,000 plain blocks took 1.5 s, too close to the limit to test it).
    const block =
      '<div><p>“The pier stays open,” the ferry union’s Ada Brell said on Tuesday, and the council agreed.</p></div>';
    const html = `<!doctype html><html><head><title>Pier</title></head><body><article>${block.repeat(5_000)}</article></body></html>`;
    let intakeDone = false;
    const intake = post('/api/ingest?name=slow.html', html, {
      'Content-Type': 'text/html',
    }).finally(() => (intakeDone = true));
    await new Promise((r) => setTimeout(r, 200));
    const data = await fetch(`${origin()}/api/data`);
    expect(data.status).toBe(200);
    expect(intakeDone, 'the data request was answered while the article was still being read').toBe(false);
    const reply = await intake;
    expect(reply.status).toBe(503);
    expect(reply.problems).toEqual([
      expect.stringMatching(/^slow\.html: reading this article took more than 1\.5 s and was stopped/),
    ]);
  }, 10_000);
});
