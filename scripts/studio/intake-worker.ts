/**
 * Runs articles' intake (lib/ingest) off the studio's request thread. The studio keeps one such
 * worker ready, sends it one article at a time and ends it if it runs past its time limit, so one
 * article cannot freeze the studio. Answers `{ ok: true, proposal }`, `{ ok: false, problem }` (an
 * ArticleError: the file's fault) or `{ ok: false, error }` (a bug).
 */
import { parentPort } from 'node:worker_threads';
import { ArticleError } from '../../lib/ingest/article';
import { ingest } from '../../lib/ingest/ingest';

export type IntakeJob = {
  name: string;
  bytes: Uint8Array;
  data: Parameters<typeof ingest>[2];
  options: Parameters<typeof ingest>[3];
};

parentPort!.on('message', ({ name, bytes, data, options }: IntakeJob) => {
  try {
    parentPort!.postMessage({ ok: true, proposal: ingest(name, bytes, data, options) });
  } catch (error) {
    parentPort!.postMessage(
      error instanceof ArticleError
        ? { ok: false, problem: error.message }
        : error instanceof RangeError && /call stack/i.test(error.message)
          ? {
              ok: false,
              problem: `${name}: the page is nested too deeply to read; save the article's text into a .txt instead`,
            }
          : { ok: false, error: error instanceof Error ? error.message : String(error) },
    );
  }
});
