/**
 * Dated demands on the seed build: on each issue page every demand says when it was first stated
 * (its earliest statement's date, "c." when every statement of that day is approximate) and every
 * response when it was given. Expected values come from data/ through the project's loader.
 */
import { formatDate } from '../lib/dates';
import { expect, model, openPage, test } from './fixtures';

const m = model;

/** The earliest date of these statements, printed as the page prints dates. */
function firstDate(ids: string[]): string {
  const stated = ids.map((id) => m.statementById.get(id)!);
  const first = [...stated].map((s) => s.date).sort()[0]!;
  return formatDate(
    first,
    stated.filter((s) => s.date === first).every((s) => s.dateApprox),
  );
}

const issuesWithDemands = m.issues.filter((issue) => m.demands.some((d) => d.issue === issue.id));

for (const issue of issuesWithDemands) {
  test(`/issues/${issue.id}/: each demand says when it was first stated, each response when it was given`, async ({
    page,
  }) => {
    await openPage(page, `/issues/${issue.id}/`);
    for (const demand of m.demands.filter((d) => d.issue === issue.id && !d.status)) {
      // The demand's own item: a position's summary may repeat the demand's words.
      const item = page
        .getByRole('listitem')
        .filter({ hasText: demand.text })
        .filter({ hasText: 'first stated' })
        .first();
      await expect(item).toContainText(`first stated ${firstDate(demand.statements)}`);
      for (const response of demand.responses) {
        const side = m.stakeholderById.get(response.stakeholder)!.name;
        await expect(item.getByRole('listitem').filter({ hasText: side })).toContainText(
          `(${firstDate(response.statements)})`,
        );
      }
    }
  });
}
