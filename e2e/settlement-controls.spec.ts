/**
 * What a newcomer found hard on the settlement fixture's build, measured as drawn in Chromium: a
 * proposal's response column on a phone, the what-if slider against its scale, and the focus ring on
 * the as-of field's calendar button. Expected words are the hand-written answers of
 * lib/fixtures/settlement-data/README.md ("Responses on a proposal's page and image").
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PHONE } from './phone';

test.describe('a proposal’s term table on a 390-px phone', () => {
  test('each side’s response is on the screen, under its head, none off the right edge', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/proposals/eastholm-counter/');
    const term = page.getByRole('region', { name: /^Sixty percent of the water/ });
    const expected = {
      westria: ['Rejects', 'is a non-starter on water'],
      eastholm: ['Proposed it'],
      'lakes-council': ['No stated response'],
    };
    for (const [side, words] of Object.entries(expected)) {
      const cell = term.locator(`tr[data-side="${side}"] [data-response]`);
      for (const w of words) await expect(cell).toContainText(w);
      // Measured where it is laid out, without scrolling anything sideways (a scroll would bring a hidden column in).
      const box = (await cell.boundingBox())!;
      // Red on the wide table: the response column began at x = 381 and ran on to 462.
      expect(box.x, side).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, side).toBeLessThanOrEqual(PHONE.width);
      // Its column's head is drawn before it, since the header row is not shown on a phone.
      expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toContain(
        'Response — analysts’ reading',
      );
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });
});

/**
 * Where the slider's thumb is drawn, in page pixels: the columns of the slider's own picture that hold
 * the thumb's dark blue (the track is grey, the page white), read on a blank page (no site CSP there).
 */
async function thumbCentre(page: Page, slider: Locator): Promise<number> {
  const box = (await slider.boundingBox())!;
  const png = (await slider.screenshot()).toString('base64');
  const blank = await page.context().newPage();
  const columns = await blank.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const { data } = g.getImageData(0, 0, img.width, img.height);
    const found: number[] = [];
    for (let x = 0; x < img.width; x++)
      for (let y = 0; y < img.height; y++) {
        const [r, gr, b] = [
          data[(y * img.width + x) * 4]!,
          data[(y * img.width + x) * 4 + 1]!,
          data[(y * img.width + x) * 4 + 2]!,
        ];
        if (r < 90 && b > r + 60 && b > gr + 40) {
          found.push(x);
          break;
        }
      }
    return found;
  }, png);
  await blank.close();
  expect(columns.length, 'the thumb is drawn').toBeGreaterThan(4);
  return box.x + (Math.min(...columns) + Math.max(...columns) + 1) / 2;
}

test.describe('the what-if slider against the scale beside it', () => {
  for (const viewport of [{ width: 1280, height: 720 }, PHONE])
    test(`at ${viewport.width} px the thumb at 0 and at 100 stands on the scale’s 0 and 100`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const value of [0, 100]) {
        await page.goto(`/settlement/?water=${value}`);
        const water = page.getByRole('region', { name: 'Water' });
        const slider = water.getByRole('slider', { name: /^Water/ });
        await expect(slider).toHaveValue(String(value));
        await slider.scrollIntoViewIfNeeded();
        // The scale's 0–100 is the width of a side's row of marks (the first, Westria's).
        const track = (await water.locator('[data-scale-track]').first().boundingBox())!;
        const end = value === 0 ? track.x : track.x + track.width;
        // Red before the fix: at 1280 px the thumb at 0 stood 43 px left of the scale's 0.
        expect(Math.abs((await thumbCentre(page, slider)) - end), `thumb at ${value}`).toBeLessThanOrEqual(2);
      }
    });
});

test.describe('the as-of field by keyboard', () => {
  test('every stop inside the date field, its calendar button last, shows a focus ring of at least 2 px', async ({
    page,
  }) => {
    await page.goto('/proposals/');
    const field = page.getByLabel('As of (end of day)');
    await field.focus();
    const rings: string[] = [];
    // Month, day, year, then the calendar button: focus stays on the field through them all.
    while (await field.evaluate((el) => el === document.activeElement)) {
      rings.push(
        await field.evaluate((el) => {
          const c = getComputedStyle(el);
          return c.outlineStyle === 'none' ? 'none' : c.outlineWidth;
        }),
      );
      await page.keyboard.press('Tab');
      if (rings.length > 8) break;
    }
    expect(rings.length).toBeGreaterThanOrEqual(2);
    // Red before the fix: the calendar button (the last stop) had no outline ("none").
    for (const ring of rings) expect(ring === 'none' ? 0 : parseFloat(ring)).toBeGreaterThanOrEqual(2);
  });
});
