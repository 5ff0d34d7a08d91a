#!/usr/bin/env node
// Serves a static build with serve-handler (the engine of the `serve` package) and the security
// headers that `npm run build` generated beside it (<out>.serve.json: serve.json plus each page's
// script hashes). serve-handler is used directly because the `serve` CLI rejects header values over
// 2,048 characters, and a large page's CSP lists hundreds of script hashes.
// Usage: node scripts/serve.mjs [--port N]   (default: $PORT or 3000; folder: STANDPOINT_OUT_DIR or out/)
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import handler from 'serve-handler';
import { outDir } from '../lib/site/out-dir.mjs';
import { commandLine, portFlag } from './cli.mjs';

const { values } = commandLine(
  `
usage: npm run serve [-- --port N]

Serves the static build in out/ (or STANDPOINT_OUT_DIR) with its security headers on 127.0.0.1.
  --port N     the port (default: $PORT or 3000)
  -h, --help   this help
`,
  { options: { port: { type: 'string' } } },
);

const out = outDir();
const configFile = `${out}.serve.json`;
if (!existsSync(path.join(out, 'index.html')) || !existsSync(configFile)) {
  console.error(
    `${path.relative(process.cwd(), out) || out}/ has no complete build (or no ${path.basename(configFile)}): run \`npm run build\` first.`,
  );
  process.exit(1);
}
const config = { ...JSON.parse(readFileSync(configFile, 'utf8')), public: out };
const port = portFlag('--port', values.port ?? process.env.PORT, 3000);

const server = http.createServer((request, response) => {
  handler(request, response, config).catch((error) => {
    console.error(error);
    response.statusCode = 500;
    response.end('Internal error');
  });
});
server.listen(port, '127.0.0.1', () =>
  console.log(`Serving ${path.relative(process.cwd(), out) || out}/ at http://127.0.0.1:${port}/`),
);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
