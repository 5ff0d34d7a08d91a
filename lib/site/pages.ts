/**
 * The static build as a list of pages. Tests, the CSP step, Lighthouse and the benchmark all find
 * routes here, by walking the export folder — so a page added later is covered without a list to update.
 */
import fs from 'node:fs';
import path from 'node:path';

export { outDir } from './out-dir.mjs';

/** The serve config written beside an export folder by scripts/csp-hashes.ts (`out` → `out.serve.json`). */
export function serveConfigPath(dir: string): string {
  return `${dir.replace(/[\\/]+$/, '')}.serve.json`;
}

/** The nginx `map` of per-page script hashes written beside an export folder (`out` → `out.csp.nginx.conf`). */
export function nginxMapPath(dir: string): string {
  return `${dir.replace(/[\\/]+$/, '')}.csp.nginx.conf`;
}

export type Page = {
  /** The URL path a visitor uses, e.g. `/sources/` — or `/404.html` for the not-found page. */
  route: string;
  /** The file's path inside the export folder, with a leading slash, e.g. `/sources/index.html`. */
  file: string;
};

// Next writes the not-found page three times; `/404.html` is the one static servers send.
const NOT_FOUND_COPIES = new Set(['/404/index.html', '/_not-found/index.html']);

/** Every HTML file of the export, not-found page included, sorted by route. */
export function htmlPages(dir: string): Page[] {
  const pages: Page[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_next') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const file = '/' + path.relative(dir, full).split(path.sep).join('/');
        pages.push({
          file,
          route: file.endsWith('/index.html') || file === '/index.html' ? file.slice(0, -'index.html'.length) : file,
        });
      }
    }
  };
  walk(dir);
  return pages.sort((a, b) => a.route.localeCompare(b.route));
}

/** The routes a visitor can reach by link: every page but the not-found copies. */
export function siteRoutes(dir: string): string[] {
  return htmlPages(dir)
    .filter((p) => !NOT_FOUND_COPIES.has(p.file) && p.file !== '/404.html')
    .map((p) => p.route);
}

/**
 * A few routes that stand for the whole site: each section's index page and its first child page
 * (`/`, `/sources/`, `/sources/<first>/`, …), at most `max` — for slow checks like Lighthouse.
 */
export function mainRoutes(routes: string[], max = 6): string[] {
  const picked: string[] = [];
  const sections = new Map<string, string[]>();
  for (const route of routes) {
    const section = route.split('/').filter(Boolean)[0] ?? '';
    sections.set(section, [...(sections.get(section) ?? []), route]);
  }
  for (const group of sections.values()) picked.push(...group.slice(0, 2));
  return picked.sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b)).slice(0, max);
}
