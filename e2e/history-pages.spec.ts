/**
 * Positions over time on the issue, stakeholder, compare and charts pages, on the history fixture's
 * build (fictional "Harbour talks"; its README lists the dates and the expected answers, and the
 * records are read here through the project's own loader).
 */
import fs from 'node:fs';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { reachChart } from './charts-helpers';
import { buildModel } from '../lib/model';
import { downloadedSvgText, expect, expectNoAxeViolations, historyData, noPositionText, test } from './fixtures';

const raw = historyData();
const position = (id: string) => raw.positions.find((p) => p.id === id)!;
const sideName = (id: string) => raw.stakeholders.find((s) => s.id === id)!.name;
const issueTitle = (id: string) => raw.issues.find((i) => i.id === id)!.title;

// Northland's pier stance: 0 from 20 Jan 2031, 50 from 15 Mar. Southmark restated 100 on 25 Apr.
const JAN = position('northland-pier-jan');
const MAR = position('northland-pier-mar');
const BEFORE_MOVE = '2031-02-28';

const sideRegion = (page: Page, side: string) => page.getByRole('region', { name: sideName(side), exact: true });
const historyOf = (page: Page, side: string) =>
  page.getByRole('region', { name: new RegExp(`^Position history of ${sideName(side)} on`) });

test.describe('as of a day, on the issue page', () => {
  test('shows the stance that stood before the move and not the later one, and survives a reload', async ({ page }) => {
    await page.goto(`/issues/pier/?asof=${BEFORE_MOVE}`);
    await expect(page.getByTestId('as-of-notice')).toContainText('As of 28 Feb 2031');
    const northland = sideRegion(page, 'northland');
    await expect(northland).toContainText(JAN.summary);
    await expect(northland).not.toContainText(MAR.summary);
    await expect(historyOf(page, 'northland').getByRole('listitem')).toHaveCount(1);
    // Southmark's April restatement is not known yet either.
    await expect(historyOf(page, 'southmark').getByRole('listitem')).toHaveCount(1);

    // Cited as that day, with the day in the address.
    await page.getByText('Cite this page').click();
    await expect(page.getByRole('contentinfo').locator('.cite-this')).toContainText(`Data as of 28 Feb 2031. `);
    await expect(page.getByRole('contentinfo').locator('.cite-this')).toContainText(
      `/issues/pier/?asof=${BEFORE_MOVE}`,
    );

    await page.reload();
    await expect(page.getByTestId('as-of-notice')).toContainText('As of 28 Feb 2031');
    await expect(sideRegion(page, 'northland')).toContainText(JAN.summary);
    await expect(sideRegion(page, 'northland')).not.toContainText(MAR.summary);
  });

  test('the as-of view has no axe violations', async ({ page }) => {
    await page.goto(`/issues/pier/?asof=${BEFORE_MOVE}`);
    await expect(sideRegion(page, 'northland')).toContainText(JAN.summary);
    await expectNoAxeViolations(page);
  });

  test('without a day it shows the latest stance', async ({ page }) => {
    await page.goto('/issues/pier/');
    await expect(sideRegion(page, 'northland')).toContainText(MAR.summary);
    await expect(page.getByTestId('as-of-notice')).toHaveCount(0);
  });

  test('links keep the day: to the stakeholder page, and on to an issue from there', async ({ page }) => {
    await page.goto(`/issues/pier/?asof=${BEFORE_MOVE}`);
    await expect(sideRegion(page, 'northland')).toContainText(JAN.summary);
    await sideRegion(page, 'northland')
      .getByRole('link', { name: sideName('northland'), exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`/stakeholders/northland/\\?asof=${BEFORE_MOVE}$`));
    await expect(page.getByTestId('as-of-notice')).toContainText('As of 28 Feb 2031');
    // Northland's first stance on the format came on 15 Mar: not yet on record.
    const format = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: issueTitle('format') }) });
    await expect(format).toContainText(
      noPositionText('northland', 'format', { data: buildModel(raw), day: BEFORE_MOVE }),
    );
    await format.getByRole('link', { name: issueTitle('format') }).click();
    await expect(page).toHaveURL(new RegExp(`/issues/format/\\?asof=${BEFORE_MOVE}$`));
  });

  test('a day that is not a date says so and shows the latest state', async ({ page }) => {
    await page.goto('/issues/pier/?asof=2031-02-30');
    await expect(page.getByTestId('as-of-notice')).toContainText('not a calendar date');
    await expect(sideRegion(page, 'northland')).toContainText(MAR.summary);
  });

  test('the date field (the same control as the matrix) sets the day in the address, and Latest clears it', async ({
    page,
  }) => {
    await page.goto('/issues/pier/');
    const field = page.getByLabel('As of (end of day)');
    // Bounded by the data: its first statement's day to its own as-of day.
    await expect(field).toHaveAttribute('min', raw.statements.map((st) => st.date).sort()[0]!);
    await expect(field).toHaveAttribute('max', raw.dataset.asOf);
    await field.fill(BEFORE_MOVE);
    await expect(page).toHaveURL(new RegExp(`\\?asof=${BEFORE_MOVE}$`));
    await expect(sideRegion(page, 'northland')).not.toContainText(MAR.summary);
    await page.getByRole('button', { name: 'Latest' }).click();
    await expect(page).toHaveURL(/\/issues\/pier\/$/);
    await expect(sideRegion(page, 'northland')).toContainText(MAR.summary);
  });
});

