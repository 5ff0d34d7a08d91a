/**
 * The compact matrix as of a day, drawn in the browser: its numbers and markers are painted on one canvas
 * over the squares (components/matrix/painted-numbers.tsx) so that a new day redraws quickly at scale. A
 * reader must still see each square's own number in its own square, and the new day's number and markers
 * after a switch; each square is a button that opens the cell's panel, and a mouse over it shows its words.
 * Expected numbers are the size fixture README's (lib/fixtures/size-data/README.md, "Positions that move"):
 * westhaven/waters 10 → 35 on 12 Jun 2033 (inside the default 30-day marking window as of 15 Jun, not as
 * of 1 Jun: the move before it was on 14 Mar), norvale/guarantees 70 → 95 on 5 Jun, eastreach/waters 95
 * until 30 Jun.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

const BEFORE = '2033-06-01';
const AFTER = '2033-06-15';

/**
 * Which of `candidates`, drawn in the square's own font and colour at its centre, the canvas's pixels
 * over square `id` are closest to, and how much ink the canvas has there — above the square's foot, where
 * a change marker's 2-px underline is drawn (`foot`: the ink in those rows).
 */
function readSquare(page: Page, id: string, candidates: string[]) {
  return page.evaluate(
    ({ id, candidates }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-painted-numbers]')!;
      const square = document.querySelector<HTMLElement>(`[data-cell="${id}"]`)!;
      const c = canvas.getBoundingClientRect();
      const a = square.getBoundingClientRect();
      const ratio = canvas.width / c.width;
      // The square less its 2-px foot.
      const [x, y, w, h] = [a.left - c.left, a.top - c.top, a.width, a.height - 2].map((v) => Math.round(v * ratio));
      const drawn = canvas.getContext('2d')!.getImageData(x!, y!, w!, h!).data;
      // The foot's rows, less 2 px at each end (where a dashed outline around the square may reach in).
      const edge = Math.round(2 * ratio);
      const footRows = canvas
        .getContext('2d')!
        .getImageData(x! + edge, y! + h!, w! - 2 * edge, Math.round(2 * ratio)).data;
      let foot = 0;
      for (let i = 3; i < footRows.length; i += 4) foot += footRows[i]!;
      const style = getComputedStyle(square);
      const distance = (text: string) => {
        const scratch = document.createElement('canvas');
        scratch.width = w!;
        scratch.height = h!;
        const context = scratch.getContext('2d')!;
        context.scale(ratio, ratio);
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        context.textAlign = 'center';
        context.textBaseline = 'middle';
        const line = parseFloat(style.lineHeight);
        context.fillText(text, a.width / 2, Number.isFinite(line) && line < a.height ? line / 2 : a.height / 2);
        const want = context.getImageData(0, 0, w!, h!).data;
        let wantInk = 0;
        for (let i = 3; i < want.length; i += 4) wantInk += want[i]!;
        // The best of small shifts: the canvas may sit a fraction of a pixel off this square's grid.
        let best = Infinity;
        for (let dy = -2; dy <= 2; dy++)
          for (let dx = -2; dx <= 2; dx++) {
            let sum = 0;
            for (let py = 0; py < h!; py++)
              for (let px = 0; px < w!; px++) {
                const qx = px + dx;
                const qy = py + dy;
                const got = qx >= 0 && qy >= 0 && qx < w! && qy < h! ? drawn[(qy * w! + qx) * 4 + 3]! : 0;
                sum += Math.abs(want[(py * w! + px) * 4 + 3]! - got);
              }
            best = Math.min(best, sum);
          }
        return { best, wantInk };
      };
      let ink = 0;
      for (let i = 3; i < drawn.length; i += 4) ink += drawn[i]!;
      const scores = candidates.map((text) => ({ text, ...distance(text) })).sort((p, q) => p.best - q.best);
      // The square's ink against a clean drawing of the closest number's: a number left under another adds ink.
      return { ink, foot, closest: scores[0]!.text, inkRatio: ink / Math.max(1, scores[0]!.wantInk) };
    },
    { id, candidates },
  );
}

