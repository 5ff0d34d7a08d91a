/**
 * A side with words on an issue but no position drawn from them yet, as of a day (the settlement
 * fixture's Westria on water, 2 March 2032). The expected words are the fixture README's answer.
 */
import { expect, test } from './fixtures';
import { downloadDeckPptx, pptxSlideTexts } from './deck-fit';

test('as of 2 March, Westria on water: no position drawn from its one related statement, and its words shown', async ({
  page,
}) => {
  await page.goto('/issues/water/?asof=2032-03-02');
  const westria = page.getByRole('region', { name: 'Westria', exact: true });
  await expect(westria).toContainText('No position drawn; 1 related statement');
  await expect(westria).toContainText('“will never give up more than half of the water”');
  // Not the claim that the sources hold nothing: they hold Lenk's words of that day.
  await expect(westria).not.toContainText('No stated position in the sources');
});

test('the brief as of 2 March: its matrix slide says the same for Westria on water, on the page and in the .pptx', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/brief/?asof=2032-03-02&slide=2');
  const slide = page.locator('.deck .slide[data-active][data-slide="matrix"]');
  const westria = slide.locator('tr[data-issue="water"] td[data-side="westria"]');
  await expect(westria).toHaveText('No position drawn; 1 related statement');
  const { file } = await downloadDeckPptx(page);
  const matrix = (await pptxSlideTexts(file)).find((text) => text.includes('Where each side stands'));
  expect(matrix).toContain('No position drawn; 1 related statement');
});
