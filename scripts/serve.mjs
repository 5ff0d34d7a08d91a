#!/usr/bin/env node
// Serves the static build in out/ with the `serve` package and the security headers in serve.json.
// Usage: node scripts/serve.mjs [--port N]   (default: $PORT or 3000)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'out');
if (!existsSync(path.join(out, 'index.html'))) {
  console.error('out/ has no build: run `npm run build` first.');
  process.exit(1);
}
const portFlag = process.argv.indexOf('--port');
const port = portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? '3000');
const require = createRequire(import.meta.url);
const serveBin = path.join(path.dirname(require.resolve('serve/package.json')), 'build', 'main.js');
const child = spawn(process.execPath, [serveBin, out, '--listen', `tcp://127.0.0.1:${port}`, '--config', path.join(root, 'serve.json'), '--no-clipboard', '--no-port-switching'], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
