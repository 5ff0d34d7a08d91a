/**
 * `npm run studio [-- --port N] [article file]`: the review studio, a small local web app bound to
 * 127.0.0.1 (never the network). An analyst opens or pastes an article, reviews its candidate
 * statements, and saves them into the data folder (data/, or STANDPOINT_DATA_DIR) through the same
 * checks as the build. It is not part of the site: nothing in the static export links to it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { serve } from '@hono/node-server';
import { dataDir, displayPath, formatProblem, readDataFolder } from '../lib/load';
import { MAX_HTML_BYTES } from '../lib/ingest/article';
import { existingSourceOf, type Proposal } from '../lib/ingest/ingest';
import { normalisedText } from '../lib/text';
import type { RawDataset } from '../lib/types';
import { recoverDataLocked } from './studio/commit';
import { MAX_SAVE_TEXT, save, versions, type SaveRequest } from './studio/save';
import { commandLine, dateFlag, portFlag, userError } from './cli.mjs';

const { values, positionals } = commandLine(
  `
usage: npm run studio [-- --port N] [--published YYYY-MM-DD] [--outlet NAME] [article.txt|page.html]

The local review studio on http://127.0.0.1:4300/ (this machine only): open or paste an article,
review its candidate statements, save them into data/ (or STANDPOINT_DATA_DIR).
  --port N                 the port (default $STUDIO_PORT or 4300)
  --published YYYY-MM-DD   the publication date of the article given, when the file does not state it
  --outlet NAME            its outlet, when the file does not state it
  article                  an article to open when the page loads
  -h, --help               this help
`,
  { options: { port: { type: 'string' }, published: { type: 'string' }, outlet: { type: 'string' } }, positionals: 1 },
);
const port = portFlag('--port', values.port ?? process.env.STUDIO_PORT, 4300);
const initialPublished = dateFlag('--published', values.published);
if (positionals[0] && !fs.existsSync(positionals[0])) userError(`${positionals[0]}: no such file`);
const dir = dataDir();
const here = path.join(process.cwd(), 'scripts', 'studio');
const MAX_UPLOAD = MAX_HTML_BYTES;
// A save carries the article text (≤ MAX_SAVE_TEXT characters, up to 6 bytes each once escaped in JSON)
// and its records.
const MAX_SAVE_BODY = MAX_SAVE_TEXT * 6 + 1_000_000;
/** An article's intake runs in a worker; past this it is stopped and the analyst told. */
const INTAKE_TIME_LIMIT_MS = Number(process.env.STUDIO_INTAKE_LIMIT_MS ?? 20_000);

// A save a crash interrupted is undone before the studio reads the folder.
const recovered = recoverDataLocked(dir);
if (recovered) console.log(`studio: ${displayPath(dir)}/: ${recovered}`);

const app = new Hono();

