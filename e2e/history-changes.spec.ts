/**
 * What changed, on the history fixture build (lib/fixtures/history-data, fictional "Harbour talks";
 * its README.md lists the expected change list, written by hand). Between 28 Feb and 31 Mar 2031
 * Northland's stance on the pier moved from 0 (20 Jan) to 50 (15 Mar), Southmark withdrew its first
 * demand (20 Mar), and Southmark's 1 March deadline passed.
 */
import fs from 'node:fs';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { expect, historyData, test } from './fixtures';

const raw = historyData();
const deadline = raw.events.find((e) => e.id === 'southmark-deadline')!;
const planned = raw.events.find((e) => e.id === 'joint-board-meeting')!;
const pier = raw.issues.find((i) => i.id === 'pier')!.title;
const withdrawn = raw.demands.find((d) => d.id === 'southmark-pier-first')!;
const WINDOW = '/changes/?from=2031-02-28&to=2031-03-31';
// Northland's move, in the fixture README's words: 0 → 50, 20 Jan → 15 Mar 2031.
const MOVE = 'Stance (analyst judgement): 0/100 as of 20 Jan 2031 → 50/100 as of 15 Mar 2031';

const side = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test.describe('the What changed page', () => {
  test('lists the stance move with both values and dates, and keeps the window on reload', async ({ page }) => {
    await page.goto(WINDOW);
    await expect(
      page.getByRole('heading', { name: /^Changes after 28 Feb 2031 up to and including 31 Mar 2031$/ }),
    ).toBeVisible();
    const northland = side(page, 'Northland');
    await expect(northland.getByTestId('stance-move')).toHaveText(MOVE);
    await expect(northland).toContainText('moved from 0/100 to 50/100 (50 points up the scale)');
    // The move cites its statement: the speaker, the date, a link to the passage.
    const cite = northland.getByRole('link', { name: /Ada Brell.*15 Mar 2031/ }).first();
    await expect(cite).toHaveAttribute('href', /^\/sources\/[\w-]+\/#st-brell-pier-mar$/);
    await page.reload();
    await expect(page).toHaveURL(/from=2031-02-28&to=2031-03-31/);
    await expect(side(page, 'Northland').getByTestId('stance-move')).toHaveText(MOVE);
  });

  test('lists the withdrawn demand as withdrawn, and the deadline in the window as passed', async ({ page }) => {
    await page.goto(WINDOW);
    await expect(side(page, 'Southmark')).toContainText(`20 Mar 2031 · Demand withdrawn: ${withdrawn.text}`);
    await expect(page.getByRole('listitem').filter({ hasText: deadline.label })).toContainText(
      `1 Mar 2031 · Deadline passed: ${deadline.label}`,
    );
  });

  test('the static page holds the default window (the 30 days to 30 Apr 2031): the restatement, not the move', async ({
    page,
  }) => {
    await page.goto('/changes/');
    await expect(
      page.getByRole('heading', { name: 'Changes after 31 Mar 2031 up to and including 30 Apr 2031' }),
    ).toBeVisible();
    await expect(side(page, 'Southmark')).toContainText('restated, unchanged');
    await expect(page.getByTestId('stance-move')).toHaveCount(0);
  });

  test('says plainly when a window is empty, and when its start comes after its end', async ({ page }) => {
    await page.goto('/changes/?from=2031-01-21&to=2031-02-05');
    await expect(page.getByRole('status').filter({ hasText: 'Nothing recorded' })).toHaveText(
      'Nothing recorded between 21 Jan 2031 and 5 Feb 2031.',
    );
    await page.goto('/changes/?from=2031-03-31&to=2031-02-28');
    await expect(page.getByRole('alert').filter({ hasText: 'start date' })).toHaveText(
      'The start date (31 Mar 2031) is after the end date (28 Feb 2031): choose a start on or before the end.',
    );
  });

  test('the date fields and presets set the window in the address', async ({ page }) => {
    await page.goto('/changes/');
    await page.getByLabel('After (not including)', { exact: true }).fill('2031-02-28');
    await page.getByLabel('Up to and including', { exact: true }).fill('2031-03-31');
    await page.getByRole('button', { name: 'Show changes' }).click();
    await expect(page).toHaveURL(/\?from=2031-02-28&to=2031-03-31$/);
    await expect(side(page, 'Northland').getByTestId('stance-move')).toHaveText(MOVE);
    await page.getByRole('button', { name: 'Last 7 days' }).click();
    await expect(page).toHaveURL(/\?from=2031-04-23&to=2031-04-30$/);
  });
});

/** The deck's slide of a kind, once the browser has worked the deck out (every slide is in the page while printing). */
const deckSlide = (page: Page, id: string) => page.locator(`.deck[data-printing] .slide[data-slide="${id}"]`);

test.describe('the deck over time', () => {
  test.beforeEach(({ page }) => page.emulateMedia({ media: 'print' }));
  test('?since= adds the changes slide after the title, with the move', async ({ page }) => {
    await page.goto('/brief/?since=2031-02-28');
    const slide = deckSlide(page, 'changes');
    // First the ranked stance moves (README: Northland's pier 0 → 50 is the one move), then every change.
    const moves = deckSlide(page, 'changes-moves');
    await expect(moves).toHaveAttribute(
      'aria-label',
      /^Slide 2 of \d+: What changed since 28 Feb 2031: stance moves, largest first$/,
    );
    await expect(moves).toContainText(
      'Northland moved 50 points on the pier toward Run together (50), 20 Jan → 15 Mar 2031 (0 → 50)',
    );
    await expect(slide).toHaveAttribute('aria-label', /^Slide 3 of \d+: What changed since 28 Feb 2031$/);
    await expect(slide).toContainText(
      `Northland · ${pier}: position moved from 0/100 (20 Jan 2031) to 50/100 (15 Mar 2031)`,
    );
    await expect(slide).toContainText(`Southmark · ${pier}: demand withdrawn: ${withdrawn.text}`);
    await expect(slide).toContainText(`1 Mar 2031: Deadline passed — ${deadline.label}`);
  });

  test('narrowing applies to the changes slide', async ({ page }) => {
    await page.goto('/brief/?since=2031-02-28&s=southmark');
    const slide = deckSlide(page, 'changes');
    await expect(slide).toHaveAttribute('aria-label', /What changed since 28 Feb 2031$/);
    await expect(slide).toContainText(`Southmark · ${pier}: demand withdrawn: ${withdrawn.text}`);
    await expect(slide).not.toContainText('Northland ·');
  });

  test('the .pptx has the changes slide with the move', async ({ page }) => {
    await page.goto('/brief/?since=2031-02-28');
    await expect(deckSlide(page, 'changes')).toHaveCount(1);
    await page.emulateMedia({ media: 'screen' }); // the buttons show on screen only
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .pptx' }).click(),
    ]);
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const summary = await zip.file('ppt/slides/slide2.xml')!.async('string');
    expect(summary).toContain('What changed since 28 Feb 2031: stance moves, largest first');
    expect(summary).toContain('Northland moved 50 points on the pier toward Run together (50)');
    const xml = await zip.file('ppt/slides/slide3.xml')!.async('string');
    expect(xml).toContain('What changed since 28 Feb 2031');
    expect(xml).toContain(`Northland · ${pier}: position moved from 0/100 (20 Jan 2031) to 50/100 (15 Mar 2031)`);
    // The list at 14 pt or more (pptxgenjs writes sizes in hundredths of a point on each run).
    const run = xml.split('<a:r>').find((r) => r.includes('position moved'))!;
    expect(Number(/sz="(\d+)"/.exec(run)![1])).toBeGreaterThanOrEqual(1400);
  });

  test('What to watch drops the withdrawn demand and the passed deadline; as of 28 Feb 2031 both stand', async ({
    page,
  }) => {
    await page.goto('/brief/');
    const watch = deckSlide(page, 'watch');
    await expect(watch).toContainText(`${planned.label} — Planned: after the data’s as-of date.`);
    await expect(watch).not.toContainText(withdrawn.text);
    await expect(watch).not.toContainText(deadline.label);

    await page.goto('/brief/?asof=2031-02-28');
    await expect(deckSlide(page, 'title')).toContainText('As of 28 Feb 2031');
    await expect(deckSlide(page, 'watch')).toContainText(`1 Mar 2031: ${deadline.label} — Open deadline`);
    await expect(deckSlide(page, 'watch')).toContainText(withdrawn.text);
  });
});

