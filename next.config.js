// Static export: the site is a folder of files that any static server (or none, offline) can show.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS (which is why the Vitest config is vitest.config.mts)
const path = require('node:path');

// STANDPOINT_OUT_DIR builds into another folder (fixtures, benchmarks) so out/ is not clobbered.
// With `output: 'export'`, Next treats distDir as the export folder; it must lie inside the project.
const outDir = process.env.STANDPOINT_OUT_DIR
  ? path.relative(__dirname, path.resolve(process.env.STANDPOINT_OUT_DIR))
  : undefined;

/** @type {import('next').NextConfig} */
module.exports = {
  output: 'export',
  // With a static export a custom distDir is where the site is written (Next keeps its own build
  // files in .next): fixture and benchmark builds use it so they never overwrite out/.
  ...(outDir && outDir !== 'out' ? { distDir: outDir } : {}),
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // A page at the bench's scale can take over the default 60 s to render on a loaded 2-core machine;
  // a timeout there failed the whole build.
  staticPageGenerationTimeout: 300,
};
