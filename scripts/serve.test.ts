/**
 * `npm run serve` on a small hand-made export folder: every response — page, file, redirect, 400,
 * 404, 405, 416 — carries the security headers; no directory is listed; paths that cannot name a
 * file answer 400/404 with no stack in the log; a 416 has no body; and the server follows a new
 * header config and warns when out/ holds another build than its config was written for.
 * Red when: a header is set only on files (redirects and errors bare), directory listing is on,
 * the NUL/long-path checks are removed (serve-handler answers 500 with a stack), the config is
 * read once at start, or text goes out uncompressed to a client that accepts gzip.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy, pageHeaderPolicy, sha256Source, withMetaPolicy } from '../lib/site/csp';
import { serveConfig } from '../lib/site/serve-config';
import { serveConfigPath } from '../lib/site/pages';
import { freePort } from './test-servers';

let root: string;
let out: string;
let port: number;
let server: ChildProcess;
let log = '';

const SCRIPT = 'self.__pier=1';
const page = (title: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>${title}</title><script src="/_next/static/chunks/app.js" async=""></script></head><body><h1>${title}</h1><script>${SCRIPT}</script></body></html>`;

function writeBuild(build: string) {
  fs.rmSync(path.join(out, '_next', 'static'), { recursive: true, force: true });
  const files: Record<string, string> = {
    'index.html': page('Pier talks'),
    '404.html': page('Not found'),
    'sources/index.html': page('Sources'),
    [`_next/static/${build}/_buildManifest.js`]: 'self.__BUILD_MANIFEST={}',
    '_next/static/chunks/app.js': 'console.log("pier")',
    'cells/pier.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'data/history.json': '{"days":[]}',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    fs.writeFileSync(path.join(out, file), file.endsWith('.html') ? withMetaPolicy(text) : text);
  }
}

function writeConfig(permissions = 'camera=(), microphone=(), geolocation=()') {
  const base = JSON.parse(fs.readFileSync('serve.json', 'utf8'));
  const config = serveConfig(base, out);
  for (const h of config.headers[0]!.headers) if (h.key === 'Permissions-Policy') h.value = permissions;
  fs.writeFileSync(serveConfigPath(out), JSON.stringify(config));
}

/** A raw request: the path is sent exactly as given (no URL normalisation). */
function request(
  rawPath: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
  out = path.join(root, 'out');
  writeBuild('build-one');
  writeConfig();
  port = await freePort();
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], {
    env: { ...process.env, STANDPOINT_OUT_DIR: out },
  });
  server.stdout!.on('data', (c) => (log += c));
  server.stderr!.on('data', (c) => (log += c));
  for (let i = 0; i < 100 && !log.includes('Serving'); i++) await new Promise((r) => setTimeout(r, 50));
}, 20_000);

afterAll(() => {
  server.kill('SIGTERM');
  fs.rmSync(root, { recursive: true, force: true });
});

function expectSecurityHeaders(headers: http.IncomingHttpHeaders, what: string) {
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('no-referrer');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['permissions-policy'], what).toBeTruthy();
  const csp = String(headers['content-security-policy']);
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
}

const LONG_PART = `/${'a'.repeat(300)}/`;
const DEEP = '/a'.repeat(3000) + '/';

