/**
 * `npm run bench:ingest`: runs intake over the labelled splits and prints, per article and per split,
 * quote recall, quote precision, speaker accuracy and the time taken:
 *   - the frozen split (lib/ingest/corpus-frozen-9/): copy the rules were never tuned on — the honest figure;
 *   - the read splits (lib/ingest/corpus-frozen/, corpus-frozen-2/ … corpus-frozen-8/): earlier frozen splits,
 *     whose misses were read and which have been tuned on since — printed for their history, no longer honest;
 *   - the tuning split (lib/ingest/corpus/: the seed article plus articles written for it).
 * `--verbose` lists every miss on the tuning and read splits (`--verbose-frozen` on the frozen one, only
 * after a final score); `--tuning-only` skips the frozen split. Exits 1 when any split is below its target.
 */
import fs from 'node:fs';
import { dataDir, readDataFolder } from '../lib/load';
import { ingest } from '../lib/ingest/ingest';
import { CORPUS_DIR, corpusArticles, FROZEN_DIR, FROZEN_TARGETS, READ_DIRS, TARGETS } from '../lib/ingest/corpus';
import { ratio, score, type Score } from '../lib/ingest/score';
import { commandLine } from './cli.mjs';

// Misses are listed for the tuning and read splits only: the frozen split's misses stay unseen while rules change
// (`--verbose-frozen` lists them, for after the final score).
const { values } = commandLine(
  `
usage: npm run bench:ingest [-- --verbose] [-- --verbose-frozen] [-- --tuning-only]

Runs intake over the hand-labelled splits — the frozen split (lib/ingest/corpus-frozen-9/, never tuned on:
the honest figure), the read splits (lib/ingest/corpus-frozen/, corpus-frozen-2/ … corpus-frozen-8/, earlier
frozen splits tuned on since) and the tuning split (lib/ingest/corpus/) — and prints quote recall,
quote precision and speaker accuracy per article and per split; exits 1 below target.
  --verbose          list every miss on the tuning and read splits
  --verbose-frozen   list every miss on the frozen split (only after a final score)
  --tuning-only      score the tuning split only
  -h, --help         this help
`,
  {
    options: {
      verbose: { type: 'boolean' },
      'verbose-frozen': { type: 'boolean' },
      'tuning-only': { type: 'boolean' },
    },
  },
);
const verbose = values.verbose === true;
const verboseFrozen = values['verbose-frozen'] === true;
const loaded = readDataFolder(dataDir());
if (!loaded.ok) throw new Error('data folder invalid; run npm run validate');
const data = loaded.data;

type Row = { name: string; s: Score; ms: number };
type Totals = Pick<Score, 'labelled' | 'found' | 'matched' | 'speakersRight' | 'namedWrong' | 'unflaggedWrong'>;

const pct = (x: number) => x.toFixed(2).padStart(9);
const line = (name: string, s: Totals, ms: number) =>
  `${name.padEnd(24)}${String(s.labelled).padStart(7)}${String(s.found).padStart(7)}${pct(ratio(s.matched, s.labelled))}${pct(ratio(s.matched, s.found))}${pct(ratio(s.speakersRight, s.matched))}${String(s.namedWrong).padStart(7)}${String(s.unflaggedWrong).padStart(10)}${(ms.toFixed(0) + ' ms').padStart(9)}`;
const total = (list: Row[]): Totals =>
  list.reduce(
    (t, r) => ({
      labelled: t.labelled + r.s.labelled,
      found: t.found + r.s.found,
      matched: t.matched + r.s.matched,
      speakersRight: t.speakersRight + r.s.speakersRight,
      namedWrong: t.namedWrong + r.s.namedWrong,
      unflaggedWrong: t.unflaggedWrong + r.s.unflaggedWrong,
    }),
    { labelled: 0, found: 0, matched: 0, speakersRight: 0, namedWrong: 0, unflaggedWrong: 0 },
  );
const avg = (list: Row[]) => list.reduce((t, r) => t + r.ms, 0) / Math.max(1, list.length);

function run(title: string, dir: string, targets: typeof TARGETS, verbose: boolean): boolean {
  const rows: Row[] = [];
  for (const article of corpusArticles(dir)) {
    const bytes = fs.readFileSync(article.file);
    const t0 = performance.now();
    const proposal = ingest(article.file, bytes, data, {
      published: article.labels.published,
    });
    rows.push({ name: article.name, s: score(article.labels, proposal.candidates), ms: performance.now() - t0 });
  }
  console.log(`\n${title}`);
  console.log(
    `${'article'.padEnd(24)}${'quotes'.padStart(7)}${'found'.padStart(7)}${'recall'.padStart(9)}${'precis.'.padStart(9)}${'speaker'.padStart(9)}${'wrong'.padStart(7)}${'unflagged'.padStart(10)}${'time'.padStart(9)}`,
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
  console.log('-'.repeat(89));
  const written = rows.filter((r) => !r.name.startsWith('seed'));
  if (written.length !== rows.length) console.log(line('written articles', total(written), avg(written)));
  console.log(line('split total', all, avg(rows)));
  console.log(
    `in counts: ${all.matched} of ${all.labelled} quotations found among ${all.found} candidates; ${all.speakersRight} of ${all.matched} speakers right`,
  );
  const ok =
    ratio(all.matched, all.labelled) >= targets.recall &&
    ratio(all.matched, all.found) >= targets.precision &&
    ratio(all.speakersRight, all.matched) >= targets.speaker;
  console.log(
    `targets: recall ≥ ${targets.recall}, precision ≥ ${targets.precision}, speaker accuracy ≥ ${targets.speaker} — ${ok ? 'met' : 'NOT met'} (time is per article, mean in the totals; "wrong": speakers named wrongly rather than left blank, "unflagged": of those, the ones intake did not mark to check)`,
  );
  return ok;
}

const frozen =
  values['tuning-only'] === true
    ? true
    : run(
        `FROZEN split (lib/ingest/${FROZEN_DIR.split(/[\\/]/).pop()}/: never used for tuning, misses read only after its last score — the honest figure)`,
        FROZEN_DIR,
        FROZEN_TARGETS,
        verboseFrozen,
      );
const read = READ_DIRS.map((dir) =>
  run(
    `READ split (lib/ingest/${dir.split(/[\\/]/).pop()}/: an earlier frozen split; its misses were read and it is tuned on now — NOT an honest figure)`,
    dir,
    FROZEN_TARGETS,
    verbose,
  ),
).every(Boolean);
const tuning = run(
  'TUNING split (lib/ingest/corpus/: the rules were written against it)',
  CORPUS_DIR,
  TARGETS,
  verbose,
);
process.exit(frozen && read && tuning ? 0 : 1);
