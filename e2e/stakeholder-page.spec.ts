import { expect, expectNoAxeViolations, model, positionsOf, test } from './fixtures';

test.describe('stakeholder pages', () => {
  test('a side with no positions says so — Europe', async ({ page }) => {
    const europe = model.stakeholderById.get('europe')!;
    expect(model.positions.filter((p) => p.stakeholder === 'europe')).toEqual([]);
    await page.goto('/stakeholders/europe/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(europe.name);
    // The one wording for a side with no position drawn (lib/format.ts noPositionWords), counting its statements.
    const said = model.statements.filter((s) => s.stakeholder === 'europe').length;
    await expect(
      page.getByText(
        `${europe.name} on every issue: ${said ? `No position drawn; ${said} related statement${said === 1 ? '' : 's'} (listed below)` : 'No stated position in the sources'}.`,
      ),
    ).toBeVisible();
    for (const actor of model.actors.filter((a) => a.stakeholder === 'europe'))
      await expect(page.getByText(actor.role)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('actors, positions, demands with responses, and own contradictions flagged', async ({ page }) => {
    // The side with a conflict among its own statements, found from the data.
    const conflicted = model.positions.find(
      (p) => p.conflicts.length > 0 && positionsOf(p.stakeholder, p.issue)[0] === p,
    )!;
    const side = conflicted.stakeholder;
    await page.goto(`/stakeholders/${side}/`);
    for (const actor of model.actors.filter((a) => a.stakeholder === side))
      await expect(page.locator(`[id="actor-${actor.id}"]`)).toContainText(actor.role);
    await expect(page.getByText(conflicted.conflicts[0]!.summary)).toBeVisible();
    const demands = model.demands.filter((d) => d.stakeholder === side);
    // Observers (role "analysts" or "source-analysis") never respond, so they are not listed as silent.
    const others = model.stakeholders.filter((s) => (s.role ?? 'party') === 'party').length - 1;
    const silent = demands.reduce((n, d) => n + others - d.responses.length, 0);
    await expect(page.getByText('No stated response', { exact: true })).toHaveCount(silent);
    const statements = model.statements.filter((s) => s.stakeholder === side);
    await expect(page.getByRole('status')).toHaveText(`${statements.length} of ${statements.length} statements`);
    await expectNoAxeViolations(page);
  });

  test('an actor’s name in a statement leads to its side’s page', async ({ page }) => {
    const statement = model.statements.find((s) => s.stakeholder !== 'analysts')!;
    await page.goto('/statements/');
    await page.getByRole('link', { name: statement.actorRecord.name, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/stakeholders/${statement.stakeholder}/#actor-${statement.actor}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      model.stakeholderById.get(statement.stakeholder)!.name,
    );
  });
});
