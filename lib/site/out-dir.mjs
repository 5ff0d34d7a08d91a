// The export folder: out/, or STANDPOINT_OUT_DIR (fixture and benchmark builds), as an absolute path.
// Plain JavaScript so the node scripts (build, serve) and the TypeScript ones share it.
import fs from 'node:fs';
import path from 'node:path';

export function outDir() {
  const override = process.env.STANDPOINT_OUT_DIR;
  return override ? path.resolve(override) : path.resolve('out');
}

/**
 * The build an export folder holds: the name of Next's folder under `_next/static` that carries the
 * build manifest (it changes with every build). Undefined when the folder holds no complete build.
 */
export function buildIdOf(dir) {
  try {
    return fs
      .readdirSync(path.join(dir, '_next', 'static'))
      .find((name) => fs.existsSync(path.join(dir, '_next', 'static', name, '_buildManifest.js')));
  } catch {
    return undefined;
  }
}
