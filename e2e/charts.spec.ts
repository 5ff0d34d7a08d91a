/**
 * /charts/ on the seed: each chart loads as the reader reaches it (its data a static JSON file), then
 * draws what data/ holds. Expected numbers are counted here from the records the project's loader
 * reads (demands, responses, positions, statements), never by the chart functions under test.
 */

import JSZip from 'jszip';
import { downloadedSvgText, expect, expectNoAxeViolations, model, pageTexts, test } from './fixtures';
import { quoteChecker } from '../lib/quote-check';
import { chartRoot as root, openTable, reachChart } from './charts-helpers';

/** The seed's demands all stand (none has a status), so every demand is charted. */
const demands = model.demands;
// A demand's grid row has a cell for every other party; observers (role "analysts" or "source-analysis") never respond.
const others = model.stakeholders.filter((s) => (s.role ?? 'party') === 'party').length - 1;
/** Each side's latest position on an issue (positions by date; the seed dates them by day or month). */
const latest = (issue: string) =>
  model.stakeholders.flatMap((s) => {
    const mine = model.positions.filter((p) => p.stakeholder === s.id && p.issue === issue);
    const last = mine.sort((a, b) => a.asOf.localeCompare(b.asOf)).at(-1);
    return last ? [last] : [];
  });
const stanced = (issue: string) => model.positions.filter((p) => p.issue === issue && p.stance);
const placed = (issue: string) => latest(issue).filter((p) => p.stance);
const responses = (kind: string) => demands.flatMap((d) => d.responses).filter((r) => r.response === kind).length;

test('the seed is what these expectations assume', () => {
  expect(
    demands.every((d) => !d.status),
    'no demand of the seed has ended',
  ).toBe(true);
  // One stance per side and issue: every stance on the seed is its side's current one.
  for (const issue of model.issues)
    expect(stanced(issue.id).length, issue.id).toBe(new Set(stanced(issue.id).map((p) => p.stakeholder)).size);
});

