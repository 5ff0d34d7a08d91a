/**
 * One key gap per issue, named the same everywhere: the pair and the points the matrix row prints
 * (lib/analysis/key-gap.ts's rule) are what compare (all sides), the issue page, the gap heatmap and
 * its downloaded image, the stance spectrum's image and the deck slide (HTML and .pptx) say. The
 * matrix row is the reference; which issues have one comes from data/ through the loader. Red when
 * any view picks another pair (an analysts' column, the closest pair), names the pair the other way
 * round, or words the size otherwise.
 */
import fs from 'node:fs';
import JSZip from 'jszip';
import { buildDeck } from '../lib/deck/build';
import { presentDeck } from '../lib/deck/deck';
import { downloadedSvgText, expect, model, test } from './fixtures';

// Issues with at least two parties placed: those have a key gap.
const issues = model.issues.filter(
  (i) =>
    model.positions.filter(
      (p) =>
        p.issue === i.id &&
        p.stance &&
        (model.stakeholderById.get(p.stakeholder)!.role ?? 'party') === 'party' &&
        // the side's standing position: the latest on record
        !model.positions.some((q) => q.issue === i.id && q.stakeholder === p.stakeholder && q.asOf > p.asOf),
    ).length >= 2,
);
const deck = presentDeck(buildDeck(model), { stakeholders: [], issues: [] });

test('the seed has issues with a key gap', () => expect(issues.length).toBeGreaterThan(0));

for (const issue of issues)
  test(`${issue.title}: the key gap is named the same on the matrix, compare, issue page, heatmap, images and deck`, async ({
    page,
  }) => {
    await page.goto('/');
    const row = page.locator('tr').filter({ has: page.getByRole('link', { name: issue.title, exact: true }) });
    const note = (await row.locator('[data-key-gap]').innerText()).replace(/\s+/g, ' ').trim();
    expect(note).toMatch(/^Key gap .+–.+: \d+(–\d+)? points? apart/);
    const words = note.replace(/^Key gap /, '');
    const [pair] = words.split(':') as [string];

    await page.goto(`/compare/?s=${model.stakeholders.map((s) => s.id).join(',')}&i=${issue.id}`);
    await expect(page.getByRole('main')).toContainText(`Key gap: ${words}`);

    await page.goto(`/issues/${issue.id}/`);
    await expect(page.locator('[data-key-gap]').first()).toContainText(`Key gap: ${words}`);

    await page.goto('/charts/');
    const heatmap = page.getByTestId('chart-gap-heatmap');
    await heatmap.scrollIntoViewIfNeeded();
    await heatmap.getByLabel('Issue').selectOption(issue.id);
    // The first issue's sentence is the figure's own takeaway; another issue's appears in the chart.
    await expect(page.locator('figure').filter({ has: heatmap })).toContainText(`the key gap is ${words}`);
    const image = await downloadedSvgText(page, page.getByRole('group', { name: 'Download Gap heatmap' }));
    expect(image).toContain(`the key gap is ${words}`);
    // The stance spectrum names the pair by abbreviation on the chart, in the same order and points,
    // and its image carries the same sentence.
    const [a, b] = pair.split('–').map((n) => model.stakeholders.find((s) => s.name === n)!.abbreviation);
    const points = /: (\d+(?:–\d+)?) points? apart/.exec(words)![1];
    const chart = page.getByTestId(`chart-spectrum-${issue.id}`);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toContainText(`Key gap ${a}–${b} ${points} pts`);
    const spectrum = await downloadedSvgText(
      page,
      page.getByRole('group', { name: `Download Stance spectrum: ${issue.title}` }),
    );
    expect(spectrum).toContain(`the key gap is ${words}`);

    const n = deck.slides.findIndex((s) => s.kind === 'issue' && s.issue === issue.id) + 1;
    await page.goto(`/brief/?slide=${n}`);
    const picture = page
      .locator('.deck[data-ready] .slide[data-active]')
      .getByRole('img', { name: /^Stances \(analyst judgements\)/ });
    await expect(picture).toHaveAccessibleName(new RegExp(`key gap ${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .pptx' }).click(),
    ]);
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
    const text = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
    expect(text.replace(/&amp;/g, '&').replace(/&apos;/g, '’')).toContain(`Key gap (analyst judgement): ${words}`);
  });
