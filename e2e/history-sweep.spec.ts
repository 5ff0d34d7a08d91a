/**
 * The whole-site sweep (e2e/sweep.ts) on the history fixture build (out-history/), with its views
 * over time: a day before Northland's move (15 Mar 2031) and the window around it, each computed in
 * the browser, so the check waits until that view is drawn (not the static latest state it replaces).
 */
import { buildModel } from '../lib/model';
import { expect, historyData } from './fixtures';
import { sweep } from './sweep';

sweep({
  name: 'history build',
  out: 'out-history',
  model: buildModel(historyData()),
  overTime: [
    ['/?asof=2031-02-28', (page) => expect(page.locator('[data-asof="2031-02-28"]')).toHaveCount(1)],
    [
      '/changes/?from=2031-02-28&to=2031-03-31',
      (page) =>
        expect(
          page.getByRole('heading', { name: 'Changes after 28 Feb 2031 up to and including 31 Mar 2031' }),
        ).toBeVisible(),
    ],
    [
      '/brief/?since=2031-02-28&slide=2',
      (page) => expect(page.locator('[aria-label*="What changed since 28 Feb 2031"]').first()).toBeAttached(),
    ],
    [
      '/issues/pier/?asof=2031-02-28',
      (page) => expect(page.getByTestId('as-of-notice')).toContainText('As of 28 Feb 2031: positions'),
    ],
  ],
});