test.describe('charts page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/charts/');
  });

  test('the page carries each chart’s words; its body loads only when the reader nears it', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => r.url().includes('/charts/data/') && requested.push(new URL(r.url()).pathname));
    await page.reload();
    await expect(page.locator('#timeline-takeaway')).not.toBeEmpty();
    await expect(page.locator('#gap-heatmap-title')).toHaveText('Gap heatmap');
    await expect(root(page, 'timeline')).toContainText('Loading the chart');
    expect(requested).not.toContain('/charts/data/timeline.json');
    await reachChart(page, 'timeline');
    expect(requested).toContain('/charts/data/timeline.json');
  });

  test('demands by side: one bar segment per side and issue with demands, and its table', async ({ page }) => {
    const segments = new Set(demands.map((d) => `${d.stakeholder}|${d.issue}`)).size;
    const chart = await reachChart(page, 'demands-by-side');
    await expect(chart.locator('.demand-segment rect')).toHaveCount(segments);
    await expect(await openTable(page, 'demands-by-side')).toHaveCount(model.stakeholders.length);
  });

  test('activating a side’s bar lists its demands', async ({ page }) => {
    const side = model.stakeholders.find((s) => demands.some((d) => d.stakeholder === s.id))!;
    const chart = await reachChart(page, 'demands-by-side');
    await chart.locator('.demand-bar rect').first().click();
    await expect(page).toHaveURL(new RegExp(`#demands-${side.id}$`));
    const list = page.locator(`#demands-${side.id}`);
    await expect(list.getByRole('listitem')).toHaveCount(demands.filter((d) => d.stakeholder === side.id).length);
  });

  test('demand–response grid: a cell per demand and other side, linked to the words', async ({ page }) => {
    const grid = await reachChart(page, 'demand-responses', { surface: false });
    const cells = demands.length * others;
    await expect(grid.locator('td[data-response]')).toHaveCount(cells);
    for (const kind of ['accepts', 'rejects', 'partly'] as const)
      await expect(grid.locator(`td[data-response="${kind}"]`)).toHaveCount(responses(kind));
    const stated = demands.flatMap((d) => d.responses).length;
    await expect(grid.locator('td[data-response="none"]')).toHaveCount(cells - stated);
    const rejection = demands.find((d) => d.responses.some((r) => r.response === 'rejects'))!;
    const statement = model.statementById.get(
      rejection.responses.find((r) => r.response === 'rejects')!.statements[0]!,
    )!;
    const link = grid.locator(`tr[data-demand="${rejection.id}"] a[href$="#st-${statement.id}"]`);
    await expect(link).toHaveCount(1);
    // A statement's summary is our paraphrase: shown, but never inside quotation marks beside the speaker.
    await expect(link).toContainText(statement.summary);
    for (const id of demands.flatMap((d) => d.responses.flatMap((r) => r.statements))) {
      const summary = model.statementById.get(id)!.summary;
      await expect(grid).not.toContainText(`“${summary}”`);
      await expect(grid).not.toContainText(`"${summary}"`);
    }
    await expect(await openTable(page, 'demand-responses')).toHaveCount(demands.length);
  });

  for (const issue of model.issues) {
    test(`stance spectrum on ${issue.title}: a mark per stance, rationale on focus`, async ({ page }) => {
      const id = `spectrum-${issue.id}`;
      const stances = stanced(issue.id);
      if (stances.length === 0) {
        const chart = await reachChart(page, id, { surface: false });
        await expect(chart).toContainText('No side has a stance');
        return;
      }
      const chart = await reachChart(page, id);
      const marks = chart.locator('.spectrum-mark');
      await expect(marks).toHaveCount(stances.length);
      // Two parties placed make a key gap, named by a pair of their abbreviations.
      if (placed(issue.id).length >= 2) await expect(chart).toContainText(/Key gap [A-Z]{2,4}–[A-Z]{2,4} [\d–]+ pts/);
      await marks.first().focus();
      // The first mark is the first side's, in column order.
      const first = model.stakeholders.flatMap((s) => stances.filter((p) => p.stakeholder === s.id))[0]!;
      await expect(chart.getByText(first.stance!.rationale, { exact: false })).toBeVisible();
      await expect(await openTable(page, id)).toHaveCount(stances.length);
    });
  }

  test('gap heatmap: a cell per pair of sides, and a sentence for the chosen issue', async ({ page }) => {
    const withGaps = model.issues.filter((i) => placed(i.id).length >= 2);
    const chart = await reachChart(page, 'gap-heatmap', { surface: false });
    const n = placed(model.issues[0]!.id).length;
    await expect(chart.locator('td[data-gap]')).toHaveCount(n >= 2 ? n * (n - 1) : 0);
    const other = withGaps.find((i) => i.id !== model.issues[0]!.id)!;
    await chart.getByLabel('Issue').selectOption(other.id);
    const m = placed(other.id).length;
    await expect(chart.locator('td[data-gap]')).toHaveCount(m * (m - 1));
    await expect(chart.getByTestId('gap-takeaway')).toContainText(other.title.toLowerCase());
    const pairs = model.issues.reduce((sum, i) => sum + (placed(i.id).length * (placed(i.id).length - 1)) / 2, 0);
    await expect(await openTable(page, 'gap-heatmap')).toHaveCount(pairs);
  });

  test('the gap heatmap’s image shows the issue chosen, with its own sentence', async ({ page }) => {
    const other = model.issues.find((i) => i.id !== model.issues[0]!.id && placed(i.id).length >= 2)!;
    const chart = await reachChart(page, 'gap-heatmap', { surface: false });
    await chart.getByLabel('Issue').selectOption(other.id);
    const takeaway = (await chart.getByTestId('gap-takeaway').innerText()).trim();
    const text = await downloadedSvgText(page, page.getByRole('group', { name: 'Download Gap heatmap' }));
    expect(text).toContain(`Gap heatmap: ${other.title}`);
    expect(text).toContain(takeaway.replace(/\s+/g, ' '));
  });

  test('timeline: a mark per date and side, filterable by issue, events annotated', async ({ page }) => {
    const points = (issue?: string) =>
      new Set(
        model.statements.filter((s) => !issue || s.issues.includes(issue)).map((s) => `${s.date}|${s.stakeholder}`),
      ).size;
    const chart = await reachChart(page, 'timeline');
    await expect(chart.locator('.timeline-mark')).toHaveCount(points());
    await expect(chart.locator('.recharts-reference-line')).toHaveCount(model.events.length);
    const issue = model.issues.find((i) => points(i.id) !== points())!;
    await chart.getByLabel('Issue').selectOption(issue.id);
    await expect(chart.locator('.timeline-mark')).toHaveCount(points(issue.id));
    await expect(await openTable(page, 'timeline')).toHaveCount(points());
  });

  test('the keyboard reaches every chart, with a visible focus ring', async ({ page }) => {
    const ids = [
      'demands-by-side',
      'demand-responses',
      ...model.issues.map((i) => `spectrum-${i.id}`),
      'gap-heatmap',
      'timeline',
    ];
    for (const id of ids) {
      // Start sequential navigation at the chart's takeaway, then Tab into the chart.
      await page.locator(`#${id}-takeaway`).click();
      await page.keyboard.press('Tab');
      const focused = root(page, id);
      await expect(focused).toBeFocused();
      const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline, id).not.toBe('none');
    }
  });

  test('downloads: PNG, 16:9 PNG, SVG and a data zip, each standing alone', async ({ page }) => {
    await reachChart(page, 'timeline');
    await reachChart(page, 'demand-responses', { surface: false });
    const fs = await import('node:fs');
    for (const [id, title] of [
      ['timeline', 'Timeline of statements'],
      ['demand-responses', 'Demand–response grid'],
    ] as const) {
      const group = page.getByRole('group', { name: `Download ${title}` });
      const files: Record<string, Buffer> = {};
      for (const [kind, name, file] of [
        ['PNG', /^PNG image/, `${id}.png`],
        ['SLIDE', /^PNG 16:9/, `${id}-16x9.png`],
        ['SVG', /^SVG/, `${id}.svg`],
        ['ZIP', /^Data/, `${id}-data.zip`],
      ] as const) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          group.getByRole('button', { name }).click(),
        ]);
        expect(download.suggestedFilename()).toBe(file);
        files[kind] = fs.readFileSync((await download.path())!);
      }
      expect(files.PNG!.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      // A PNG's width and height sit at bytes 16–23: the slide image is 1920×1080.
      expect([files.SLIDE!.readUInt32BE(16), files.SLIDE!.readUInt32BE(20)]).toEqual([1920, 1080]);
      const svg = files.SVG!.toString();
      expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      // Colours are CSS variables on the page; a standalone file carries their values.
      expect(svg).not.toContain('var(--');
      expect(svg).toContain(`Standpoint · data as of`);
      const zip = await JSZip.loadAsync(files.ZIP!);
      const csv = await zip.file('data.csv')!.async('string');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv.slice(1).split('\r\n')[0]).toMatch(/^[A-Z]/);
      expect(csv).not.toContain('Source:');
      expect(await zip.file('README.txt')!.async('string')).toContain('Cite as:');
    }
  });

  test('a stance chart’s SVG carries the takeaway and the scale’s end words', async ({ page }) => {
    const issue = model.issues.find((i) => stanced(i.id).length > 0)!;
    const id = `spectrum-${issue.id}`;
    await reachChart(page, id);
    const takeaway = (await page.locator(`#${id}-takeaway`).innerText()).trim();
    const group = page.getByRole('group', { name: `Download Stance spectrum: ${issue.title}` });
    const text = await downloadedSvgText(page, group);
    expect(text).toContain(takeaway.replace(/\s+/g, ' '));
    expect(text).toContain(issue.scale.min.short);
    expect(text).toContain(issue.scale.max.short);
    expect(text).toContain('analyst judgement');
  });

  test('an empty chart’s download buttons are disabled, and say why', async ({ page }) => {
    const issue = model.issues.find((i) => stanced(i.id).length === 0);
    expect(issue, 'the data has an issue without stances').toBeDefined();
    await reachChart(page, `spectrum-${issue!.id}`, { surface: false });
    const group = page.getByRole('group', { name: `Download Stance spectrum: ${issue!.title}` });
    for (const button of await group.getByRole('button').all()) await expect(button).toBeDisabled();
    await expect(group.locator('xpath=..').getByText('Nothing to download')).toBeVisible();
  });

  test('every timeline lane is labelled', async ({ page }) => {
    // Six pages, each drawing its timeline: past 30 s on 2 busy cores.
    test.slow();
    for (const path of ['/charts/', ...model.issues.map((i) => `/issues/${i.id}/`)]) {
      await page.goto(path);
      const chart = page.locator('[data-testid^="chart-timeline"]').first();
      await chart.scrollIntoViewIfNeeded();
      await expect(chart.locator('svg.recharts-surface')).toBeVisible();
      for (const side of model.stakeholders)
        await expect(
          chart.locator('.recharts-yAxis-tick-labels').getByText(`(${side.abbreviation})`, { exact: false }),
          `${path} ${side.name}`,
        ).toBeVisible();
    }
  });

  test('with every chart loaded, words in quotation marks stand in a source', async ({ page }) => {
    // The loaded charts are not in the page's HTML, which e2e/quotation-marks.spec.ts reads as it opens.
    test.slow();
    for (const f of await page.locator('figure').all()) {
      await f.scrollIntoViewIfNeeded();
      await expect(f.locator('[data-chart-state]')).toHaveAttribute('data-chart-state', 'drawn');
    }
    const check = quoteChecker({ texts: model.texts.values(), titles: model.sources.map((s) => s.title) });
    expect(check(await pageTexts(page))).toEqual([]);
  });

  test('has no axe violations, with charts drawn and tables open', async ({ page }) => {
    // Every chart drawn and every table open, then a full axe scan: the heaviest page check, and
    // on 2 busy cores it can pass 30 s. Triple the time rather than scan less.
    test.slow();
    for (const f of await page.locator('figure').all()) {
      await f.scrollIntoViewIfNeeded();
      await expect(f.locator('[data-chart-state]')).toHaveAttribute('data-chart-state', 'drawn');
      await f.getByText('Show the table').click();
    }
    await expect(page.locator('.timeline-mark').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('charts page without its data', () => {
  test('a chart whose data cannot load says so; the others still draw', async ({ page }) => {
    await page.route('**/charts/data/timeline.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto('/charts/');
    await root(page, 'timeline').scrollIntoViewIfNeeded();
    await expect(root(page, 'timeline')).toHaveAttribute('data-chart-state', 'failed');
    await expect(root(page, 'timeline')).toContainText('Could not load this chart');
    await reachChart(page, 'gap-heatmap', { surface: false });
  });

  test('without JavaScript each chart says what it needs, its takeaway and source stand', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/charts/');
    await expect(root(page, 'timeline')).toContainText('which needs JavaScript');
    await expect(page.locator('#timeline-takeaway')).not.toBeEmpty();
    const figure = page.locator('figure').filter({ has: root(page, 'timeline') });
    await expect(figure.locator('figcaption')).toContainText('Source:');
    // The seed's first chart is small enough to come whole in the HTML: its table is there.
    await expect(page.getByTestId('table-demands-by-side').locator('tbody tr')).toHaveCount(model.stakeholders.length);
    await context.close();
  });
});
