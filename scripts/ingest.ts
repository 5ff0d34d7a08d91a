/**
 * `npm run ingest -- <article.txt|page.html>`: proposes a source record and candidate statements for
 * an article, matched against the data folder (data/, or STANDPOINT_DATA_DIR). Writes nothing: review
 * and save the candidates in the studio (`npm run studio`).
 * `npm run --silent ingest -- --json <file>` prints only the proposal as JSON on stdout.
 * Options: --published YYYY-MM-DD, --outlet, --title, --url, --id (facts the file does not state).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { dataDir, displayPath, formatProblem, readDataFolder } from '../lib/load';
import { ArticleError } from '../lib/ingest/article';
import { ingest } from '../lib/ingest/ingest';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    published: { type: 'string' },
    outlet: { type: 'string' },
    title: { type: 'string' },
    url: { type: 'string' },
    id: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const file = positionals[0];
if (!file || positionals.length > 1)
  fail('usage: npm run ingest -- [--json] [--published YYYY-MM-DD] [--outlet NAME] <article.txt|page.html>');
if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published))
  fail(`--published must be a date written YYYY-MM-DD, not "${values.published}"`);
let bytes: Buffer;
try {
  if (fs.statSync(file).isDirectory()) fail(`${file}: is a folder; give the article file`);
  bytes = fs.readFileSync(file);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? error})`}`);
}

const loaded = readDataFolder(dataDir());
if (!loaded.ok)
  fail(
    `the data folder ${displayPath(dataDir())} has problems; fix them first (npm run validate):\n${loaded.problems.map(formatProblem).join('\n')}`,
  );

let proposal;
try {
  proposal = ingest(file, bytes, loaded.data, {
    published: values.published,
    outlet: values.outlet,
    title: values.title,
    url: values.url,
    id: values.id,
  });
} catch (error) {
  if (error instanceof ArticleError) fail(error.message);
  throw error;
}

if (values.json) {
  const { source, candidates, proposedActors } = proposal;
  process.stdout.write(JSON.stringify({ source, candidates, proposedActors }, null, 2) + '\n');
} else {
  const { source, candidates, proposedActors } = proposal;
  const quotes = candidates.filter((c) => c.quote !== null);
  console.log(
    `Source "${source.id}": ${source.title} — ${source.outlet}, ${source.published}${source.inferred.length ? ` (inferred: ${source.inferred.join(', ')})` : ''}`,
  );
  console.log(`${quotes.length} quotations, ${candidates.length - quotes.length} paraphrases\n`);
  for (const c of candidates) {
    const who = c.speaker ? `${c.speaker}${c.actor ? ` [${c.actor}]` : ' [new actor]'}` : '(speaker not found)';
    const what =
      c.quote !== null
        ? `"${c.quote.length > 90 ? c.quote.slice(0, 90) + '…' : c.quote}"`
        : `(paraphrase) ${c.passage.slice(0, 90)}…`;
    console.log(
      `- ${who} ${c.date ?? 'date unknown'}${c.dateApprox ? ' (approx.)' : ''} · ${c.evidence} · ${c.issues.join(', ') || 'no issue'} · ${c.confidence.toFixed(2)}\n  ${what}\n  why: ${c.why}`,
    );
  }
  if (proposedActors.length)
    console.log(
      `\nNew actors proposed: ${proposedActors.map((a) => `${a.name} (${a.stakeholder ?? 'side?'})`).join(', ')}`,
    );
  console.log('\nNothing was written. Review, edit and save these in the studio: npm run studio');
}
