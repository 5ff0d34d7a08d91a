import { formatDate } from '../lib/dates';
import { SOURCE_EXTENT_LABELS, SOURCE_KIND_LABELS } from '../lib/format';
import { expect, expectNoAxeViolations, model, positionsOf, test } from './fixtures';

test('every source is listed with its inferred facts marked', async ({ page }) => {
  await page.goto('/sources/');
  for (const source of model.sources) {
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: source.title }) });
    await expect(item).toBeVisible();
    await expect(item).toContainText(source.outlet);
    await expect(item.getByText('(inferred)')).toHaveCount(source.inferred.filter((f) => f !== 'title').length);
    // What kind of text it is, whether Standpoint holds all of it, and when it was retrieved.
    await expect(item).toContainText(SOURCE_KIND_LABELS[source.kind]);
    await expect(item).toContainText(SOURCE_EXTENT_LABELS[source.extent]);
    await expect(item).toContainText(`Retrieved${source.retrieved ? formatDate(source.retrieved) : 'Not known'}`);
  }
  await expectNoAxeViolations(page);
});

test('a statement’s "in context" link lands on its highlighted passage', async ({ page }) => {
  // A quoted statement that a matrix cell's detail shows: one its current position cites (one bearing on no issue is on no cell).
  const current = model.positions.filter((p) => positionsOf(p.stakeholder, p.issue)[0] === p);
  const statement = model.statements.find(
    (s) => s.quotes.length > 0 && current.some((p) => p.statements.includes(s.id)),
  )!;
  const position = current.find((p) => p.statements.includes(statement.id))!;
  await page.goto(`/?cell=${position.stakeholder}.${position.issue}`);
  const link = page.getByRole('dialog').locator(`a[href$="#st-${statement.id}"]`).first();
  await expect(link).toHaveAccessibleName(/In context/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/sources/${statement.source}/#st-${statement.id}$`));
  const target = page.locator(`[id="st-${statement.id}"]`);
  await expect(target).toBeInViewport();
  await expect(
    page
      .locator('mark.passage')
      .filter({ hasText: statement.quotes[0]!.slice(0, 30) })
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('every highlighted passage on a source page links to the statement that cites it', async ({ page }) => {
  for (const source of model.sources) {
    const cited = model.statements.filter((s) => s.source === source.id);
    if (cited.length === 0) continue;
    await page.goto(`/sources/${source.id}/`);
    const marks = page.locator('mark.passage');
    const links = page.locator('.cited-by a[data-cites="statement"]');
    // Each passage ends with a "cited by" list naming its statement; a passage run in the middle of an overlap may not.
    expect(await links.count(), source.id).toBeGreaterThanOrEqual(Math.min(await marks.count(), 1));
    for (const statement of cited) {
      if (!(await page.locator(`[id="st-${statement.id}"]`).count())) continue;
      await expect(
        page.locator('.cited-by a[data-cites="statement"]', { hasText: statement.actorRecord.name }).first(),
        statement.id,
      ).toBeVisible();
    }
    // Every mark is followed, before the next plain text, by links: no highlight stands unlinked.
    const unlinked = await page.evaluate(() => {
      const all = [...document.querySelectorAll('mark.passage')];
      return all.filter((mark) => {
        // Runs are sibling spans: walk on from this mark's run through the passage's later runs.
        for (let run: Element | null = mark.parentElement; run; run = run.nextElementSibling) {
          if (run.querySelector('.cited-by')) return false;
          if (!run.querySelector('mark.passage')) return true;
        }
        return true;
      }).length;
    });
    expect(unlinked, source.id).toBe(0);
  }
});

test('an unknown path shows the not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('a title the analyst wrote is never shown in quotation marks without saying it is inferred', async ({ page }) => {
  // Expected: every “title” of a source whose `inferred` lists "title" is followed by "(title inferred)".
  const inferred = model.sources.filter((s) => s.inferred.includes('title'));
  expect(inferred.length).toBeGreaterThan(0);
  const current = model.positions.filter((p) => positionsOf(p.stakeholder, p.issue)[0] === p);
  for (const source of inferred) {
    const cited = new Set(model.statements.filter((s) => s.source === source.id).map((s) => s.id));
    const position = current.find((p) => p.statements.some((id) => cited.has(id)))!;
    const views: [string, 'dialog' | 'main'][] = [
      [`/?cell=${position.stakeholder}.${position.issue}`, 'dialog'],
      [`/issues/${position.issue}/`, 'main'],
      ['/statements/', 'main'],
    ];
    for (const [url, role] of views) {
      await page.goto(url);
      const scope = page.getByRole(role).first();
      await expect(scope.getByRole('link', { name: /In context/ }).first()).toBeVisible();
      const text = await scope.innerText();
      const quoted = `“${source.title}”`;
      const at = [...text.matchAll(new RegExp(quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))];
      expect(at.length, `${url}: the title in quotation marks`).toBeGreaterThan(0);
      for (const m of at) {
        expect(text.slice(m.index + quoted.length).startsWith(' (title inferred)'), `${url} at ${m.index}`).toBe(true);
      }
    }
  }
});
