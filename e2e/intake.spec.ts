/**
 * The intake journey: an analyst opens an article in the studio, accepts three candidates (fixing the
 * speaker of one), saves, builds the site, and finds the statements on it with the right speakers.
 * It works on a copy of data/ (the repo's data/ is never touched) and builds into out-intake/.
 * The article (fixtures/intake-article.txt) and the expected speakers are hand-written.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDataFolder } from '../lib/load';
import { expect, expectNoAxeViolations, test } from './fixtures';

const STUDIO_PORT = Number(process.env.E2E_PORT ?? 3100) + 1000;
const SITE_PORT = STUDIO_PORT + 1;
const OUT = 'out-intake';
const ARTICLE = path.resolve('e2e/fixtures/intake-article.txt');

// What the analyst accepts, and who said it (the third is fixed by hand: "the analyst" is Castellan).
const ACCEPTED = [
  { quote: 'A summit without a map is a photo opportunity', speaker: 'Mira Castellan' },
  { quote: 'Talks that start badly can still end well', speaker: 'Jonas Weir' },
  { quote: 'Sanctions deadlines concentrate minds', speaker: 'Mira Castellan' },
];

let dataDir: string;
const servers: ChildProcess[] = [];

function start(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
  servers.push(child);
  return child;
}

async function waitFor(url: string) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer`);
}

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-intake-'));
  fs.cpSync(path.resolve('data'), dataDir, { recursive: true });
  start([path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/studio.ts', '--port', String(STUDIO_PORT)], {
    STANDPOINT_DATA_DIR: dataDir,
  });
  await waitFor(`http://127.0.0.1:${STUDIO_PORT}/api/data`);
});

test.afterAll(() => {
  for (const child of servers) child.kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
  for (const target of [OUT, `${OUT}.serve.json`, `${OUT}.csp.nginx.conf`])
    fs.rmSync(target, { recursive: true, force: true });
});

test('ingest → accept three candidates, fix one speaker → save → build: the statements show with the right speakers', async ({
  page,
}) => {
  test.setTimeout(360_000);
  const dataBefore = fs.readFileSync(path.resolve('data/statements.json'), 'utf8');
  await page.goto(`http://127.0.0.1:${STUDIO_PORT}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Standpoint studio' })).toBeVisible();
  await page.getByLabel('Article file').setInputFiles(ARTICLE);
  await page.getByRole('button', { name: 'Find statements' }).click();
  await expect(page.getByRole('status')).toContainText('Found 5 quotations');
  await expectNoAxeViolations(page);

  const card = (quote: string) =>
    page.getByRole('article').filter({ has: page.getByRole('blockquote').filter({ hasText: quote }) });
  for (const { quote } of ACCEPTED) await card(quote).getByRole('checkbox', { name: 'Summit format' }).check();
  // The reviewer's fix: "the analyst" is Castellan, whom intake did not pick.
  const fixed = card(ACCEPTED[2]!.quote);
  await expect(fixed.getByLabel('Speaker (as the article names them)')).not.toHaveValue('Mira Castellan');
  await fixed.getByLabel('Speaker (as the article names them)').fill('Mira Castellan');
  await fixed.getByLabel('Actor').selectOption({ label: 'New: Mira Castellan' });
  for (const { quote } of ACCEPTED)
    await card(quote)
      .getByRole('button', { name: /^Accept/ })
      .click();

  // An invalid record is refused with the validator's message, and nothing is written.
  const summary = card(ACCEPTED[1]!.quote).getByLabel('Summary (one neutral line)');
  const written = await summary.inputValue();
  await summary.fill('');
  await page.getByRole('button', { name: 'Save to the data folder' }).click();
  await expect(page.getByRole('alert')).toContainText('summary — must not be empty');
  expect(fs.existsSync(path.join(dataDir, 'sources', 'analysts-split-over-the-summit-plan.txt'))).toBe(false);
  await summary.fill(written);
  await page.getByRole('button', { name: 'Save to the data folder' }).click();
  await expect(page.getByRole('status')).toContainText('Saved: sources/analysts-split-over-the-summit-plan.txt');
  await expectNoAxeViolations(page);

  // Saved through the project's loader: valid, with the speakers the reviewer chose.
  const loaded = readDataFolder(dataDir);
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  const actorName = (id: string) => loaded.data.actors.find((a) => a.id === id)?.name;
  for (const { quote, speaker } of ACCEPTED) {
    expect(loaded.data.statements.filter((s) => s.quotes.includes(quote)).map((s) => actorName(s.actor))).toEqual([
      speaker,
    ]);
  }
  expect(loaded.data.actors.some((a) => a.name === 'a European diplomat')).toBe(false);
  expect(fs.readFileSync(path.resolve('data/statements.json'), 'utf8')).toBe(dataBefore);

  // Build the copy into its own export folder and look at the statements page.
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, STANDPOINT_DATA_DIR: dataDir, STANDPOINT_OUT_DIR: OUT },
    encoding: 'utf8',
  });
  expect(build.status, build.stderr + build.stdout).toBe(0);
  start(['scripts/serve.mjs', '--port', String(SITE_PORT)], { STANDPOINT_OUT_DIR: OUT });
  await waitFor(`http://127.0.0.1:${SITE_PORT}/`);
  await page.goto(`http://127.0.0.1:${SITE_PORT}/statements/`);
  for (const { quote, speaker } of ACCEPTED) {
    const statement = page.getByRole('main').getByRole('article').filter({ hasText: quote });
    await expect(statement).toHaveCount(1);
    await expect(statement).toContainText(speaker);
  }
  // The exported site says nothing of the studio.
  const html =
    fs.readFileSync(path.join(OUT, 'statements', 'index.html'), 'utf8') +
    fs.readFileSync(path.join(OUT, 'index.html'), 'utf8');
  const mention = /.{0,60}(?:studio|127\.0\.0\.1).{0,60}/i.exec(html);
  expect(mention?.[0], 'the export mentions the studio').toBeUndefined();
});