// Only pages of this studio, from this machine: no framing, no outside scripts, no cross-site posts.
app.use('*', async (c, next) => {
  await next();
  c.header(
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'",
  );
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-store');
});
// A page on another site could point a name at 127.0.0.1 (DNS rebinding): answer only to our own host name.
app.use('*', async (c, next) => {
  const host = c.req.header('host');
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
    return c.text('This studio answers only at http://127.0.0.1:' + port + '/', 421);
  await next();
});
// Every request that changes state must say it comes from this studio's own page: a missing Origin
// (a script, another tool, an old browser form) is refused like another site's.
app.use('*', async (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
  const origin = c.req.header('origin');
  if (origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`)
    return c.json(
      {
        problems: [origin ? 'requests from other sites are refused' : 'a request without an Origin header is refused'],
      },
      403,
    );
  await next();
});

/** Refuses a body over `max` bytes with 413 before reading it (by its Content-Length, or while it streams). */
const limitBody = (max: number, what: string) =>
  bodyLimit({
    maxSize: max,
    onError: (c) =>
      c.json({ problems: [`${what} over ${(max / 1e6).toFixed(0)} MB is refused (is this really one article?)`] }, 413),
  });

const page = (file: string, type: string) => () =>
  new Response(fs.readFileSync(path.join(here, file), 'utf8'), {
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });
app.get('/', () => {
  // The analyst opened the studio: get an intake worker ready for the first article.
  if (!spare) spare = startIntakeWorker();
  return page('page.html', 'text/html')();
});
// The page's script: scripts/studio/client.ts (TypeScript, sharing lib/ helpers), bundled once at start.
const bundled = buildSync({
  entryPoints: [path.join(here, 'client.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2022',
  platform: 'browser',
  legalComments: 'none',
  minify: true,
  logLevel: 'silent',
});
const clientScript = bundled.outputFiles[0]!.text;
app.get(
  '/studio.js',
  () => new Response(clientScript, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } }),
);
app.get('/studio.css', page('studio.css', 'text/css'));

function dataView() {
  const loaded = readDataFolder(dir);
  if (!loaded.ok) return { ok: false as const, problems: loaded.problems.map(formatProblem) };
  const d = loaded.data;
  return {
    ok: true as const,
    data: d,
    view: {
      folder: displayPath(dir),
      versions: versions(dir),
      asOf: d.dataset.asOf,
      stakeholders: d.stakeholders.map(({ id, name }) => ({ id, name })),
      actors: d.actors.map(({ id, name, stakeholder, aliases }) => ({ id, name, stakeholder, aliases: aliases ?? [] })),
      issues: d.issues.map(({ id, title, scale }) => ({ id, title, scale })),
      statements: d.statements.map(({ id }) => id),
      sources: d.sources.map(({ id }) => id),
      positions: d.positions.map(({ id, stakeholder, issue, asOf, summary, stance, headline }) => ({
        id,
        stakeholder,
        issue,
        asOf,
        summary,
        stance: stance ?? null,
        headline: headline ?? null,
      })),
      demands: d.demands.map(({ id }) => id),
    },
  };
}

app.get('/api/data', (c) => {
  const result = dataView();
  return result.ok ? c.json(result.view) : c.json({ problems: result.problems }, 500);
});

// The worker loads TypeScript through tsx's require hook, as the studio itself does. One is kept
// ready once the page is opened (starting one costs a second or more); a worker stopped for running
// late is replaced.
function startIntakeWorker(): Worker {
  const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(path.join(here, 'intake-worker.ts'))});`, {
    eval: true,
    execArgv: [],
  });
  keepSpare(worker);
  return worker;
}
/** An idle worker, unreferenced (it does not keep the studio running) and forgotten if it dies. */
function keepSpare(worker: Worker) {
  worker.unref();
  worker.once('exit', () => {
    if (spare === worker) spare = undefined;
  });
  worker.on('error', () => undefined);
}
let spare: Worker | undefined;

/** Runs intake in a worker thread with a time limit, so the studio keeps answering meanwhile. */
function ingestOffThread(
  name: string,
  bytes: Uint8Array,
  data: unknown,
  options: { published?: string; outlet?: string },
): Promise<{ status: 200 | 400 | 500 | 503; body: unknown }> {
  const worker = spare ?? startIntakeWorker();
  spare = undefined;
  worker.removeAllListeners();
  worker.ref();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (status: 200 | 400 | 500 | 503, body: unknown, keep = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.removeAllListeners();
      if (keep && !spare) {
        keepSpare(worker);
        spare = worker;
      } else void worker.terminate();
      if (!spare) spare = startIntakeWorker();
      resolve({ status, body });
    };
    const timer = setTimeout(
      () =>
        finish(503, {
          problems: [
            `${name}: reading this article took more than ${INTAKE_TIME_LIMIT_MS / 1000} s and was stopped; save its text into a .txt and open that instead`,
          ],
        }),
      INTAKE_TIME_LIMIT_MS,
    );
    worker.on('message', (m: { ok: boolean; proposal?: unknown; problem?: string; error?: string }) => {
      if (m.ok) finish(200, m.proposal, true);
      else if (m.problem) finish(400, { problems: [m.problem] }, true);
      else {
        console.error(`studio: intake of ${name} failed: ${m.error}`);
        finish(500, { problems: [`${name}: the studio could not read this article (${m.error})`] });
      }
    });
    worker.on('error', (error) => {
      console.error(`studio: intake of ${name} failed: ${error.message}`);
      finish(500, { problems: [`${name}: the studio could not read this article (${error.message})`] });
    });
    worker.on('exit', () => finish(500, { problems: [`${name}: the studio could not read this article`] }));
    worker.postMessage({ name, bytes, data, options });
  });
}

