#!/usr/bin/env node
// Serves a static build with serve-handler (the engine of the `serve` package) and the security
// headers `npm run build` generated beside it (<out>.serve.json, lib/site/serve-config.ts).
// Around serve-handler this adds what a server left running needs:
// - the security headers on every response: pages, files, redirects, 400s, 404s, 405s, 500s;
// - only GET and HEAD (405 otherwise); a path that cannot name a file (bad escapes, NUL or other
//   control characters, a part over 255 bytes, hundreds of levels) answers 400/404 without a stack
//   in the log; no directory listings; a 416 sends no body;
// - it follows the build it serves: the header config is read again when it changes, and a
//   warning is printed when out/ holds another build than the one the config was written for;
// - text (pages, scripts, styles, data) gzip-compressed for a client that accepts it, as any
//   production server sends it (a phone on a slow network otherwise waits for ~4× the bytes).
// Usage: node scripts/serve.mjs [--port N]   (default: $PORT or 3000; folder: STANDPOINT_OUT_DIR or out/)
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import handler from 'serve-handler';
import { buildIdOf, outDir } from '../lib/site/out-dir.mjs';
import { commandLine, portFlag } from './cli.mjs';

const { values } = commandLine(
  `
usage: npm run serve [-- --port N]

Serves the static build in out/ (or STANDPOINT_OUT_DIR) with its security headers on 127.0.0.1.
  --port N     the port (default: $PORT or 3000)
  -h, --help   this help
`,
  { options: { port: { type: 'string' } } },
);

const out = outDir();
const shown = path.relative(process.cwd(), out) || out;
const configFile = `${out}.serve.json`;
if (!existsSync(path.join(out, 'index.html')) || !existsSync(configFile)) {
  console.error(`${shown}/ has no complete build (or no ${path.basename(configFile)}): run \`npm run build\` first.`);
  process.exit(1);
}
const port = portFlag('--port', values.port ?? process.env.PORT, 3000);

/** The config and the headers it gives every response and every page, re-read when the file changes. */
let current;
let lastCheck = 0;
const warned = new Set();
function settings() {
  const now = Date.now();
  if (current && now - lastCheck < 500) return current;
  lastCheck = now;
  let mtime;
  try {
    mtime = statSync(configFile).mtimeMs;
  } catch {
    mtime = current?.mtime; // removed during a rebuild: keep serving with the last headers
  }
  if (!current || mtime !== current.mtime) {
    try {
      const config = JSON.parse(readFileSync(configFile, 'utf8'));
      const rule = (source) => config.headers?.find((r) => r.source === source)?.headers ?? [];
      const all = rule('**/*');
      if (!all.some((h) => h.key === 'Content-Security-Policy'))
        console.warn(`serve: warning: ${path.basename(configFile)} gives no security headers; serving without them.`);
      const pageCsp = rule('**/*.html').find((h) => h.key === 'Content-Security-Policy')?.value;
      if (current) console.log(`serve: ${path.basename(configFile)} changed; headers reloaded.`);
      current = {
        mtime,
        build: config.build,
        all,
        pageCsp,
        // serve-handler only finds files; the headers are set here, on every response.
        handlerConfig: { ...config, headers: [], directoryListing: false, public: out },
      };
    } catch (error) {
      if (!current) throw error;
      console.warn(`serve: could not read ${path.basename(configFile)} (${error.message}); keeping the last headers.`);
      current.mtime = mtime;
    }
  }
  const served = buildIdOf(out);
  const key = `${served}|${current.build}`;
  if (current.build && served !== current.build && !warned.has(key)) {
    warned.add(key);
    console.warn(
      served
        ? `serve: warning: ${shown}/ now holds build ${served}, but ${path.basename(configFile)} was written for build ${current.build} — the build may have stopped before its last step; run \`npm run build\`.`
        : `serve: warning: ${shown}/ holds no complete build (being rebuilt?); pages may be missing until \`npm run build\` finishes.`,
    );
  }
  return current;
}

function setSecurityHeaders(response, s) {
  for (const { key, value } of s.all) response.setHeader(key, value);
}

