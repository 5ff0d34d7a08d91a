/**
 * Dated demands on the history fixture build: Southmark's demand for the pier back first, withdrawn
 * on 20 Mar 2031, is out of the current demand lists and in the "Ended demands" list with its date,
 * note and the statement that shows it; a standing demand says when it was first stated.
 * Expected values come from the fixture through the project's loader.
 */
import { formatDate } from '../lib/dates';
import { expect, historyData, openPage, test } from './fixtures';

const raw = historyData();
const withdrawn = raw.demands.find((d) => d.status?.state === 'withdrawn')!;
const status = withdrawn.status!;
const shownBy = raw.statements.find((s) => s.id === status.statements[0])!;
const speaker = raw.actors.find((a) => a.id === shownBy.actor)!;
const standing = raw.demands.filter((d) => !d.status && d.stakeholder === withdrawn.stakeholder);
const dateOf = (id: string) => raw.statements.find((s) => s.id === id)!.date;

for (const route of [`/issues/${withdrawn.issue}/`, `/stakeholders/${withdrawn.stakeholder}/`]) {
  test(`${route}: a withdrawn demand shows only under "Ended demands", with its date, note and statement`, async ({
    page,
  }) => {
    await openPage(page, route);
    const ended = page.getByRole('region', { name: 'Ended demands' });
    await expect(ended).toContainText(`Withdrawn on ${formatDate(status.date)}`);
    await expect(ended).toContainText(withdrawn.text);
    await expect(ended).toContainText(status.note);
    await expect(ended.getByRole('link', { name: new RegExp(speaker.name) })).toHaveAttribute(
      'href',
      `/sources/${shownBy.source}/#st-${shownBy.id}`,
    );
    // Nowhere else on the page: it is out of the current list.
    await expect(page.getByText(withdrawn.text, { exact: true })).toHaveCount(1);
    for (const demand of standing.filter((d) => route.includes(d.issue) || route.includes(d.stakeholder))) {
      const item = page.getByRole('listitem').filter({ hasText: demand.text });
      await expect(item).toContainText(`first stated ${formatDate(demand.statements.map(dateOf).sort()[0]!)}`);
      await expect(ended).not.toContainText(demand.text);
    }
  });
}
