/**
 * An issue page cut for size: its HTML draws the first sides and says how many more there are, never
 * dropping them silently; the as-of view (no cut) draws every side. Rendered to static HTML, as the
 * export does, from the size fixture (lib/fixtures/size-data/: 9 sides, its README lists them).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { readDataFolder } from '@/lib/load';
import { buildModel } from '@/lib/model';
import { IssueBody } from './issue-body';

const result = readDataFolder(path.join(process.cwd(), 'lib', 'fixtures', 'size-data'));
if (!result.ok) throw new Error('the size fixture is invalid');
const model = buildModel(result.data);
const issue = model.issues[0]!.id;
const html = (cut: boolean) => renderToStaticMarkup(createElement(IssueBody, { model, id: issue, cut }));
// Rendered once each (about a second on a loaded machine), then read by the tests.
const cutPage = html(true);
const wholePage = html(false);
const sides = (page: string) => page.match(/<section id="side-/g)?.length ?? 0;

describe('an issue page with more sides than its HTML draws', () => {
  it('draws the first 8 of the 9 sides and says the other one loads below', () => {
    const page = cutPage;
    expect(sides(page)).toBe(8);
    expect(page.replace(/<!-- -->/g, '')).toContain('Showing 8 of 9 sides — the other 1 load below as you reach them.');
  });

  it('uncut (the as-of view), every side is drawn and nothing claims a cut', () => {
    const page = wholePage;
    expect(sides(page)).toBe(9);
    expect(page).not.toContain('Showing 8 of');
  });
});
