/**
 * A data folder whose text fields carry markup and script — the real data/ with payloads put into
 * the dataset subject, a position summary, a statement summary and quote, and (so the quote stays
 * verbatim) the source text. All of it is valid data; the site must show it as literal text.
 * `tsx scripts/markup-fixture.ts` writes the folder to .tmp/markup-data and builds it into out-markup/
 * (STANDPOINT_OUT_DIR), leaving out/ alone; e2e/markup.spec.ts serves and checks that build.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildModel } from '../lib/model';
import { matrixView } from '../lib/reshape';
import { formatProblem, readDataFolder } from '../lib/load';
import { commandLine } from './cli.mjs';

/** Each payload, if it ever ran, would set window.__pwned. */
export const PAYLOADS = {
  script: '<script>window.__pwned="script"</script>',
  img: '<img src=x onerror="window.__pwned=\'img\'">',
  svg: '<svg onload="window.__pwned=\'svg\'"></svg>',
} as const;

export const MARKUP_DATA_DIR = path.resolve('.tmp/markup-data');
export const MARKUP_OUT_DIR = path.resolve('out-markup');

export type MarkupTargets = {
  stakeholder: string;
  issue: string;
  statement: string;
  source: string;
  quote: string;
  summary: string;
  positionSummary: string;
  subject: string;
};

export function writeMarkupData(dir: string = MARKUP_DATA_DIR): MarkupTargets {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.resolve('data'), dir, { recursive: true });
  const result = readDataFolder(dir);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  // The first matrix cell with a current position: its first statement gets the payloads.
  const cell = matrixView(buildModel(result.data))
    .rows.flatMap((row) => row.cells)
    .find((c) => c.current)!;
  const position = cell.current!;
  const statement = position.statements[0]!;
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const write = (file: string, json: unknown) => fs.writeFileSync(path.join(dir, file), JSON.stringify(json, null, 2));

  // Every payload stands in the quote: the summaries' attribute quotation marks must be quoted words (lib/validate.ts).
  const quote = `${PAYLOADS.script} and ${PAYLOADS.img} and ${PAYLOADS.svg}`;
  const passage = `An official wrote: "${quote}" ${PAYLOADS.svg}`;
  fs.appendFileSync(path.join(dir, 'sources', `${statement.source}.txt`), `\n\n${passage}\n`);

  const targets: MarkupTargets = {
    stakeholder: cell.side.id,
    issue: cell.issue.id,
    statement: statement.id,
    source: statement.source,
    quote,
    summary: `Summary ${PAYLOADS.img} ends here`,
    positionSummary: `Position ${PAYLOADS.svg} ${PAYLOADS.script} ends here`,
    subject: `Subject ${PAYLOADS.script} ends here`,
  };
  const statements = read('statements.json');
  const s = statements.statements.find((x: { id: string }) => x.id === statement.id);
  Object.assign(s, { passage, quotes: [quote], summary: targets.summary });
  write('statements.json', statements);
  const positions = read('positions.json');
  positions.positions.find((x: { id: string }) => x.id === position.id).summary = targets.positionSummary;
  write('positions.json', positions);
  const dataset = read('dataset.json');
  dataset.subject = targets.subject;
  write('dataset.json', dataset);
  return targets;
}

// Run as a script (not when a spec imports it for PAYLOADS and writeMarkupData).
if (process.argv[1]?.endsWith('markup-fixture.ts')) {
  commandLine(`
usage: npm run build:markup

Builds the markup fixture (data whose text fields hold <script> and <img onerror>) into out-markup/.
  -h, --help   this help
`);
  writeMarkupData();
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, STANDPOINT_DATA_DIR: MARKUP_DATA_DIR, STANDPOINT_OUT_DIR: MARKUP_OUT_DIR },
  });
  process.exit(built.status ?? 1);
}
