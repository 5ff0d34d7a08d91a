#!/usr/bin/env node
// Serves a static build with the `serve` package and the security headers that `npm run build`
// generated beside it (<out>.serve.json: serve.json plus each page's script hashes).
// Usage: node scripts/serve.mjs [--port N]   (default: $PORT or 3000; folder: STANDPOINT_OUT_DIR or out/)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const out = process.env.STANDPOINT_OUT_DIR ? path.resolve(process.env.STANDPOINT_OUT_DIR) : path.resolve('out');
const config = `${out}.serve.json`;
if (!existsSync(path.join(out, 'index.html')) || !existsSync(config)) {
  console.error(`${path.relative(process.cwd(), out) || out}/ has no complete build (or no ${path.basename(config)}): run \`npm run build\` first.`);
  process.exit(1);
}
const portFlag = process.argv.indexOf('--port');
const port = portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? '3000');
const require = createRequire(import.meta.url);
const serveBin = path.join(path.dirname(require.resolve('serve/package.json')), 'build', 'main.js');
const child = spawn(process.execPath, [serveBin, out, '--listen', `tcp://127.0.0.1:${port}`, '--config', config, '--no-clipboard', '--no-port-switching'], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
