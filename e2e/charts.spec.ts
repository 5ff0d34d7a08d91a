import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { demandCounts, gapMatrix, responseGrid, spectrum, timeline } from '../lib/analysis/charts';
import { downloadedSvgText, expect, expectNoAxeViolations, model, test } from './fixtures';
import { formatGapShort } from '../lib/stance';

const root = (page: Page, id: string) => page.getByTestId(`chart-${id}`);

async function openTable(page: Page, id: string) {
  const figure = page.locator('figure').filter({ has: root(page, id) });
  await figure.getByText('Show the table').click();
  return page.getByTestId(`table-${id}`).locator('tbody tr');
}

async function drawn(page: Page, id: string) {
  await root(page, id).scrollIntoViewIfNeeded();
}

test.describe('charts page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/charts/');
  });

  test('demands by side: one bar segment per side and issue with demands, and its table', async ({ page }) => {
    const rows = demandCounts(model);
    const segments = rows.flatMap((r) => model.issues.filter((i) => (r[i.id] as number) > 0)).length;
    await drawn(page, 'demands-by-side');
    await expect(
      root(page, 'demands-by-side').locator('.recharts-bar-rectangle path, path.recharts-rectangle'),
    ).toHaveCount(segments);
    await expect(await openTable(page, 'demands-by-side')).toHaveCount(model.stakeholders.length);
  });

  test('activating a side’s bar lists its demands', async ({ page }) => {
    const side = model.stakeholders.find((s) => model.demands.some((d) => d.stakeholder === s.id))!;
    await drawn(page, 'demands-by-side');
    await root(page, 'demands-by-side').locator('.recharts-bar-rectangle').first().click();
    await expect(page).toHaveURL(new RegExp(`#demands-${side.id}$`));
    const list = page.locator(`#demands-${side.id}`);
    await expect(list.getByRole('listitem')).toHaveCount(model.demands.filter((d) => d.stakeholder === side.id).length);
  });

  test('demand–response grid: a cell per demand and other side, linked to the words', async ({ page }) => {
    const rows = responseGrid(model);
    const cells = rows.flatMap((r) => r.cells);
    const grid = root(page, 'demand-responses');
    await expect(grid.locator('td[data-response]')).toHaveCount(cells.length);
    for (const kind of ['accepts', 'rejects', 'partly', 'none'] as const) {
      await expect(grid.locator(`td[data-response="${kind}"]`)).toHaveCount(
        cells.filter((c) => c.response === kind).length,
      );
    }
    const rejection = rows.find((r) => r.cells.some((c) => c.response === 'rejects'))!;
    const statement = model.statementById.get(rejection.cells.find((c) => c.response === 'rejects')!.statements[0]!)!;
    await expect(grid.locator(`tr[data-demand="${rejection.demand}"] a[href$="#st-${statement.id}"]`)).toHaveCount(1);
    // A statement's summary is our paraphrase: shown, but never inside quotation marks beside the speaker.
    const link = grid.locator(`tr[data-demand="${rejection.demand}"] a[href$="#st-${statement.id}"]`);
    await expect(link).toContainText(statement.summary);
    for (const summary of cells.flatMap((c) => c.statements).map((id) => model.statementById.get(id)!.summary)) {
      await expect(grid).not.toContainText(`“${summary}”`);
      await expect(grid).not.toContainText(`"${summary}"`);
    }
    await expect(await openTable(page, 'demand-responses')).toHaveCount(rows.length);
  });

  for (const issue of model.issues) {
    test(`stance spectrum on ${issue.title}: a mark per stance, history faint, rationale on focus`, async ({
      page,
    }) => {
      const data = spectrum(model, issue.id);
      const id = `spectrum-${issue.id}`;
      await drawn(page, id);
      if (data.marks.length === 0) {
        await expect(root(page, id)).toContainText('No side has a stance');
        return;
      }
      const marks = root(page, id).locator('.spectrum-mark');
      await expect(marks).toHaveCount(data.marks.length);
      await expect(root(page, id).locator('.spectrum-mark[data-current="false"]')).toHaveCount(
        data.marks.filter((m) => !m.current).length,
      );
      // The key gap, its pair by abbreviation (data/ via the loader) and its size.
      const ab = (id: string) => model.stakeholderById.get(id)!.abbreviation;
      if (data.gap)
        await expect(root(page, id)).toContainText(
          `Key gap ${ab(data.gap.a)}–${ab(data.gap.b)} ${formatGapShort(data.gap.gap)} pts`,
        );
      await marks.first().focus();
      await expect(root(page, id).getByText(data.marks[0]!.rationale, { exact: false })).toBeVisible();
      await expect(await openTable(page, id)).toHaveCount(data.marks.length);
    });
  }

  test('gap heatmap: a cell per pair of sides, and a sentence for the chosen issue', async ({ page }) => {
    const withGaps = model.issues.map((i) => gapMatrix(model, i.id)).filter((g) => g.sides.length >= 2);
    const chart = root(page, 'gap-heatmap');
    const first = gapMatrix(model, model.issues[0]!.id);
    await expect(chart.locator('td[data-gap]')).toHaveCount(first.sides.length * (first.sides.length - 1));
    const other = withGaps.find((g) => g.issue !== first.issue)!;
    await chart.getByLabel('Issue').selectOption(other.issue);
    await expect(chart.locator('td[data-gap]')).toHaveCount(other.sides.length * (other.sides.length - 1));
    await expect(chart.getByTestId('gap-takeaway')).toContainText(
      model.issueById.get(other.issue)!.title.toLowerCase(),
    );
    const pairs = withGaps.reduce((n, g) => n + (g.sides.length * (g.sides.length - 1)) / 2, 0);
    await expect(await openTable(page, 'gap-heatmap')).toHaveCount(pairs);
  });

  test('the gap heatmap’s image shows the issue chosen, with its own sentence', async ({ page }) => {
    const withGaps = model.issues.map((i) => gapMatrix(model, i.id)).filter((g) => g.sides.length >= 2);
    const other = withGaps.find((g) => g.issue !== model.issues[0]!.id)!;
    const title = model.issueById.get(other.issue)!.title;
    const chart = root(page, 'gap-heatmap');
    await chart.getByLabel('Issue').selectOption(other.issue);
    const takeaway = (await chart.getByTestId('gap-takeaway').innerText()).trim();
    const text = await downloadedSvgText(page, page.getByRole('group', { name: 'Download Gap heatmap' }));
    expect(text).toContain(`Gap heatmap: ${title}`);
    expect(text).toContain(takeaway.replace(/\s+/g, ' '));
  });

  test('timeline: a mark per date and side, filterable by issue, events annotated', async ({ page }) => {
    const all = timeline(model);
    await drawn(page, 'timeline');
    const chart = root(page, 'timeline');
    await expect(chart.locator('.timeline-mark')).toHaveCount(all.points.length);
    await expect(chart.locator('.recharts-reference-line')).toHaveCount(model.events.length);
    const issue = model.issues.find((i) => timeline(model, i.id).points.length !== all.points.length)!;
    await chart.getByLabel('Issue').selectOption(issue.id);
    await expect(chart.locator('.timeline-mark')).toHaveCount(timeline(model, issue.id).points.length);
    await expect(await openTable(page, 'timeline')).toHaveCount(all.points.length);
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
    await drawn(page, 'timeline');
    await expect(root(page, 'timeline').locator('.timeline-mark').first()).toBeVisible();
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
    const issue = model.issues.find((i) => spectrum(model, i.id).marks.length > 0)!;
    const id = `spectrum-${issue.id}`;
    await drawn(page, id);
    await expect(root(page, id).locator('svg.recharts-surface')).toBeVisible();
    const takeaway = (await page.locator(`#${id}-takeaway`).innerText()).trim();
    const group = page.getByRole('group', { name: `Download Stance spectrum: ${issue.title}` });
    const text = await downloadedSvgText(page, group);
    expect(text).toContain(takeaway.replace(/\s+/g, ' '));
    expect(text).toContain(issue.scale.min.short);
    expect(text).toContain(issue.scale.max.short);
    expect(text).toContain('analyst judgement');
  });

  test('an empty chart’s download buttons are disabled, and say why', async ({ page }) => {
    const issue = model.issues.find((i) => spectrum(model, i.id).marks.length === 0);
    expect(issue, 'the data has an issue without stances').toBeDefined();
    const group = page.getByRole('group', { name: `Download Stance spectrum: ${issue!.title}` });
    for (const button of await group.getByRole('button').all()) await expect(button).toBeDisabled();
    await expect(group.locator('xpath=..').getByText('Nothing to download')).toBeVisible();
  });

  test('every timeline lane is labelled', async ({ page }) => {
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

  test('has no axe violations, with charts drawn and tables open', async ({ page }) => {
    // Every chart drawn and every table open, then a full axe scan: the heaviest page check, and
    // on 2 busy cores it can pass 30 s. Triple the time rather than scan less.
    test.slow();
    for (const f of await page.locator('figure').all()) {
      await f.scrollIntoViewIfNeeded();
      await f.getByText('Show the table').click();
    }
    await expect(page.locator('.timeline-mark').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
