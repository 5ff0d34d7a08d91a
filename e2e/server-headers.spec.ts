/**
 * The built site served two ways — by `npm run serve` (the suite's own server) and by Debian's nginx
 * with the generated `out.csp.nginx.conf` and the server block the README shows
 * (lib/site/serve-config.ts) — passes the same checks: every response, errors and odd paths
 * included, carries the security headers; every header line stays under 8 KiB (proxies refuse
 * more); a page's policy (header + its <meta> tag) allows exactly its own inline scripts; no
 * directory is listed; bad paths answer 400/404; odd methods 405; a 416 does not carry the file.
 * In Chromium, pages served by nginx report no CSP violation.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { inlineScripts, sha256Source } from '../lib/site/csp';
import { nginxMapPath, outDir, serveConfigPath } from '../lib/site/pages';
import { nginxServerBlock, type ServeConfig } from '../lib/site/serve-config';
import { directives, expect, recordCspViolations, routes, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

const NODE_PORT = Number(process.env.E2E_PORT ?? 3100);
// Past the ports playwright.config.ts gives the builds it serves (E2E_PORT + 0…4).
const NGINX_PORT = NODE_PORT + 10;
const out = outDir();

type Reply = { status: number; headers: http.IncomingHttpHeaders; rawHeaders: string[]; body: string };

/** A raw request: the path goes out exactly as written (no URL normalisation). */
function get(port: number, rawPath: string, method = 'GET', headers: Record<string, string> = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, rawHeaders: res.rawHeaders, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let nginx: ChildProcess | undefined;
let nginxDir: string;

test.beforeAll(async () => {
  nginxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-nginx-'));
  const config = JSON.parse(fs.readFileSync(serveConfigPath(out), 'utf8')) as ServeConfig;
  const temp = ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${path.join(nginxDir, t)};`)
    .join(' ');
  fs.writeFileSync(
    path.join(nginxDir, 'nginx.conf'),
    `worker_processes 1;
pid ${path.join(nginxDir, 'nginx.pid')};
error_log ${path.join(nginxDir, 'error.log')};
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_${temp}
    include ${nginxMapPath(out)};
${nginxServerBlock({ listen: `127.0.0.1:${NGINX_PORT}`, root: out, config })}
}
`,
  );
  expect(fs.existsSync('/usr/sbin/nginx'), "Debian's nginx (node scripts/ensure-chromium.mjs installs it)").toBe(true);
  nginx = spawn('/usr/sbin/nginx', ['-c', path.join(nginxDir, 'nginx.conf'), '-p', nginxDir, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  nginx.stderr!.on('data', (c) => (errors += c));
  for (let i = 0; i < 100; i++) {
    try {
      if ((await get(NGINX_PORT, '/')).status === 200) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not start on ${NGINX_PORT}: ${errors}`);
});

test.afterAll(() => {
  nginx?.kill('SIGTERM');
  fs.rmSync(nginxDir, { recursive: true, force: true });
});

/**
 * A header's one value. nginx sends its 416 through the header filter twice, repeating every
 * add_header line with the same value; a repeat of one value is one value, two different ones fail.
 */
function header(reply: Reply, name: string): string | undefined {
  const values = new Set<string>();
  for (let i = 0; i < reply.rawHeaders.length; i += 2)
    if (reply.rawHeaders[i]!.toLowerCase() === name) values.add(reply.rawHeaders[i + 1]!);
  expect(values.size, `one ${name}`).toBeLessThanOrEqual(1);
  return [...values][0];
}