const CANDIDATES = ['10', '35', '95', '70', '80', '45', '20–60'];
/** A square's ink may differ this much from a clean drawing of its number (an old number left under it adds 40–60%). */
const INK_SLACK = 0.15;

/** Square `id` shows `number`, and nothing else: no number left under it. */
async function expectShows(page: Page, id: string, number: string) {
  const read = await readSquare(page, id, CANDIDATES);
  if (process.env.PAINTED_DEBUG) console.log(id, number, read);
  expect(read.closest, `${id} shows ${number}`).toBe(number);
  expect(Math.abs(read.inkRatio - 1), `${id}: ink that is not ${number}`).toBeLessThan(INK_SLACK);
}

async function showDay(page: Page, day: string) {
  await expect(page.locator(`[data-asof="${day}"] canvas[data-painted-numbers]`)).toHaveCount(1);
}

test('as of a day, every square shows its own number on the canvas, in its square and nowhere else', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?asof=${BEFORE}`);
  await showDay(page, BEFORE);
  // The README's numbers on 1 Jun: Westhaven 10 on the waters, Norvale 70 on guarantees, Eastreach 95.
  await expectShows(page, 'westhaven.waters', '10');
  await expectShows(page, 'norvale.guarantees', '70');
  await expectShows(page, 'eastreach.waters', '95');
  // Every square carries a mark (a number, a range, a dash, a dot), and no ink falls between squares but
  // a marker's: a ring or a dashed outline drawn around its square, up to 2 px out.
  const placement = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-painted-numbers]')!;
    const c = canvas.getBoundingClientRect();
    const ratio = canvas.width / c.width;
    const boxes = [...document.querySelectorAll<HTMLElement>('[data-cell]')].map((a) => {
      const r = a.getBoundingClientRect();
      const out = a.hasAttribute('data-marks') ? 2 : 0;
      return [
        (r.left - out - c.left) * ratio,
        (r.top - out - c.top) * ratio,
        (r.right + out - c.left) * ratio,
        (r.bottom + out - c.top) * ratio,
      ];
    });
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const inked = new Set<number>();
    let outside = 0;
    for (let y = 0; y < canvas.height; y++)
      for (let x = 0; x < canvas.width; x++) {
        if (data[(y * canvas.width + x) * 4 + 3] === 0) continue;
        const k = boxes.findIndex(([l, t, r, b]) => x >= l! - 1 && x <= r! && y >= t! - 1 && y <= b!);
        if (k < 0) outside += 1;
        else inked.add(k);
      }
    return { squares: boxes.length, inked: inked.size, outside };
  });
  expect(placement.squares).toBeGreaterThan(0);
  expect(placement.inked).toBe(placement.squares);
  expect(placement.outside).toBe(0);
  // The squares still say their stance to a screen reader (the canvas is hidden from it).
  await expect(page.locator('[data-cell="westhaven.waters"]')).toHaveAccessibleName(/stance 10 of 100/);
  await expect(page.locator('canvas[data-painted-numbers]')).toHaveAttribute('aria-hidden', 'true');
  await expectNoAxeViolations(page, 'axe violations on the painted as-of matrix');
});

test('a new day in the date control redraws the numbers: each square shows the new day’s', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?asof=${BEFORE}`);
  await showDay(page, BEFORE);
  const unchanged = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-painted-numbers]')!;
    return canvas.toDataURL();
  });
  await page.getByLabel('As of (end of day)').fill(AFTER);
  await showDay(page, AFTER);
  await expectShows(page, 'westhaven.waters', '35');
  await expectShows(page, 'norvale.guarantees', '95');
  await expectShows(page, 'eastreach.waters', '95');
  // The squares' spoken names follow (a render after the canvas's).
  await expect(page.locator('[data-cell="westhaven.waters"]')).toHaveAccessibleName(/stance 35 of 100/);
  await expect(page.locator('[data-cell="norvale.guarantees"]')).toHaveAccessibleName(/stance 95 of 100/);
  // Something was redrawn; an old number left behind under a new one would read as neither candidate.
  expect(
    await page.evaluate(() => document.querySelector<HTMLCanvasElement>('canvas[data-painted-numbers]')!.toDataURL()),
  ).not.toBe(unchanged);
  // At a phone's width the squares are larger (24 px) and scroll: the numbers follow them.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => readSquare(page, 'westhaven.waters', CANDIDATES)).toMatchObject({ closest: '35' });
  await expectShows(page, 'westhaven.waters', '35');
});