app.post('/api/ingest', limitBody(MAX_UPLOAD, 'an article file'), async (c) => {
  const name = c.req.query('name') || 'pasted.txt';
  const published = c.req.query('published') || undefined;
  const outlet = c.req.query('outlet') || undefined;
  if (published && !/^\d{4}-\d{2}-\d{2}$/.test(published))
    return c.json({ problems: ['the publication date must be written YYYY-MM-DD'] }, 400);
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  const result = dataView();
  if (!result.ok) return c.json({ problems: result.problems }, 500);
  const first = await ingestOffThread(name, bytes, result.data, { published, outlet });
  if (first.status !== 200) return c.json(first.body as object, first.status);
  let proposal = first.body as Proposal;
  const existing = existingSource(proposal, result.data);
  // The source's own publication date dates the statements of an article already in the data.
  if (existing && !published && /^\d{4}-\d{2}-\d{2}$/.test(existing.published)) {
    const again = await ingestOffThread(name, bytes, result.data, { published: existing.published, outlet });
    if (again.status !== 200) return c.json(again.body as object, again.status);
    proposal = again.body as Proposal;
  }
  return c.json(withSaved(proposal, result.data));
});

/**
 * An article already in the data folder (the same text, whitespace aside) keeps its source record and
 * text: its accepted statements are added to it. Candidates already saved from it say as what.
 */
const existingSource = (proposal: Proposal, data: RawDataset) =>
  existingSourceOf(proposal.text, data.sources, data.texts);

function withSaved(proposal: Proposal, data: RawDataset) {
  const existing = existingSource(proposal, data);
  if (!existing) return { ...proposal, existing: false, savedAs: proposal.candidates.map(() => null) };
  const folded = (s: string) => normalisedText(s);
  const ofSource = data.statements.filter((s) => s.source === existing.id);
  return {
    ...proposal,
    source: existing,
    text: data.texts.get(existing.id)!,
    needsPublished: false,
    existing: true,
    savedAs: proposal.candidates.map(
      (c) =>
        ofSource.find((s) =>
          c.quote !== null
            ? s.quotes.some((q) => folded(q) === folded(c.quote!))
            : folded(s.passage) === folded(c.passage),
        )?.id ?? null,
    ),
  };
}

/** What is wrong with a save request's shape, before any of it is used ('' when nothing). */
function requestShapeProblem(body: unknown): string {
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(body)) return 'the request must be a JSON object with versions, source, text, actors and statements';
  const b = body as Record<string, unknown>;
  if (!isObject(b.versions)) return 'versions must be the object the studio read with the data';
  if (!isObject(b.source)) return 'source must be an object';
  if (typeof b.text !== 'string') return 'text must be a string (the article text)';
  for (const key of ['actors', 'statements', 'positions', 'demands'] as const) {
    const list = b[key];
    if (list === undefined && (key === 'positions' || key === 'demands')) continue;
    if (!Array.isArray(list) || !list.every(isObject)) return `${key} must be a list of records`;
  }
  if (b.asOf !== undefined && typeof b.asOf !== 'string') return 'asOf must be a date written YYYY-MM-DD';
  return '';
}

async function readJson(c: Context): Promise<{ body: unknown } | { problem: string }> {
  if (!/^application\/json\b/i.test(c.req.header('content-type') ?? ''))
    return { problem: 'the request must be sent as application/json' };
  try {
    return { body: await c.req.json() };
  } catch {
    return { problem: 'the request is not valid JSON' };
  }
}

app.post('/api/save', limitBody(MAX_SAVE_BODY, 'a save'), async (c) => {
  const read = await readJson(c);
  if ('problem' in read) return c.json({ problems: [read.problem] }, 400);
  const shape = requestShapeProblem(read.body);
  if (shape) return c.json({ problems: [shape] }, 400);
  const result = save(dir, read.body as SaveRequest);
  if (result.ok) return c.json(result);
  return c.json(result, result.conflict ? 409 : 422);
});

// Anything the studio does not know: a plain 404 (and 405 for a known path with another method).
app.notFound((c) => c.json({ problems: [`no such page: ${c.req.method} ${new URL(c.req.url).pathname}`] }, 404));
app.onError((error, c) => {
  console.error(`studio: ${c.req.method} ${new URL(c.req.url).pathname}: ${error.message}`);
  return c.json({ problems: [`the studio failed: ${error.message}`] }, 500);
});

// An article named on the command line opens when the page loads.
const initial = positionals[0];
app.get('/api/initial', (c) => {
  if (!initial) return c.json({});
  return c.json({
    name: path.basename(initial),
    content: Buffer.from(fs.readFileSync(initial)).toString('base64'),
    published: initialPublished ?? null,
    outlet: values.outlet ?? null,
  });
});

const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => {
  console.log(`Standpoint studio: http://127.0.0.1:${info.port}/ — saving into ${displayPath(dir)}/ (Ctrl+C stops it)`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
