/**
 * `npm run ingest -- <article.txt|page.html>`: proposes a source record and candidate statements for
 * an article, matched against the data folder (data/, or STANDPOINT_DATA_DIR). Writes nothing: review
 * and save the candidates in the studio (`npm run studio`).
 * `npm run --silent ingest -- --json <file>` prints only the proposal as JSON on stdout.
 * Options: --published YYYY-MM-DD, --outlet, --title, --url, --extent, --id (see --help).
 */
import fs from 'node:fs';
import { dataDir, displayPath, formatProblem, readDataFolder } from '../lib/load';
import { ArticleError } from '../lib/ingest/article';
import { existingSourceOf, ingest } from '../lib/ingest/ingest';
import { commandLine, dateFlag, userError } from './cli.mjs';
import { draftPositions } from './ingest-drafts';

const USAGE = `
usage: npm run ingest -- [options] <article.txt|page.html>

Proposes a source record and candidate statements for an article, matched against the data folder
(data/, or STANDPOINT_DATA_DIR). Writes nothing: review and save in the studio (npm run studio).

options:
  --json                 print only the proposal as JSON ({"source", "candidates", "proposedActors",
                         "draftPositions"});
                         use with npm run --silent
  --published YYYY-MM-DD the publication date, when the file does not state it. Without it (and without
                         one in the file) dates that need it are left unresolved (date null, dateNote why)
  --outlet NAME          the outlet, when the file does not state it
  --title TEXT           the title, when the file has no headline
  --url URL              where it was published
  --extent full|excerpt  whether the file holds the whole article or part of it (asked, never assumed)
  --id ID                the source id to propose
  -h, --help             this help
`;

const { values, positionals } = commandLine(USAGE, {
  options: {
    json: { type: 'boolean' },
    published: { type: 'string' },
    outlet: { type: 'string' },
    title: { type: 'string' },
    url: { type: 'string' },
    extent: { type: 'string' },
    id: { type: 'string' },
  },
  positionals: 1,
});

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const file = positionals[0];
if (!file) userError('give the article file: npm run ingest -- <article.txt|page.html> (see --help)');
const published = dateFlag('--published', values.published);
if (values.extent !== undefined && values.extent !== 'full' && values.extent !== 'excerpt')
  userError(`--extent must be full or excerpt, not "${values.extent}"`);
const extent = values.extent as 'full' | 'excerpt' | undefined;
let bytes: Buffer;
try {
  if (fs.statSync(file).isDirectory()) userError(`${file}: is a folder; give the article file`);
  bytes = fs.readFileSync(file);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  userError(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? error})`}`);
}

const loaded = readDataFolder(dataDir());
if (!loaded.ok)
  fail(
    `the data folder ${displayPath(dataDir())} has problems; fix them first (npm run validate):\n${loaded.problems.map(formatProblem).join('\n')}`,
  );

const options = { published, outlet: values.outlet, title: values.title, url: values.url, extent, id: values.id };
let proposal;
try {
  proposal = ingest(file, bytes, loaded.data, options);
} catch (error) {
  if (error instanceof ArticleError) userError(error.message);
  throw error;
}

// An article already in the data: say so, rather than propose a second copy of its source.
const existing = existingSourceOf(proposal.text, loaded.data.sources, loaded.data.texts);
// Its recorded publication date dates the statements, as in the studio.
if (existing && !published && /^\d{4}-\d{2}-\d{2}$/.test(existing.published))
  proposal = ingest(file, bytes, loaded.data, { ...options, published: existing.published });
if (existing)
  console.error(
    `! ${file}: already in the data as source "${existing.id}"; the studio adds new statements to it (npm run studio -- ${file})`,
  );

// Never a silent guess: say, in one line, what is missing and what it leaves open.
if (proposal.needsPublished) {
  const open = proposal.candidates.filter((c) => c.date === null).length;
  console.error(
    `! ${file}: no publication date in the file; ${open} of ${proposal.candidates.length} statement dates left unresolved — give --published YYYY-MM-DD`,
  );
}

// The positions these statements bear on, each with the headline the studio proposes.
const drafts = draftPositions(proposal.candidates, proposal.proposedActors, loaded.data);

if (values.json) {
  const { source, candidates, proposedActors } = proposal;
  process.stdout.write(JSON.stringify({ source, candidates, proposedActors, draftPositions: drafts }, null, 2) + '\n');
} else {
  const { source, candidates, proposedActors } = proposal;
  const quotes = candidates.filter((c) => c.quote !== null);
  console.log(
    `Source "${source.id}": ${source.title} — ${source.outlet}, ${source.published ?? 'publication date not known'}${source.inferred.length ? ` (inferred: ${source.inferred.join(', ')})` : ''}; extent ${source.extent ?? 'not known (full or excerpt? give --extent)'}`,
  );
  console.log(`${quotes.length} quotations, ${candidates.length - quotes.length} paraphrases\n`);
  for (const c of candidates) {
    const who = c.speaker ? `${c.speaker}${c.actor ? ` [${c.actor}]` : ' [new actor]'}` : '(speaker not found)';
    const what =
      c.quote !== null
        ? `"${c.quote.length > 90 ? c.quote.slice(0, 90) + '…' : c.quote}"`
        : `(paraphrase) ${c.passage.slice(0, 90)}…`;
    console.log(
      `- ${who} ${c.date ?? `date unresolved (${c.dateNote})`}${c.date && c.dateApprox ? ` (approx.: ${c.dateNote})` : ''} · ${c.evidence} · ${c.issues.join(', ') || 'no issue'} · ${c.confidence.toFixed(2)}\n  ${what}\n  why: ${c.why}`,
    );
  }
  if (proposedActors.length)
    console.log(
      `\nNew actors proposed: ${proposedActors.map((a) => `${a.name} (${a.stakeholder ?? 'side?'})`).join(', ')}`,
    );
  if (drafts.length)
    console.log(
      `\nPositions to review (each starts from the side's current stance; the headline is proposed, accept or edit it in the studio):\n${drafts
        .map(
          (d) =>
            `- ${d.stakeholder} on ${d.issue}: ${d.current ? `current position ${d.current.id} (as of ${d.current.asOf}${d.current.headline ? `, headline: ${d.current.headline}` : ''})` : 'no position yet'}; statements ${d.candidates.map((k) => k + 1).join(', ')}\n  proposed headline: ${d.headline}`,
        )
        .join('\n')}`,
    );
  console.log('\nNothing was written. Review, edit and save these in the studio: npm run studio');
}
