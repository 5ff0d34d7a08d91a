import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageAt, paramsOf } from '.';

/** Every page route of the app, as a path (a dynamic segment given a sample id). */
function appRoutes(dir = path.resolve('app'), prefix = '/'): string[] {
  const routes = fs.existsSync(path.join(dir, 'page.tsx')) ? [prefix] : [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }))
    if (entry.isDirectory())
      routes.push(...appRoutes(path.join(dir, entry.name), `${prefix}${entry.name.replace(/^\[.*\]$/, 'some-id')}/`));
  return routes;
}

describe('the page table (lib/url/pages.ts)', () => {
  it('lists every page of the app, so a new page says which parameters it reads', () => {
    const routes = appRoutes();
    expect(routes).toContain('/issues/some-id/');
    expect(routes.filter((route) => pageAt(route) === undefined)).toEqual([]);
  });

  it('gives each page the parameters it reads', () => {
    expect(paramsOf('/brief/')).toEqual(['slide', 's', 'i', 'since', 'asof', 'view', 'theme']);
    expect(paramsOf('/issues/pier/')).toContain('asof');
    expect(paramsOf('/statements/')).not.toContain('asof');
    expect(paramsOf('/data/history.json')).toEqual([]);
  });
});
