/**
 * The intake journey, end to end: the studio opens an undated article given on the command line,
 * asks for its publication date before it dates anything (and before Save), dates the statements
 * from it, warns when the actor chosen is not the speaker the article names, saves (twice: the
 * second does nothing), adds a statement left out to the now-saved source, builds, and the statements and a drafted position with its stance are on
 * the built pages. It works on a copy of data/ (the repo's data/ is never touched) and builds into
 * out-intake/. The article (fixtures/intake-undated.txt, fictional analysts) and every expected
 * value below are hand-written.
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
const ARTICLE = path.resolve('e2e/fixtures/intake-undated.txt');
const SOURCE_ID = 'analysts-weigh-the-aug-9-talks';
const PUBLISHED = '2025-08-12';

// Worked out by hand from the article published 12 Aug 2025: "said on Aug. 9"; "The day before the
// Aug. 9 meeting"; the third remark is not dated, so the publication date stands in (approximate).
const HALLAM = {
  quote: 'changed the mood more than the map',
  speaker: 'Oren Hallam',
  date: '2025-08-09',
  shown: '9 Aug 2025',
};
const VOIGHT = {
  quote: 'rewards whoever arrives with the fewest conditions',
  speaker: 'Petra Voight',
  date: '2025-08-08',
  shown: '8 Aug 2025',
};
const UNDATED = 'Nobody should expect a signed text this month';

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
  start([path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/studio.ts', '--port', String(STUDIO_PORT), ARTICLE], {
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

// The two tests share one studio; they run in order in one worker (the second saves into the copy).
test.describe.configure({ mode: 'default' });

test('a position drafted without a headline is offered one from its side and stance; Accept fills the field, which stays editable', async ({
  page,
}) => {
  const loaded = readDataFolder(path.resolve('data'));
  if (!loaded.ok) throw new Error('data/ does not load');
  // Ukraine on the summit format: a range with no headline in data/ (the studio starts the draft from it).
  const standing = loaded.data.positions.find((p) => p.id === 'ukraine-summit-format')!;
  expect(standing.headline).toBeUndefined();
  const { min, max } = standing.stance!;
  await page.goto(`http://127.0.0.1:${STUDIO_PORT}/`);
  // The draft form needs only the data folder, not the article the studio is still reading.
  const draft = page.locator('#draft-form');
  await draft.getByLabel('Side', { exact: true }).selectOption({ label: 'Ukraine' });
  await draft.getByLabel('Issue', { exact: true }).selectOption({ label: 'Summit format' });
  const field = draft.getByLabel(/^Headline/);
  const accept = draft.getByRole('button', { name: 'Accept the proposed headline' });
  const proposed = draft.locator('#draft-headline-proposed');
  await expect(field).toHaveValue('');
  await expect(proposed).toHaveText(`Ukraine: somewhere in ${min}–${max}`);
  // A point at 80 on this scale (Trilateral now 0, Bilateral, then trilateral 50, Bilateral only 100).
  await draft.getByLabel('Stance', { exact: true }).selectOption('point');
  await draft.getByLabel('Point (0–100)').fill('80');
  await expect(proposed).toHaveText('Ukraine: leaning to Bilateral only');
  await accept.click();
  await expect(field).toHaveValue('Ukraine: leaning to Bilateral only');
  await expect(accept).toBeHidden();
  await field.fill('Ukraine open to a bilateral meeting first');
  await expect(draft.getByRole('table')).toContainText('Ukraine open to a bilateral meeting first');
  // A side whose current position has a headline starts from it: nothing to propose.
  await draft.getByLabel('Side', { exact: true }).selectOption({ label: 'Russia' });
  await draft.getByLabel('Issue', { exact: true }).selectOption({ label: 'Territory' });
  await expect(field).toHaveValue(loaded.data.positions.find((p) => p.id === 'russia-territory')!.headline!);
  await expect(accept).toBeHidden();
});

test('npm run ingest lists the positions its statements bear on, each with a proposed headline', () => {
  const run = spawnSync(
    process.execPath,
    [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/ingest.ts', '--json', '--published', PUBLISHED, ARTICLE],
    { encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  // Hallam and Voight (new actors proposed for Analysts) speak on the summit format; the analysts'
  // position there in data/ has no stance.
  const { draftPositions } = JSON.parse(run.stdout) as {
    draftPositions: { stakeholder: string; issue: string; headline: string }[];
  };
  expect(draftPositions).toContainEqual(
    expect.objectContaining({
      stakeholder: 'analysts',
      issue: 'summit-format',
      headline: 'Analysts: position not placed on the scale',
    }),
  );
});

test('undated article → the date asked → statements dated right → wrong actor warned → save twice → build: statements and the drafted stance on the site', async ({
  page,
}) => {
  test.setTimeout(900_000);
  const dataBefore = fs.readFileSync(path.resolve('data/statements.json'), 'utf8');
  await page.goto(`http://127.0.0.1:${STUDIO_PORT}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Standpoint studio' })).toBeVisible();

  // The article from the command line opens by itself, and "Find statements" reads it again.
  await expect(page.getByRole('status')).toContainText('Found 3 quotations');
  await page.getByRole('button', { name: 'Find statements' }).click();
  await expect(page.getByRole('status')).toContainText('Found 3 quotations');
  await expect(page.getByRole('status')).toContainText('does not state its publication date');

  const card = (quote: string) =>
    page.getByRole('article').filter({ has: page.getByRole('blockquote').filter({ hasText: quote }) });
  // Nothing is dated until the publication date is given, and Save says so.
  for (const quote of [HALLAM.quote, VOIGHT.quote, UNDATED])
    await expect(card(quote).getByLabel('Date said')).toHaveValue('');
  await page.getByRole('button', { name: 'Save to the data folder' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toContainText(
    'Give the publication date',
  );
  await page.getByLabel('Publication date of this article').fill(PUBLISHED);
  await page.getByRole('button', { name: 'Resolve the dates with this publication date' }).click();
  await expect(card(HALLAM.quote).getByLabel('Date said')).toHaveValue(HALLAM.date);
  await expect(card(VOIGHT.quote).getByLabel('Date said')).toHaveValue(VOIGHT.date);
  await expect(card(VOIGHT.quote).getByLabel('Date is approximate')).not.toBeChecked();
  await expect(card(UNDATED).getByLabel('Date said')).toHaveValue(PUBLISHED);
  await expect(card(UNDATED).getByLabel('Date is approximate')).toBeChecked();
  await expect(page.getByLabel('Publication date of this article')).toBeHidden();
  await expectNoAxeViolations(page);

  // A wrong actor is warned at the point of choice; the right one clears it, and the id follows it.
  const voight = card(VOIGHT.quote);
  await voight.getByLabel('Actor').selectOption({ label: 'Sam Greene' });
  await expect(voight.getByRole('alert')).toContainText('Sam Greene does not match the speaker');
  await voight.getByRole('button', { name: /^Accept/ }).click();
  await expect(voight.getByRole('button', { name: /^Accept/ })).toHaveAttribute('aria-pressed', 'false');
  await voight.getByLabel('Actor').selectOption({ label: 'New: Petra Voight' });
  await expect(voight.getByRole('alert')).toHaveCount(0);
  await expect(voight.getByLabel('Statement id')).toHaveValue(/^petra-voight-/);
  await expect(voight.getByRole('heading')).toContainText('Petra Voight');
  // The quoted words are marked inside the passage.
  await expect(voight.locator('mark.quote')).toHaveText(VOIGHT.quote);

  for (const { quote } of [HALLAM, VOIGHT])
    await card(quote)
      .getByRole('button', { name: /^Accept/ })
      .click();
  await page.getByLabel('the whole article (full)').check();
  // The analyst writes the new speaker's role in their own words.
  await page.getByLabel('Role of Petra Voight').fill('Researcher, Linmouth University');

  // A position drafted with its stance, set beside the side's current one (which has none).
  const draft = page.locator('#draft-form');
  await draft.getByLabel('Side', { exact: true }).selectOption({ label: 'Analysts' });
  await draft.getByLabel('Issue', { exact: true }).selectOption({ label: 'Summit format' });
  await draft.getByLabel('As of', { exact: true }).fill(HALLAM.date);
  await draft
    .getByLabel('Summary (position) or short phrase (demand)')
    .fill('Analysts read the talks as a change of mood, not of positions.');
  await draft.getByLabel('Stance', { exact: true }).selectOption('range');
  await draft.getByLabel('Range from').fill('20');
  await draft.getByLabel('Range to').fill('60');
  await draft
    .getByLabel('Rationale (why this place or range)')
    .fill('Hallam and Voight see the format as open: neither end of the scale, leaning to the bilateral side.');
  await draft.getByLabel(/^Headline/).fill('Talks changed the mood, not the positions');
  await expect(draft.getByRole('table')).toContainText('between 20 and 60');
  for (const box of await draft.getByRole('group', { name: 'Cited accepted statements' }).getByRole('checkbox').all())
    await box.check();
  await draft.getByRole('button', { name: 'Add draft' }).click();
  await expect(page.getByRole('status')).toContainText('Added draft position');

  // The as-of box is never ticked for the analyst; they move it.
  await expect(page.getByLabel("Move the dataset's as-of date forward")).not.toBeChecked();
  await expect(page.getByLabel('New as-of date')).toHaveValue(PUBLISHED);
  await page.getByLabel("Move the dataset's as-of date forward").check();

  // An invalid record is refused with the validator's message, and nothing is written.
  const summary = card(HALLAM.quote).getByLabel('Summary (one neutral line)');
  const written = await summary.inputValue();
  await summary.fill('');
  await page.getByRole('button', { name: 'Save to the data folder' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toContainText(
    'summary — must not be empty',
  );
  expect(fs.existsSync(path.join(dataDir, 'sources', `${SOURCE_ID}.txt`))).toBe(false);
  await summary.fill(written);
  await page.getByRole('button', { name: 'Save to the data folder' }).click();
  await expect(page.getByRole('status')).toContainText(`Saved: sources/${SOURCE_ID}.txt`);
  const statementsAfter = fs.readFileSync(path.join(dataDir, 'statements.json'), 'utf8');
  // A second Save does nothing harmful.
  await page.getByRole('button', { name: 'Save to the data folder' }).click();
  await expect(page.getByRole('status')).toContainText('Nothing new to save');
  expect(fs.readFileSync(path.join(dataDir, 'statements.json'), 'utf8')).toBe(statementsAfter);
  await expectNoAxeViolations(page);

  // A statement left out the first time is added to the source now in the data, which stays as it is.
  await page.getByRole('button', { name: 'Find statements' }).click();
  await expect(page.getByRole('status')).toContainText(`already in the data as source ${SOURCE_ID}`);
  await expect(card(HALLAM.quote).getByRole('heading')).toContainText('already saved');
  await card(UNDATED).getByLabel('Actor').selectOption({ label: HALLAM.speaker });
  await card(UNDATED)
    .getByRole('button', { name: /^Accept/ })
    .click();
  await page.getByRole('button', { name: 'Save to the data folder' }).click();
  await expect(page.getByRole('status')).toContainText('Saved: statements.json');

  // Saved through the project's loader: the text byte for byte, the dates, speakers and the stance.
  expect(fs.readFileSync(path.join(dataDir, 'sources', `${SOURCE_ID}.txt`))).toEqual(fs.readFileSync(ARTICLE));
  const loaded = readDataFolder(dataDir);
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  const source = loaded.data.sources.find((s) => s.id === SOURCE_ID)!;
  expect(source).toMatchObject({ published: PUBLISHED, publishedApprox: false, extent: 'full' });
  expect(source.inferred).not.toContain('published');
  expect(source.inferred).not.toContain('extent');
  const actorName = (id: string) => loaded.data.actors.find((a) => a.id === id)?.name;
  for (const { quote, speaker, date } of [HALLAM, VOIGHT]) {
    const saved = loaded.data.statements.filter((s) => s.quotes.includes(quote));
    expect(saved.map((s) => [actorName(s.actor), s.date, s.dateApprox])).toEqual([[speaker, date, false]]);
  }
  expect(loaded.data.statements.filter((s) => s.source === SOURCE_ID)).toHaveLength(3);
  expect(loaded.data.sources.filter((s) => s.id === SOURCE_ID)).toHaveLength(1);
  const position = loaded.data.positions.find((p) => p.stakeholder === 'analysts' && p.asOf === HALLAM.date);
  expect(position?.stance).toMatchObject({ min: 20, max: 60 });
  expect(loaded.data.dataset.asOf).toBe(PUBLISHED);
  expect(fs.readFileSync(path.resolve('data/statements.json'), 'utf8')).toBe(dataBefore);

  // Build the copy into its own export folder and look at the pages.
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
    env: { ...process.env, STANDPOINT_DATA_DIR: dataDir, STANDPOINT_OUT_DIR: OUT },
    encoding: 'utf8',
  });
  expect(build.status, build.stderr + build.stdout).toBe(0);
  start(['scripts/serve.mjs', '--port', String(SITE_PORT)], { STANDPOINT_OUT_DIR: OUT });
  await waitFor(`http://127.0.0.1:${SITE_PORT}/`);
  await page.goto(`http://127.0.0.1:${SITE_PORT}/statements/`);
  for (const { quote, speaker, shown } of [HALLAM, VOIGHT]) {
    const statement = page.getByRole('main').getByRole('article').filter({ hasText: quote });
    await expect(statement).toHaveCount(1);
    await expect(statement).toContainText(speaker);
    await expect(statement).toContainText(shown);
  }
  // The drafted position with its stance: on the issue page (stance and rationale) and in the matrix (headline).
  await page.goto(`http://127.0.0.1:${SITE_PORT}/issues/summit-format/`);
  const main = page.getByRole('main');
  await expect(main).toContainText('Analysts sits between 20 and 60 (a range)');
  await expect(main).toContainText('Hallam and Voight see the format as open');
  await page.goto(`http://127.0.0.1:${SITE_PORT}/`);
  await expect(page.getByRole('main')).toContainText('Talks changed the mood, not the positions');
  // The exported site says nothing of the studio.
  const html =
    fs.readFileSync(path.join(OUT, 'statements', 'index.html'), 'utf8') +
    fs.readFileSync(path.join(OUT, 'index.html'), 'utf8');
  const mention = /.{0,60}(?:studio|127\.0\.0\.1).{0,60}/i.exec(html);
  expect(mention?.[0], 'the export mentions the studio').toBeUndefined();
});