test('a stance that moved inside the marking window is underlined on the canvas; before the move it is not', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?asof=${BEFORE}`);
  await showDay(page, BEFORE);
  // As of 1 Jun, westhaven/waters last moved on 14 Mar, outside the 30 days: nothing at its foot.
  expect((await readSquare(page, 'westhaven.waters', CANDIDATES)).foot).toBe(0);
  await page.getByLabel('As of (end of day)').fill(AFTER);
  await showDay(page, AFTER);
  // As of 15 Jun it moved three days before: a 2-px underline at its foot, in the key's blue (blue-900).
  const square = page.locator('[data-cell="westhaven.waters"]');
  await expect(square).toHaveAccessibleName(/changed/i);
  const foot = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-painted-numbers]')!;
    const c = canvas.getBoundingClientRect();
    const a = document.querySelector('[data-cell="westhaven.waters"]')!.getBoundingClientRect();
    const ratio = canvas.width / c.width;
    const [r, g, b, alpha] = canvas
      .getContext('2d')!
      .getImageData(
        Math.round((a.left + a.width / 2 - c.left) * ratio),
        Math.round((a.bottom - 1 - c.top) * ratio),
        1,
        1,
      ).data;
    return { r, g, b, alpha };
  });
  expect(foot.alpha).toBe(255);
  // Dark blue: far more blue than red or green.
  expect(foot.b! - Math.max(foot.r!, foot.g!)).toBeGreaterThan(60);
});

test('a square is a button that opens its cell as of the day; a mouse over it shows its words', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?asof=${AFTER}`);
  await showDay(page, AFTER);
  const square = page.getByRole('button', { name: /^Westhaven on Lagoon waters: stance 35 of 100/ });
  await expect(square).toHaveCount(1);
  // The mouse: the square's own words, the ones a screen reader hears.
  await square.hover();
  const tip = page.locator('[data-painted-tip]');
  await expect(tip).toHaveText(/^Westhaven on Lagoon waters: stance 35 of 100/);
  await page.mouse.move(1, 1);
  await expect(tip).toHaveCount(0);
  // A click opens the cell's panel as of the day; Escape closes it and gives the square its focus back.
  await square.click();
  await expect(page.getByRole('dialog')).toContainText('as of 15 Jun 2033');
  await expect(page).toHaveURL(/cell=westhaven\.waters/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(square).toBeFocused();
});

test('a range that becomes a number on the new day is drawn in its square, now narrow', async ({ page }) => {
  // The README: southport/fishing is the range 20–60 from 20 Mar and 45 from 10 May.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?asof=2033-05-01');
  await showDay(page, '2033-05-01');
  await expectShows(page, 'southport.fishing', '20–60');
  await page.getByLabel('As of (end of day)').fill('2033-05-15');
  await showDay(page, '2033-05-15');
  await expectShows(page, 'southport.fishing', '45');
  await expect(page.locator('[data-cell="southport.fishing"]')).not.toHaveAttribute('data-wide');
  await expect(page.locator('[data-cell="southport.fishing"]')).toHaveAccessibleName(/stance 45 of 100/);
});
