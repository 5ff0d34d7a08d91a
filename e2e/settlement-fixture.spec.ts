/**
 * Proposals, the what-if and the model on the settlement fixture's build (fictional lake talks).
 * Every expected value is the hand-written answer in lib/fixtures/settlement-data/README.md.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const termRow = (page: Page, term: string, side: string) =>
  page.getByRole('region', { name: new RegExp(`^${term}`) }).locator(`tr[data-side="${side}"]`);

test.describe('a proposal against the sides', () => {
  test('the Council plan: distances, inside or not, red lines, responses with quotes, superseded', async ({ page }) => {
    await page.goto('/proposals/council-plan/');
    await expect(page.getByText('Superseded by')).toContainText('The Lakes Council’s revised plan');
    const half = (side: string) => termRow(page, 'The water shared half and half', side);
    await expect(half('westria')).toContainText('0 points; inside its range');
    await expect(half('westria')).toContainText('Giving Eastholm more than half of the water — not crossed');
    await expect(half('westria')).toContainText('Accepts');
    await expect(half('westria')).toContainText('“will never give up more than half of the water”');
    await expect(half('eastholm')).toContainText('0 points; inside its range');
    await expect(half('lakes-council')).toContainText('Nothing can be said: no stance placed');
    const tilt = (side: string) => termRow(page, 'Fishing quotas tilted slightly towards Eastholm', side);
    await expect(tilt('westria')).toContainText('10 points from its stance; not at its stance');
    await expect(tilt('eastholm')).toContainText(
      '10 points from the term to the nearest edge of its range; outside its range',
    );
    await expect(page.locator('tr[data-side="lake-watch"]')).toHaveCount(0);
  });

  test('the counter-plan crosses Westria’s red line; a range term gives a range of distances', async ({ page }) => {
    await page.goto('/proposals/eastholm-counter/');
    const sixty = (side: string) => termRow(page, 'Sixty percent of the water for Eastholm', side);
    await expect(sixty('westria')).toContainText(
      '10 points from the term to the nearest edge of its range; outside its range',
    );
    await expect(sixty('westria')).toContainText('the term crosses it');
    await expect(sixty('westria')).toContainText('Rejects');
    await expect(sixty('westria')).toContainText('“is a non-starter on water”');
    await expect(termRow(page, 'All fishing rights in the eastern bay', 'westria')).toContainText('20–40 points');
    // The verdict is the analysts' reading of Westria's words, and the column says so; Eastholm proposed it.
    const table = page.getByRole('region', { name: /^Sixty percent/ }).getByRole('table');
    await expect(table.getByRole('columnheader').last()).toHaveText('Response — analysts’ reading of the side’s words');
    await expect(sixty('eastholm').locator('td').last()).toHaveText('Proposed it');
    await expect(sixty('lakes-council').locator('td').last()).toHaveText('No stated response');
  });

  test('the revised plan: joint patrols against a red line that cannot be placed', async ({ page }) => {
    await page.goto('/proposals/council-plan-revised/');
    await expect(page.getByText(/^Revises The/)).toContainText('The Lakes Council’s plan');
    const patrols = (side: string) => termRow(page, 'Joint patrols by both sides', side);
    await expect(patrols('eastholm')).toContainText('50 points from its stance; not at its stance');
    await expect(patrols('eastholm')).toContainText('Any Westrian patrols on the lake — cannot be placed on the scale');
    await expect(patrols('eastholm')).toContainText('“are still patrols”');
    await expect(patrols('westria')).toContainText('Nothing can be said: no stance placed');
  });
});

test.describe('the what-if on a package', () => {
  const issue = (page: Page, id: string) => page.locator(`section[data-issue="${id}"]`);

  test('distances, red lines, zone and its absence, totals — and they survive a reload', async ({ page }) => {
    await page.goto('/settlement/?water=60&fishing=60&patrols=50');
    for (let pass = 0; pass < 2; pass++) {
      const water = issue(page, 'water');
      await expect(water.locator('li[data-side="westria"]')).toContainText(
        '10 points from its stance (outside its range); crosses its red line: Giving Eastholm more than half of the water',
      );
      await expect(water.locator('li[data-side="eastholm"]')).toContainText(
        '0 points from its stance (inside its range)',
      );
      await expect(page.getByTestId('zone-water')).toContainText('40–50');
      await expect(page.getByTestId('zone-fishing')).toContainText(
        'no zone: Westria’s and Eastholm’s stated positions leave no overlap (Westria at most 50, Eastholm at least 70)',
      );
      await expect(issue(page, 'fishing').locator('li[data-side="eastholm"]')).toContainText('10 points');
      await expect(issue(page, 'patrols').locator('li[data-side="westria"]')).toContainText(
        'no stance placed — nothing can be said',
      );
      await expect(issue(page, 'patrols').locator('li[data-side="eastholm"]')).toContainText(
        '50 points from its stance; red line that cannot be placed: Any Westrian patrols on the lake',
      );
      await expect(page.getByTestId('zone-patrols')).toContainText('only Eastholm’s stance is placed');
      await expect(page.locator('tr[data-total="westria"]')).toHaveText(/Westria\s*20\s*1\s*1/);
      await expect(page.locator('tr[data-total="eastholm"]')).toHaveText(
        /Eastholm\s*60\s*0 \(and 1 that cannot be placed\)\s*0/,
      );
      await expect(page.locator('tr[data-total="lakes-council"]')).toContainText('nothing can be said');
      if (pass === 0) await page.reload();
    }
  });

  test('moving the number moves the distance and the address', async ({ page }) => {
    await page.goto('/settlement/?water=60');
    // The static page cannot know the address's package: typing before it is read would be lost.
    await expect(page.getByLabel('Water point')).toHaveValue('60');
    await page.getByLabel('Water point').fill('45');
    await expect(page).toHaveURL(/\?water=45$/);
    await expect(issue(page, 'water').locator('li[data-side="westria"]')).toContainText(
      '0 points from its stance (inside its range)',
    );
  });

  test('by keyboard: Clear moves focus to the slider, an unset point reads “not set”, totals are announced', async ({
    page,
  }) => {
    await page.goto('/settlement/?water=60&fishing=60&patrols=50');
    // README "What-if … Totals", said once in a polite live region (not every number on the page).
    const summary = page.getByTestId('package-summary');
    await expect(summary).toHaveAttribute('aria-live', 'polite');
    await expect(summary).toHaveText(
      'Package on 3 of 3 issues. Westria: 20 points, 1 red line crossed. Eastholm: 60 points, 0 red lines crossed. Lakes Council: nothing can be said.',
    );
    const slider = page.getByRole('slider', { name: /^Patrols/ });
    await expect(slider).not.toHaveAttribute('aria-valuetext', 'not set');
    await page.getByRole('button', { name: 'Clear Patrols' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?water=60&fishing=60$/);
    await expect(slider).toBeFocused();
    await expect(slider).toHaveAttribute('aria-valuetext', 'not set');
    expect(await slider.evaluate((el) => el.ariaValueText)).toBe('not set');
    // Without patrols (Eastholm's 50 points there gone): Westria 10 + 10, Eastholm 0 + 10.
    await expect(summary).toHaveText(
      'Package on 2 of 3 issues. Westria: 20 points, 1 red line crossed. Eastholm: 10 points, 0 red lines crossed. Lakes Council: nothing can be said.',
    );
    // The slider, still focused, sets the point from the keyboard; then it reads as the number.
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/patrols=51/);
    await expect(slider).not.toHaveAttribute('aria-valuetext', 'not set');
    await expect(summary).toContainText('Package on 3 of 3 issues.');
  });

  test('a shared link names the side it started from, so a range’s middle is still explained', async ({ page }) => {
    // Westria's water stance is the range 0–50 (README): its positions start water at the middle, 25.
    await page.goto('/settlement/');
    await page.getByLabel('Start from').selectOption({ label: 'Side: Westria’s positions' });
    await expect(page).toHaveURL(/from=side%3Awestria/);
    const note = 'Water: a range 0–50; the package starts at its middle, 25';
    await expect(page.getByTestId('start-notes')).toContainText(note);
    // The reader moves fishing and shares the address: water is still Westria's middle, and says so.
    await page.getByLabel('Fishing point').fill('60');
    await expect(page).toHaveURL(/fishing=60/);
    await page.goto(page.url());
    await expect(page.getByLabel('Water point')).toHaveValue('25');
    await expect(page.getByTestId('start-notes')).toContainText('Numbers still as started from Westria’s positions');
    await expect(page.getByTestId('start-notes')).toContainText(note);
    await expect(page.getByText(/ignored/)).toHaveCount(0);
    // Once the reader moves water itself, the number is the reader's own: no note for it.
    await page.getByLabel('Water point').fill('30');
    await expect(page.getByText(note)).toHaveCount(0);
  });

  test('starting from a proposal sets its package', async ({ page }) => {
    await page.goto('/settlement/');
    await page.getByLabel('Start from').selectOption({ label: 'Proposal: The Lakes Council’s revised plan' });
    await expect(page).toHaveURL(/\?water=45&patrols=50&from=proposal%3Acouncil-plan-revised$/);
  });
});

test.describe('the model, labelled as a model', () => {
  test('mean, median, decomposition, levers and bands match the hand-worked answers', async ({ page, offsite }) => {
    await page.goto('/settlement/');
    const panel = page.getByTestId('model-panel');
    await expect(panel).toContainText('Model output under analyst judgements — not a forecast');
    await expect(page.getByTestId('model-water')).toContainText('not a forecast');
    await expect(page.getByTestId('model-water')).toContainText('Weighted mean 44.3, weighted median 25.0');
    await expect(page.getByTestId('model-fishing')).toContainText('Weighted mean 72.5, weighted median 85.0');
    const row = (issue: string, side: string) =>
      panel.locator(`[data-model="${issue}"] tr`).filter({ has: page.getByRole('rowheader', { name: side }) });
    await expect(row('water', 'Westria')).toHaveText(/25\.0\s*0\.400\s*0\.571\s*14\.3\s*-10\.0 \/ 10\.0/);
    await expect(row('water', 'Eastholm')).toHaveText(/70\.0\s*0\.300\s*0\.429\s*30\.0\s*0\.0 \/ 0\.0/);
    await expect(row('fishing', 'Eastholm')).toHaveText(/85\.0\s*0\.450\s*0\.643\s*54\.6\s*-10\.0 \/ 10\.0/);
    await expect(panel.locator('[data-model="patrols"]')).toHaveCount(0);
    // Bands from the Web Worker: the median is Westria's drawn stance, uniform over 0–50 (README).
    await expect(page.getByTestId('model-water')).toContainText('50% band');
    const band = /median’s 50% band ([\d.]+)–([\d.]+), 90% band ([\d.]+)–([\d.]+)/.exec(
      (await page.getByTestId('model-water').textContent()) ?? '',
    )!;
    const [p25, p75, p5, p95] = band.slice(1).map(Number);
    expect(Math.abs(p25! - 12.5)).toBeLessThanOrEqual(2);
    expect(Math.abs(p75! - 37.5)).toBeLessThanOrEqual(2);
    expect(Math.abs(p5! - 2.5)).toBeLessThanOrEqual(2);
    expect(Math.abs(p95! - 47.5)).toBeLessThanOrEqual(2);
    expect(offsite).toEqual([]);
  });
});

test.describe('proposals as of a day (README: "As of a day")', () => {
  test('2 March: one proposal, not yet superseded; only what was stated by then', async ({ page }) => {
    await page.goto('/proposals/?asof=2032-03-02');
    await expect(page.getByTestId('as-of-notice')).toContainText('As of');
    await expect(page.locator('li h2')).toHaveText(['The Lakes Council’s plan']);
    await expect(page.getByRole('listitem').filter({ hasText: 'superseded by' })).toHaveCount(0);

    await page.goto('/proposals/council-plan/?asof=2032-03-02');
    await expect(page.getByTestId('as-of-notice')).toContainText('As of');
    await expect(page.getByText('Superseded by')).toHaveCount(0);
    const half = (side: string) => termRow(page, 'The water shared half and half', side);
    await expect(half('westria')).toContainText('Nothing can be said: no stance placed');
    await expect(half('westria')).toContainText('Accepts');
    await expect(half('eastholm')).toContainText('Nothing can be said: no stance placed');
    await expect(half('eastholm')).not.toContainText('Accepts');
    await expect(termRow(page, 'Fishing quotas tilted slightly towards Eastholm', 'westria')).toContainText(
      '10 points from its stance; not at its stance',
    );
  });

  test('19 March: the counter-plan and its rejection; the revision not yet put forward', async ({ page }) => {
    await page.goto('/proposals/?asof=2032-03-19');
    await expect(page.locator('li h2')).toHaveText(['Eastholm’s counter-plan', 'The Lakes Council’s plan']);
    await page.goto('/proposals/eastholm-counter/?asof=2032-03-19');
    const sixty = (side: string) => termRow(page, 'Sixty percent of the water for Eastholm', side);
    await expect(sixty('westria')).toContainText(
      '10 points from the term to the nearest edge of its range; outside its range',
    );
    await expect(sixty('westria')).toContainText('the term crosses it');
    await expect(sixty('westria')).toContainText('Rejects');
    await page.goto('/proposals/council-plan-revised/?asof=2032-03-19');
    await expect(page.getByText('had not been put forward by the end of')).toBeVisible();
  });
});
