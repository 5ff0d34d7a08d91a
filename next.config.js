// Static export: the site is a folder of files that any static server (or none, offline) can show.
/** @type {import('next').NextConfig} */
module.exports = {
  output: 'export',
  // With a static export a custom distDir is where the site is written (Next keeps its own build
  // files in .next). The fixture-data build test uses it so it never overwrites out/.
  ...(process.env.STANDPOINT_OUT_DIR ? { distDir: process.env.STANDPOINT_OUT_DIR } : {}),
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
};
