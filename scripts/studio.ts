/**
 * `npm run studio [-- --port N] [article file]`: the review studio, a small local web app bound to
 * 127.0.0.1 (never the network). An analyst opens or pastes an article, reviews its candidate
 * statements, and saves them into the data folder (data/, or STANDPOINT_DATA_DIR) through the same
 * checks as the build. It is not part of the site: nothing in the static export links to it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { dataDir, displayPath, formatProblem, readDataFolder } from '../lib/load';
import { ArticleError } from '../lib/ingest/article';
import { existingSourceOf, ingest, type Proposal } from '../lib/ingest/ingest';
import { normalisedText } from '../lib/text';
import type { RawDataset } from '../lib/validate';
import { save, versions, type SaveRequest } from './studio/save';
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
const MAX_UPLOAD = 8_000_000;

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
app.use('/api/*', async (c, next) => {
  const origin = c.req.header('origin');
  if (
    c.req.method === 'POST' &&
    origin &&
    origin !== `http://127.0.0.1:${port}` &&
    origin !== `http://localhost:${port}`
  )
    return c.json({ problems: ['requests from other sites are refused'] }, 403);
  await next();
});

const page = (file: string, type: string) => () =>
  new Response(fs.readFileSync(path.join(here, file), 'utf8'), {
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });
app.get('/', page('page.html', 'text/html'));
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
      issues: d.issues.map(({ id, title }) => ({ id, title })),
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

app.post('/api/ingest', async (c) => {
  const name = c.req.query('name') || 'pasted.txt';
  const published = c.req.query('published') || undefined;
  const outlet = c.req.query('outlet') || undefined;
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length > MAX_UPLOAD)
    return c.json(
      {
        problems: [
          `${name}: the file is ${(bytes.length / 1e6).toFixed(1)} MB; an article over ${MAX_UPLOAD / 1e6} MB is refused`,
        ],
      },
      400,
    );
  if (published && !/^\d{4}-\d{2}-\d{2}$/.test(published))
    return c.json({ problems: ['the publication date must be written YYYY-MM-DD'] }, 400);
  const result = dataView();
  if (!result.ok) return c.json({ problems: result.problems }, 500);
  try {
    let proposal = ingest(name, bytes, result.data, { published, outlet });
    const existing = existingSource(proposal, result.data);
    // The source's own publication date dates the statements of an article already in the data.
    if (existing && !published && /^\d{4}-\d{2}-\d{2}$/.test(existing.published))
      proposal = ingest(name, bytes, result.data, { published: existing.published, outlet });
    return c.json(withSaved(proposal, result.data));
  } catch (error) {
    if (error instanceof ArticleError) return c.json({ problems: [error.message] }, 400);
    throw error;
  }
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

app.post('/api/save', async (c) => {
  let request: SaveRequest;
  try {
    request = (await c.req.json()) as SaveRequest;
  } catch {
    return c.json({ problems: ['the request is not valid JSON'] }, 400);
  }
  const result = save(dir, request);
  if (result.ok) return c.json(result);
  return c.json(result, result.conflict ? 409 : 422);
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
