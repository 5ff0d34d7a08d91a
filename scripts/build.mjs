#!/usr/bin/env node
// `npm run build`: validate the data folder, `next build` the static export, then give every page its
// own script hashes (scripts/csp-hashes.ts). On any failure the export folder and its generated serve
// config are removed, so a failed build never leaves a stale or half-written site to be served.
// Honours STANDPOINT_DATA_DIR (which data) and STANDPOINT_OUT_DIR (which export folder, default out/).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { outDir } from '../lib/site/out-dir.mjs';
import { commandLine } from './cli.mjs';

commandLine(`
usage: npm run build

Validates the data folder (data/, or STANDPOINT_DATA_DIR), builds the static site with next build into
out/ (or STANDPOINT_OUT_DIR) and writes each page's script hashes. On failure the export is removed.
  -h, --help   this help
`);

const out = outDir();
const bin = (name) => path.resolve('node_modules', '.bin', name);

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function fail(step) {
  for (const target of [out, `${out}.serve.json`, `${out}.csp.nginx.conf`])
    fs.rmSync(target, { recursive: true, force: true });
  console.error(
    `✗ build stopped at ${step}; removed ${path.relative(process.cwd(), out) || out}/ so no stale site is left to serve.`,
  );
  process.exit(1);
}

if (!run(bin('tsx'), ['scripts/validate.ts'])) fail('data validation');
if (!run(bin('next'), ['build'])) fail('next build');
if (!fs.existsSync(path.join(out, 'index.html'))) fail(`next build (no ${path.basename(out)}/index.html written)`);
if (!run(bin('tsx'), ['scripts/csp-hashes.ts', out])) fail('CSP hashes');