test.describe('what moved, first', () => {
  // The fixture README: Northland's pier stance moved 0 → 50, 20 Jan → 15 Mar 2031 — 50 points up, to the scale's middle.
  const scale = raw.issues.find((i) => i.id === 'pier')!.scale;
  const RANKED = `Northland moved 50 points on ${pier.toLowerCase()} toward ${scale.mid.short} (50), 20 Jan → 15 Mar 2031 (0 → 50)`;

  test('the page opens with the ranked stance moves, in words', async ({ page }) => {
    await page.goto(WINDOW);
    const moves = page.getByTestId('ranked-moves');
    await expect(moves.getByRole('listitem')).toHaveCount(1);
    await expect(moves.getByRole('listitem').first()).toHaveText(RANKED);
    // Before the events and the side-by-side list.
    const movesY = (await moves.boundingBox())!.y;
    const eventsY = (await page.getByRole('heading', { name: 'Events' }).boundingBox())!.y;
    expect(movesY).toBeLessThan(eventsY);
  });

  test('since an event: the heading names it and the menu keeps it', async ({ page }) => {
    await page.goto('/changes/');
    const menu = page.getByLabel('Since an event');
    await menu.selectOption({ label: `1 Mar 2031: ${deadline.label}` });
    await expect(page).toHaveURL(/from=2031-02-28&to=2031-04-30/);
    await expect(
      page.getByRole('heading', {
        name: new RegExp(`^Changes since 1 Mar 2031: ${deadline.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      }),
    ).toBeVisible();
    await expect(menu).toHaveValue('2031-03-01');
  });
});