function expectSecurityHeaders(reply: Reply, what: string) {
  expect(header(reply, 'x-content-type-options'), what).toBe('nosniff');
  expect(header(reply, 'referrer-policy'), what).toBe('no-referrer');
  expect(header(reply, 'x-frame-options'), what).toBe('DENY');
  expect(header(reply, 'permissions-policy'), what).toBe('camera=(), microphone=(), geolocation=()');
  const policy = directives(header(reply, 'content-security-policy') ?? '');
  expect(policy.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(policy.get('object-src'), what).toEqual(["'none'"]);
  expect(policy.get('base-uri'), what).toEqual(["'self'"]);
  for (let i = 0; i < reply.rawHeaders.length; i += 2)
    expect(
      `${reply.rawHeaders[i]}: ${reply.rawHeaders[i + 1]}`.length,
      `${what}: ${reply.rawHeaders[i]} under 8 KiB`,
    ).toBeLessThan(8 * 1024);
}

const firstChunk = () => `/_next/static/chunks/${fs.readdirSync(path.join(out, '_next/static/chunks'))[0]}`;

for (const [name, port] of [
  ['npm run serve', NODE_PORT],
  ['nginx', NGINX_PORT],
] as const) {
  test(`${name}: every page carries the headers and a policy allowing exactly its own inline scripts`, async () => {
    for (const route of routes) {
      const reply = await get(port, route);
      expect(reply.status, route).toBe(200);
      expectSecurityHeaders(reply, route);
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(reply.body)?.[1] ?? '';
      const headerPolicy = directives(header(reply, 'content-security-policy') ?? '');
      const page = directives(meta.replace(/&quot;/g, '"'));
      expect(page.get('default-src'), route).toEqual(["'self'"]);
      const scriptSrc = [...(page.get('script-src') ?? []), ...(headerPolicy.get('script-src') ?? [])];
      expect(scriptSrc, route).not.toContain("'unsafe-inline'");
      expect(scriptSrc, route).not.toContain("'unsafe-eval'");
      const hashes = [...new Set(inlineScripts(reply.body).map(sha256Source))].sort();
      expect(page.get('script-src'), route).toEqual(["'self'", ...hashes]);
      for (const values of [...headerPolicy.values(), ...page.values()])
        for (const value of values)
          expect(value, 'no outside origin').not.toMatch(/^(https?:|\*|\/\/)|^[a-z0-9.-]+\.[a-z]{2,}/i);
    }
  });

  test(`${name}: odd requests answer 400/404/405/416 with the headers, list no directory, send no file with a 416`, async () => {
    const cases: [string, number[], string?, Record<string, string>?][] = [
      ['/no-such-page-here/', [404]],
      ['/%', [400]],
      ['/issues/%00/', [400, 404]],
      ['/index.html%00.txt', [400, 404]],
      [`/${'a'.repeat(300)}/`, [404]],
      [`${'/a'.repeat(3000)}/`, [404]],
      ['/_next/', [404]],
      ['/cells/', [404]],
      ['/data/', [404]],
      ['/', [405], 'POST'],
      ['/', [405], 'DELETE'],
      [firstChunk(), [416], 'GET', { Range: 'bytes=999999999-' }],
      [firstChunk(), [200]],
    ];
    for (const [p, statuses, method = 'GET', headers = {}] of cases) {
      const reply = await get(port, p, method, headers);
      const what = `${method} ${p.slice(0, 50)}`;
      expect(statuses, `${what} → ${reply.status}`).toContain(reply.status);
      expectSecurityHeaders(reply, what);
      expect(reply.body, `${what}: no directory listing`).not.toMatch(/Index of|<a href="[^"]*\.(js|svg|json|css)">/);
      if (reply.status === 416) expect(reply.body.length, 'a 416 carries no file').toBeLessThan(500);
    }
  });
}

test('nginx: pages load in Chromium with no CSP violation, the not-found page included', async ({ page }) => {
  const violations = await recordCspViolations(page);
  for (const route of ['/', '/charts/', '/sources/', '/no-such-page-here/']) {
    const response = await page.goto(`http://127.0.0.1:${NGINX_PORT}${route}`);
    expect(response!.status()).toBe(route.startsWith('/no-such') ? 404 : 200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    expect(await violations(), route).toEqual([]);
  }
});
