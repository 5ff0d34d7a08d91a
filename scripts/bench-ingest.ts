/**
 * `npm run bench:ingest`: runs intake over the labelled set (lib/ingest/corpus/*.labels.json: the seed
 * article plus articles written for it) and prints, per article and overall, quote recall, quote
 * precision, speaker accuracy and the time taken. `--verbose` lists every miss. Exits 1 below target.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dataDir, readDataFolder } from '../lib/load';
import { ingest } from '../lib/ingest/ingest';
import { corpusArticles, TARGETS } from '../lib/ingest/corpus';
import { ratio, score, type Score } from '../lib/ingest/score';
import { commandLine } from './cli.mjs';

const { values } = commandLine(
  `
usage: npm run bench:ingest [-- --verbose]

Runs intake over the hand-labelled set (lib/ingest/corpus/) and prints quote recall, quote precision
and speaker accuracy per article and overall; exits 1 below target.
  --verbose    list every miss
  -h, --help   this help
`,
  { options: { verbose: { type: 'boolean' } } },
);
const verbose = values.verbose === true;
const loaded = readDataFolder(dataDir());
if (!loaded.ok) throw new Error('data folder invalid; run npm run validate');

const rows: { name: string; s: Score; ms: number }[] = [];
for (const article of corpusArticles()) {
  const bytes = fs.readFileSync(article.file);
  const t0 = performance.now();
  const proposal = ingest(article.file, bytes, loaded.data, { published: article.labels.published });
  const ms = performance.now() - t0;
  rows.push({ name: article.name, s: score(article.labels, proposal.candidates), ms });
}

const pct = (x: number) => x.toFixed(2).padStart(9);
const line = (name: string, s: Pick<Score, 'labelled' | 'found' | 'matched' | 'speakersRight'>, ms: number) =>
  `${name.padEnd(22)}${String(s.labelled).padStart(7)}${String(s.found).padStart(7)}${pct(ratio(s.matched, s.labelled))}${pct(ratio(s.matched, s.found))}${pct(ratio(s.speakersRight, s.matched))}${(ms.toFixed(0) + ' ms').padStart(9)}`;
const total = (list: typeof rows) =>
  list.reduce(
    (t, r) => ({
      labelled: t.labelled + r.s.labelled,
      found: t.found + r.s.found,
      matched: t.matched + r.s.matched,
      speakersRight: t.speakersRight + r.s.speakersRight,
    }),
    { labelled: 0, found: 0, matched: 0, speakersRight: 0 },
  );

console.log(
  `${'article'.padEnd(22)}${'quotes'.padStart(7)}${'found'.padStart(7)}${'recall'.padStart(9)}${'precis.'.padStart(9)}${'speaker'.padStart(9)}${'time'.padStart(9)}`,
);
for (const r of rows) {
  console.log(line(r.name, r.s, r.ms));
  if (verbose)
    for (const m of [
      ...r.s.misses.map((q) => `  missed: ${q}`),
      ...r.s.extras.map((q) => `  extra: ${q}`),
      ...r.s.wrongSpeakers.map((w) => `  speaker: ${w}`),
    ])
      console.log(m);
}
const all = total(rows);
const written = total(rows.filter((r) => !r.name.startsWith('seed')));
const avg = (list: typeof rows) => list.reduce((t, r) => t + r.ms, 0) / Math.max(1, list.length);
console.log('-'.repeat(70));
console.log(line('written set', written, avg(rows.filter((r) => !r.name.startsWith('seed')))));
console.log(line('overall', all, avg(rows)));
const ok =
  ratio(all.matched, all.labelled) >= TARGETS.recall &&
  ratio(all.matched, all.found) >= TARGETS.precision &&
  ratio(all.speakersRight, all.matched) >= TARGETS.speaker;
console.log(
  `targets: recall ≥ ${TARGETS.recall}, precision ≥ ${TARGETS.precision}, speaker accuracy ≥ ${TARGETS.speaker} — ${ok ? 'met' : 'NOT met'} (time is per article, mean in the totals)`,
);
void path;
process.exit(ok ? 0 : 1);