function plain(response, s, status, message, extra = {}) {
  setSecurityHeaders(response, s);
  const body = `${message}\n`;
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...extra,
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

/** Why a request path cannot name a file of the build (400 or 404), or undefined when it can. */
function badPath(url) {
  const raw = url.split(/[?#]/)[0];
  if (!raw.startsWith('/')) return [400, 'Bad request: the path must start with /'];
  if (raw.length > 4096) return [404, 'Not found'];
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return [400, 'Bad request: the path has a broken %-escape'];
  }
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return [400, 'Bad request: the path holds a control character'];
  const parts = decoded.split('/');
  if (parts.length > 64 || parts.some((p) => Buffer.byteLength(p) > 255)) return [404, 'Not found'];
  return undefined;
}

/** Whether a whole-file answer is worth compressing: text, over 1 KiB, to a client that accepts gzip. */
function compressible(request, headers, type) {
  return (
    request.method === 'GET' &&
    !request.headers.range &&
    /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) &&
    /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg\+xml)/i.test(type) &&
    Number(headers['Content-Length'] ?? 0) > 1024
  );
}

/** Sends the body that serve-handler pipes into `response` through gzip (headers adjusted). */
function gzipBody(response, headers) {
  delete headers['Content-Length'];
  response.removeHeader('Content-Length');
  headers['Content-Encoding'] = 'gzip';
  headers.Vary = 'Accept-Encoding';
  const gzip = zlib.createGzip({ level: 6 });
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  gzip.on('data', (chunk) => write(chunk));
  gzip.on('end', () => end());
  // Small static files: the compressed stream takes every chunk at once (no back-pressure to relay).
  response.write = (chunk, encoding, callback) => {
    gzip.write(chunk, encoding, callback);
    return true;
  };
  response.end = (chunk, encoding, callback) => {
    const done = [chunk, encoding, callback].find((a) => typeof a === 'function');
    if (chunk && typeof chunk !== 'function') gzip.write(chunk, typeof encoding === 'string' ? encoding : undefined);
    if (done) response.once('finish', done);
    gzip.end();
    return response;
  };
}

const server = http.createServer((request, response) => {
  let s;
  try {
    s = settings();
  } catch (error) {
    console.error(`serve: cannot read ${path.basename(configFile)}: ${error.message}`);
    response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Internal error\n');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return plain(response, s, 405, 'Method not allowed: this site is read-only', { Allow: 'GET, HEAD' });
  const bad = badPath(request.url ?? '/');
  if (bad) return plain(response, s, bad[0], bad[1]);

  setSecurityHeaders(response, s);
  // A page (or the not-found page) gets the page header policy: its script hashes are in the page.
  // A 416 answers with its status and headers only — serve-handler would send the whole file.
  const writeHead = response.writeHead.bind(response);
  response.writeHead = (status, ...rest) => {
    const headers = typeof rest[0] === 'string' ? rest[1] : rest[0];
    const type = String(headers?.['Content-Type'] ?? response.getHeader('Content-Type') ?? '');
    if (s.pageCsp && /^text\/html\b/i.test(type)) response.setHeader('Content-Security-Policy', s.pageCsp);
    if (status === 200 && compressible(request, headers ?? {}, type)) gzipBody(response, headers);
    if (status === 416) {
      if (headers) delete headers['Content-Length'];
      response.setHeader('Content-Length', 0);
      response.write = () => true;
      const end = response.end.bind(response);
      response.end = (...args) => end(typeof args.at(-1) === 'function' ? args.at(-1) : undefined);
    }
    return writeHead(status, ...rest);
  };
  handler(request, response, s.handlerConfig).catch((error) => {
    console.error(`serve: 500 for ${request.url.slice(0, 200)}: ${error.message}`);
    if (response.headersSent) return response.destroy();
    plain(response, s, 500, 'Internal error');
  });
});
// A request Node cannot parse at all still gets the security headers with its 400.
server.on('clientError', (error, socket) => {
  if (!socket.writable) return;
  const headers = (current?.all ?? []).map(({ key, value }) => `${key}: ${value}\r\n`).join('');
  socket.end(`HTTP/1.1 400 Bad Request\r\n${headers}Content-Length: 0\r\nConnection: close\r\n\r\n`);
});
server.listen(port, '127.0.0.1', () => console.log(`Serving ${shown}/ at http://127.0.0.1:${port}/`));
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
