// The export folder: out/, or STANDPOINT_OUT_DIR (fixture and benchmark builds), as an absolute path.
// Plain JavaScript so the node scripts (build, serve) and the TypeScript ones share it.
import path from 'node:path';

export function outDir() {
  const override = process.env.STANDPOINT_OUT_DIR;
  return override ? path.resolve(override) : path.resolve('out');
}
