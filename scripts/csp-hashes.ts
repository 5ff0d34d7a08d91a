/**
 * Post-build step: gives every page of the export its own Content-Security-Policy, listing the
 * sha256 of that page's inline scripts instead of 'unsafe-inline' — in a `<meta>` tag written into
 * the page, so no response header grows with the page (lib/site/csp.ts explains the split). Writes,
 * beside the export folder:
 *   <out>.serve.json      serve.json plus the page header — what `npm run serve` uses
 *   <out>.csp.nginx.conf  the same headers as an nginx `map` (see README, "Security")
 * Usage: tsx scripts/csp-hashes.ts [outDir]   (default: STANDPOINT_OUT_DIR or out/)
 */
import fs from 'node:fs';
import path from 'node:path';
import { withMetaPolicy } from '../lib/site/csp';
import { htmlPages, nginxMapPath, outDir, serveConfigPath } from '../lib/site/pages';
import { nginxMap, serveConfig } from '../lib/site/serve-config';

const dir = process.argv[2] ? path.resolve(process.argv[2]) : outDir();
const base = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'serve.json'), 'utf8'));
const pages = htmlPages(dir);
if (pages.length === 0) {
  console.error(`csp-hashes: no HTML pages in ${dir}`);
  process.exit(1);
}

let largestMeta = { file: '', bytes: 0 };
for (const page of pages) {
  const file = path.join(dir, page.file);
  const html = fs.readFileSync(file, 'utf8');
  const withMeta = withMetaPolicy(html);
  if (withMeta !== html) fs.writeFileSync(file, withMeta);
  const bytes = withMeta.length - html.length;
  if (bytes > largestMeta.bytes) largestMeta = { file: page.file, bytes };
}

const config = serveConfig(base, dir);
fs.writeFileSync(serveConfigPath(dir), JSON.stringify(config, null, 2) + '\n');
fs.writeFileSync(nginxMapPath(dir), nginxMap(config, path.basename(dir)));

// Proxies and HTTP clients commonly cap a response header at 8–16 KiB (nginx proxy_buffer_size 4–8k,
// Node 16k). The hashes live in the pages, so the headers stay short; say so if that ever changes.
const LARGE = 8 * 1024;
for (const rule of config.headers)
  for (const header of rule.headers)
    if (header.value.length > LARGE)
      console.warn(
        `csp-hashes: warning: the ${header.key} header for ${rule.source} is ${(header.value.length / 1024).toFixed(1)} KiB (over 8 KiB; some proxies refuse it).`,
      );
console.log(
  `csp-hashes: ${pages.length} page(s) given their script hashes in a <meta> tag (largest ${(largestMeta.bytes / 1024).toFixed(1)} KiB, ${largestMeta.file}) → ${path.basename(serveConfigPath(dir))}, ${path.basename(nginxMapPath(dir))}`,
);
