/**
 * Text that looks like markup renders as text. Runs against out-markup/, a build of the data with
 * <script>, <img onerror> and <svg onload> payloads in text fields (scripts/markup-fixture.ts):
 * no payload runs, no payload becomes an element, and the literal characters are on the page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { siteRoutes } from '../lib/site/pages';
import { PAYLOADS, writeMarkupData } from '../scripts/markup-fixture';
import { cell, expect, markupBaseURL, openPage, test } from './fixtures';

// The same edit the fixture build applied, redone in a scratch folder to learn where the payloads went.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-markup-'));
const targets = writeMarkupData(scratch);
fs.rmSync(scratch, { recursive: true, force: true });
const routes = siteRoutes(path.resolve('out-markup'));

test.use({ baseURL: markupBaseURL });

for (const route of routes) {
  test(`${route}: no payload runs or becomes an element`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openPage(page, route);
    await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await expect(page.locator('[onerror], [onload], img[src="x"], svg[onload]')).toHaveCount(0);
    expect(
      await page
        .locator('body script')
        .evaluateAll((all) => all.filter((s) => s.textContent?.startsWith('window.__pwned')).length),
    ).toBe(0);
    expect(dialogs).toEqual([]);
  });
}

test('the payloads are visible as literal text on the matrix and in its detail panel', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(targets.subject, { exact: true })).toBeVisible();
  await expect(cell(page, targets.stakeholder, targets.issue).getByRole('link').first()).toBeVisible();
  // The detail (loaded from /cells/<issue>.json) renders the summary and the quotes as text too.
  await page.goto(`/?cell=${targets.stakeholder}.${targets.issue}`);
  const detail = page.getByRole('dialog');
  await expect(detail.getByText(targets.positionSummary, { exact: true })).toBeVisible();
  await expect(detail.getByText(PAYLOADS.img).first()).toBeVisible();
  await expect(detail.getByText(PAYLOADS.script).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('[onerror], [onload], img[src="x"], svg[onload]')).toHaveCount(0);
});

test('the payloads are visible as literal text in the source', async ({ page }) => {
  await page.goto(`/sources/${targets.source}/`);
  await expect(page.getByText(PAYLOADS.svg).first()).toBeVisible();
  await expect(page.getByText(PAYLOADS.script).first()).toBeVisible();
});
