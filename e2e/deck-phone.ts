/**
 * The briefing deck on a 390-px phone, as a journalist opens it (shared by e2e/brief-phone.spec.ts for
 * the seed build and size-brief-phone.spec.ts for the size fixture): every slide reads — its text at
 * least 14 px as drawn on the screen, whatever scales it — nothing runs off the page or the card except
 * inside a part that scrolls sideways and says so, the keys step through it with the slide in the
 * address; axe finds nothing. At 1280×720 the slide keeps its 16:9 box, and printed from the phone
 * every slide is still one 1280×720 page.
 */
import { expect, expectNoAxeViolations, test } from './fixtures';
import { deckSlideCount } from './deck-fit';

export const PHONE = { width: 390, height: 844 };
/** The smallest text a reader can be asked to read on a phone. */
export const MIN_TEXT_PX = 14;

/**
 * Run in the page on one `.slide`: its text drawn under `min` px (font size × the scale it is drawn at:
 * CSS transforms and an SVG's viewBox both count), and what runs past the page's or the slide's sides
 * outside a part that scrolls sideways with its "Scroll sideways" line showing, or below the slide.
 */
export function phoneSlideProblems(slide: Element, min: number): string[] {
  const problems: string[] = [];
  const edge = slide.getBoundingClientRect();
  const say = (why: string, el: Element) =>
    problems.push(`${why}: ${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 60)}”`);
  /** How much the element is drawn larger or smaller than its CSS size (transforms, zoom, viewBox). */
  const scaleOf = (el: Element) => {
    if (el instanceof SVGGraphicsElement) return el.getScreenCTM()?.a ?? 1;
    const h = el as HTMLElement;
    return h.offsetWidth > 0 ? el.getBoundingClientRect().width / h.offsetWidth : 1;
  };
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || !(node.textContent ?? '').trim() || el.getClientRects().length === 0) continue;
    const drawn = parseFloat(getComputedStyle(el).fontSize) * scaleOf(el);
    if (drawn < min) say(`text drawn at ${drawn.toFixed(1)} px`, el);
  }
  // A part that scrolls sideways: its overflow scrolls, and it says so (its ::before line) while it does.
  const scroller = (el: Element) => {
    const style = getComputedStyle(el);
    return (
      (style.overflowX === 'auto' || style.overflowX === 'scroll') &&
      getComputedStyle(el, '::before').content.includes('Scroll sideways') &&
      getComputedStyle(el, '::before').display !== 'none'
    );
  };
  for (const el of slide.querySelectorAll('*')) {
    if (el.getClientRects().length === 0) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const inScroller = hasScrollerAbove(el, slide, scroller);
    if (!inScroller && (box.left < edge.left - 1 || box.right > edge.right + 1)) say('past the slide’s side', el);
    if (box.bottom > edge.bottom + 1 || box.top < edge.top - 1) say('past the slide’s top or bottom', el);
    if (el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && !scroller(el)) {
      const style = getComputedStyle(el);
      if (style.display !== 'inline' && style.overflowX !== 'visible') say('cut at its side', el);
    }
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 1)
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide`);
  return problems;

  function hasScrollerAbove(el: Element, root: Element, test: (e: Element) => boolean) {
    for (let p = el.parentElement; p && p !== root; p = p.parentElement) if (test(p)) return true;
    return false;
  }
}

export function deckPhoneChecks(name: string) {
  test.describe(`briefing deck on a phone (${name})`, () => {
    test.use({ viewport: PHONE, deviceScaleFactor: 2, hasTouch: true });

    test('every slide reads at 390 px: text at least 14 px as drawn, nothing off the page; the keys step through it', async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.goto('/brief/');
      const count = await deckSlideCount(page);
      expect(count).toBeGreaterThan(3);
      const problems: string[] = [];
      for (let n = 1; n <= count; n++) {
        const slide = page.locator('.deck .slide[data-active]').and(page.locator(`[aria-label^="Slide ${n} of "]`));
        await slide.waitFor();
        if (n > 1) await expect(page).toHaveURL(new RegExp(`slide=${n}(&|$)`));
        const title = (await slide.getAttribute('aria-label')) ?? '';
        for (const p of await slide.evaluate(phoneSlideProblems, MIN_TEXT_PX)) problems.push(`${title}: ${p}`);
        if (n < count) await page.keyboard.press('ArrowRight');
      }
      expect(problems).toEqual([]);
      // And back: ← and Home still drive the deck on a phone.
      await page.keyboard.press('ArrowLeft');
      await expect(page).toHaveURL(new RegExp(`slide=${count - 1}(&|$)`));
      await page.keyboard.press('Home');
      await expect(page.locator('.deck .slide[data-active]')).toHaveAttribute('aria-label', new RegExp(`^Slide 1 of`));
    });

    test('a link to a slide opens it on a phone, readable, and axe finds nothing on it', async ({ page }) => {
      await page.goto('/brief/?slide=3');
      await deckSlideCount(page);
      const slide = page.locator('.deck .slide[data-active]');
      await expect(slide).toHaveAttribute('aria-label', /^Slide 3 of /);
      expect(await slide.evaluate(phoneSlideProblems, MIN_TEXT_PX)).toEqual([]);
      await expectNoAxeViolations(page, 'axe on slide 3 at 390 px');
      // The matrix (slide 2): a table wider than the phone, scrolled sideways by keyboard too.
      await page.goto('/brief/?slide=2');
      await deckSlideCount(page);
      await expect(page.locator('.deck .slide[data-active]')).toHaveAttribute('aria-label', /^Slide 2 of /);
      await expectNoAxeViolations(page, 'axe on slide 2 at 390 px');
    });

    test('printed from a phone, every slide is still a 1280×720 page; at 1280×720 the slide is 16:9', async ({
      page,
    }) => {
      await page.goto('/brief/');
      const count = await deckSlideCount(page);
      await page.emulateMedia({ media: 'print' });
      await page.locator('.deck[data-printing]').waitFor({ state: 'attached' });
      const printed = () =>
        page.locator('.deck .slide').evaluateAll((slides) =>
          slides.map((s) => ({
            box: [s.clientWidth, s.clientHeight].join('×'),
            // Every part's text size and place on the page: the same as printed from a desktop.
            parts: [...s.querySelectorAll('*')]
              .map((e) => `${getComputedStyle(e).fontSize}@${e.getBoundingClientRect().left.toFixed(0)}`)
              .join(' '),
          })),
        );
      const fromPhone = await printed();
      expect(fromPhone.map((s) => s.box)).toEqual(Array.from({ length: count }, () => '1280×720'));
      await page.setViewportSize({ width: 1280, height: 720 });
      expect(await printed()).toEqual(fromPhone);
      await page.emulateMedia({ media: 'screen' });
      const box = await page.locator('.deck .slide[data-active]').boundingBox();
      expect(box).not.toBeNull();
      expect(Math.abs(box!.width / box!.height - 16 / 9)).toBeLessThan(0.01);
    });
  });
}
