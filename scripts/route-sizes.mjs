#!/usr/bin/env node
// Prints, for every page in a static build, its HTML size and the JavaScript a first visit loads
// (every <script src> in the page), both gzip-compressed — the figures the budgets speak of.
// Usage: node scripts/route-sizes.mjs [outDir] [--json]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export function routeSizes(outDir) {
  const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
  const cache = new Map();
  const jsSize = (src) => {
    if (!cache.has(src)) {
      const file = path.join(outDir, decodeURIComponent(src.replace(/^\//, '').split('?')[0]));
      cache.set(src, fs.existsSync(file) ? gz(fs.readFileSync(file)) : 0);
    }
    return cache.get(src);
  };
  const pages = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_next') walk(full);
      } else if (entry.name.endsWith('.html')) pages.push(full);
    }
  };
  walk(outDir);
  return pages
    .map((file) => {
      const html = fs.readFileSync(file);
      // noModule scripts are polyfills that modern browsers neither download nor run.
      const tags = [...html.toString().matchAll(/<script[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => !/\bnomodule\b/i.test(tag));
      const scripts = [...new Set(tags.map((tag) => /src="([^"]+)"/.exec(tag)?.[1]).filter(Boolean))];
      const route =
        '/' +
        path
          .relative(outDir, file)
          .replace(/index\.html$/, '')
          .replace(/\.html$/, '');
      return {
        route,
        htmlBytes: html.length,
        htmlGzip: gz(html),
        jsGzip: scripts.reduce((n, s) => n + jsSize(s), 0),
        scripts: scripts.length,
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = path.resolve(process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? 'out');
  const rows = routeSizes(outDir);
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else {
    const kib = (n) => (n / 1024).toFixed(1);
    console.log('route'.padEnd(60), 'HTML KiB', 'HTML gz KiB', 'first-load JS gz KiB');
    for (const r of rows)
      console.log(
        r.route.padEnd(60),
        kib(r.htmlBytes).padStart(8),
        kib(r.htmlGzip).padStart(11),
        kib(r.jsGzip).padStart(20),
      );
  }
}
