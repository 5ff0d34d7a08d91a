// Starts scripts/serve.mjs on a build folder and waits until it answers, for the scripts that
// need the built site (PDF export, Lighthouse, bench). Stop it with the returned stop().
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serveScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'serve.mjs');

/** Resolves once `url` answers a HEAD request with 2xx; rejects after `timeoutMs`. */
export async function waitForServer(url, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url, { method: 'HEAD' })).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server answered at ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Serves `dir` (default: out/ or STANDPOINT_OUT_DIR) on 127.0.0.1:`port`. `probe` is the path
 * polled until the server answers; the 404 page suits builds at scale, whose home page carries a
 * CSP header larger than Node's fetch accepts (16 KiB).
 */
export async function serveBuild({ port, dir, probe = '/' }) {
  const env = dir ? { ...process.env, STANDPOINT_OUT_DIR: dir } : process.env;
  const server = spawn(process.execPath, [serveScript, '--port', String(port)], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => server.kill('SIGTERM');
  try {
    await waitForServer(`http://127.0.0.1:${port}${probe}`);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin: `http://127.0.0.1:${port}`, stop };
}