test.describe('position history', () => {
  test('says Northland moved, by how many points, and Southmark restated unchanged', async ({ page }) => {
    await page.goto('/issues/pier/');
    const northland = historyOf(page, 'northland');
    await expect(northland.getByRole('listitem')).toHaveCount(2);
    await expect(northland.getByRole('listitem').nth(1)).toContainText(
      'moved from 0/100 to 50/100 (50 points up the scale)',
    );
    const southmark = historyOf(page, 'southmark');
    await expect(southmark.getByRole('listitem').nth(1)).toContainText('restated, unchanged');
    await expect(southmark).not.toContainText('moved');
    // The statement behind the move, linked to its passage.
    await expect(northland.getByRole('link', { name: /^Ada Brell, 15 Mar 2031$/ })).toHaveAttribute(
      'href',
      /\/sources\/gazette-share-offer\/#st-brell-pier-mar$/,
    );
  });

  test('the spectrum takeaway says only the side that moved moved', async ({ page }) => {
    await page.goto('/issues/pier/');
    const spectrum = page.getByRole('figure', { name: `Stance spectrum: ${issueTitle('pier')}` });
    await expect(spectrum).toContainText('Northland moved 50 points up the scale since its previous stance.');
    await expect(spectrum).not.toContainText('Southmark moved');
  });

  test('on the stakeholder page, per issue', async ({ page }) => {
    await page.goto('/stakeholders/southmark/');
    await expect(historyOf(page, 'southmark').first()).toContainText('restated, unchanged');
  });
});

test.describe('positions of different dates side by side', () => {
  const pierCompare = '/compare/?s=northland&s=southmark&s=observers&i=pier';

  test('compare warns that the pier positions are 95 days apart', async ({ page }) => {
    await page.goto(pierCompare);
    await expect(page.getByTestId('spread-warning')).toHaveText(
      /Different dates: These positions are up to 95 days apart \(20 Jan 2031 to 25 Apr 2031\)/,
    );
  });

  test('as of 16 Mar, the same positions were 54 days apart: no warning, and unticking a side keeps the day', async ({
    page,
  }) => {
    await page.goto(`${pierCompare}&asof=2031-03-16`);
    await expect(page.getByTestId('as-of-notice')).toContainText('As of 16 Mar 2031');
    await expect(page.getByRole('heading', { name: issueTitle('pier') })).toBeVisible();
    await expect(page.getByTestId('spread-warning')).toHaveCount(0);
    await page.getByRole('checkbox', { name: sideName('observers') }).uncheck();
    await expect(page).toHaveURL(/\/compare\/\?s=northland,southmark&i=pier&asof=2031-03-16$/);
  });

  test('the gap heatmap’s image carries the issue shown, its takeaway and its warning', async ({ page }) => {
    await page.goto('/charts/');
    await reachChart(page, 'gap-heatmap', { surface: false });
    const figure = page.getByRole('figure', { name: 'Gap heatmap' });
    const pier = await downloadedSvgText(page, figure);
    expect(pier).toContain(`Gap heatmap: ${issueTitle('pier')}`);
    expect(pier).toContain('Different dates');
    expect(pier).toContain('up to 95 days apart (20 Jan 2031 to 25 Apr 2031)');
    // The format: only Northland has a stance, so there is no grid to draw, and the buttons say so.
    await figure.getByLabel('Issue').selectOption({ label: issueTitle('format') });
    await figure.getByRole('button', { name: /^SVG/ }).click();
    await expect(figure.getByText(/^Nothing to draw for this issue: Fewer than two sides have a stance/)).toBeVisible();
  });

  test('the stance spectrum of the pier warns, on the page and in its image', async ({ page }) => {
    await page.goto('/issues/pier/');
    const figure = page.getByRole('figure', { name: `Stance spectrum: ${issueTitle('pier')}` });
    await expect(figure.getByTestId('spread-warning')).toContainText(
      'up to 95 days apart (20 Jan 2031 to 25 Apr 2031)',
    );
    await expect(figure.locator('svg.recharts-surface')).toBeVisible();
    const text = await downloadedSvgText(page, figure);
    expect(text).toContain('Different dates');
    expect(text).toContain('up to 95 days apart (20 Jan 2031 to 25 Apr 2031)');
  });

  test('the deck’s pier slide warns, in the .pptx too; narrowed to two sides 41 days apart it does not', async ({
    page,
  }) => {
    const note = 'Stances up to 95 days apart (20 Jan 2031 to 25 Apr 2031): the gap may not reflect one moment.';
    // Every slide is in the page while printing (on screen only the one shown).
    await page.emulateMedia({ media: 'print' });
    await page.goto('/brief/');
    const slide = page.locator('.deck[data-printing] .slide[data-slide="issue-pier"]');
    await expect(slide.getByTestId('slide-spread')).toHaveText(`Different dates: ${note}`);
    await page.emulateMedia({ media: 'screen' }); // the buttons show on screen only
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .pptx' }).click(),
    ]);
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    expect(slides.filter((xml) => xml.includes(note))).toHaveLength(1);
    await page.emulateMedia({ media: 'print' });
    await page.goto('/brief/?s=northland&s=southmark');
    // The narrowed deck is drawn (its pier slide among them) before the warning is looked for.
    await expect(slide).toHaveAttribute('aria-label', new RegExp(`: ${issueTitle('pier')}$`));
    await expect(slide.getByTestId('slide-spread')).toHaveCount(0);
  });

  test('the gap heatmap warns too', async ({ page }) => {
    await page.goto('/charts/');
    await reachChart(page, 'gap-heatmap', { surface: false });
    await expect(page.getByRole('figure', { name: 'Gap heatmap' }).getByTestId('spread-warning')).toContainText(
      'up to 95 days apart (20 Jan 2031 to 25 Apr 2031)',
    );
  });
});