describe('npm run serve', () => {
  it('sends the security headers on every kind of response, with the status each deserves', async () => {
    const cases: [string, number, { method?: string; headers?: Record<string, string> }?][] = [
      ['/', 200],
      ['/sources', 301],
      ['/_next/static/chunks/app.js', 200],
      ['/no-such-page/', 404],
      ['/%', 400],
      ['/issues/%00/', 400],
      ['/index.html%00.txt', 400],
      [LONG_PART, 404],
      [DEEP, 404],
      ['/_next/', 404],
      ['/cells/', 404],
      ['/data/', 404],
      ['/', 405, { method: 'POST' }],
      ['/', 405, { method: 'DELETE' }],
      ['/_next/static/chunks/app.js', 416, { headers: { Range: 'bytes=5000-6000' } }],
    ];
    for (const [p, status, options] of cases) {
      const response = await request(p, options);
      const what = `${options?.method ?? 'GET'} ${p.slice(0, 40)}`;
      expect(response.status, what).toBe(status);
      expectSecurityHeaders(response.headers, what);
      for (const [name, value] of Object.entries(response.headers))
        expect(`${name}: ${value}`.length, `${name} under 8 KiB`).toBeLessThan(8 * 1024);
    }
    expect(log).not.toMatch(/\n\s+at /);
  });

  it('gives a page the short page header and its script hashes in the page; other files the whole policy', async () => {
    const home = await request('/');
    expect(home.headers['content-security-policy']).toBe(pageHeaderPolicy());
    expect(home.headers['content-security-policy']).not.toMatch(/script-src|default-src/);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(home.body)?.[1] ?? '';
    expect(meta).toContain(`script-src 'self' ${sha256Source(SCRIPT)}`);
    expect(meta).toContain("default-src 'self'");
    expect(meta).not.toContain('frame-ancestors');
    // Before any script, after the charset (which must stay in the first 1,024 bytes).
    expect(home.body.indexOf('http-equiv')).toBeGreaterThan(home.body.indexOf('charSet'));
    expect(home.body.indexOf('http-equiv')).toBeLessThan(home.body.indexOf('<script'));
    const notFound = await request('/no-such-page/');
    expect(notFound.headers['content-security-policy']).toBe(pageHeaderPolicy());
    expect(notFound.body).toContain('<h1>Not found</h1>');
    expect((await request('/_next/static/chunks/app.js')).headers['content-security-policy']).toBe(defaultPolicy());
  });

  it('lists no directory and sends no body with a 416', async () => {
    for (const dir of ['/_next/', '/_next/static/chunks/', '/cells/', '/data/']) {
      const listing = await request(dir);
      expect(listing.status, dir).toBe(404);
      expect(listing.body, dir).not.toMatch(/Index of|>\s*(app\.js|pier\.svg|history\.json|chunks|static)\/?\s*</);
    }
    const range = await request('/_next/static/chunks/app.js', { headers: { Range: 'bytes=5000-6000' } });
    expect(range.body).toBe('');
    expect(range.headers['content-range']).toBe('bytes */19');
    expect((await request('/_next/static/chunks/app.js', { headers: { Range: 'bytes=0-6' } })).body).toBe('console');
  });

  it('sends a large text file gzip-compressed to a client that accepts it, and whole to one that does not', async () => {
    const text = page('Pier talks, every clause').repeat(40);
    fs.mkdirSync(path.join(out, 'big'), { recursive: true });
    fs.writeFileSync(path.join(out, 'big', 'index.html'), text);
    const raw = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port, path: '/big/', headers: { 'Accept-Encoding': 'gzip' } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        },
      );
      req.on('error', reject);
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.body.length).toBeLessThan(text.length / 4);
    expect(zlib.gunzipSync(raw.body).toString()).toBe(text);
    const plainAnswer = await request('/big/');
    expect(plainAnswer.headers['content-encoding']).toBeUndefined();
    expect(plainAnswer.body).toBe(text);
  });

  it('follows a rebuild: new headers are served, and a build its config was not written for is named', async () => {
    writeBuild('build-two');
    const until = Date.now() + 5_000;
    while (!/build-two/.test(log) && Date.now() < until) {
      await request('/');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(log).toMatch(/now holds build build-two, but .*serve\.json was written for build build-one/);
    writeConfig('camera=()');
    let permissions: unknown;
    while (permissions !== 'camera=()' && Date.now() < until + 5_000) {
      permissions = (await request('/')).headers['permissions-policy'];
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(permissions).toBe('camera=()');
  });
});
