/**
 * A side with words on an issue but no position drawn from them yet, as of a day (the settlement
 * fixture's Westria on water, 2 March 2032). The expected words are the fixture README's answer.
 */
import { expect, test } from './fixtures';

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
