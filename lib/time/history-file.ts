/**
 * The static file the as-of views load (/data/history.json): every validated record, without the
 * source texts (views quote statements' passages, never the whole text), and the client side that
 * reads it back. Browser-safe: no zod, no file system — the file was validated when it was built.
 */
import type { RawDataset } from '../validate';
import { buildModel, type Model } from '../model';
import { rawAsOf } from './asof';

export const HISTORY_URL = '/data/history.json';

export type HistoryFile = Omit<RawDataset, 'texts'>;

export function historyFile(raw: RawDataset): HistoryFile {
  const { texts: _texts, ...rest } = raw;
  void _texts;
  return rest;
}

export function rawFromHistory(file: HistoryFile): RawDataset {
  return { ...file, texts: new Map() };
}

const fetched = new Map<string, Promise<unknown>>();

/** A same-origin JSON file, fetched once per page (a failed fetch is tried again on the next call). */
export function fetchJsonOnce<T>(url: string): Promise<T> {
  let file = fetched.get(url);
  if (!file) {
    file = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
        return response.json() as Promise<unknown>;
      })
      .catch((error: unknown) => {
        fetched.delete(url);
        throw error;
      });
    fetched.set(url, file);
  }
  return file as Promise<T>;
}

/** The records, fetched once per page from the same origin. */
export const loadHistory = (url = HISTORY_URL): Promise<RawDataset> =>
  fetchJsonOnce<HistoryFile>(url).then(rawFromHistory);

const models = new Map<string, Model>();
/** Days whose model is kept: a model at scale holds every statement, so a reader clicking through
 * many days keeps only the last few (the matrix itself reads lib/time/home-index.ts, not these). */
const KEPT_DAYS = 4;

/** The joined model as of a day (YYYY-MM-DD), built once per day per page while it is among the last few asked for. */
export function modelAsOf(raw: RawDataset, asOf: string): Model {
  const key = `${raw.dataset.title}|${asOf}`;
  let model = models.get(key);
  if (model) models.delete(key);
  else model = buildModel(rawAsOf(raw, asOf));
  models.set(key, model);
  for (const old of models.keys()) {
    if (models.size <= KEPT_DAYS) break;
    models.delete(old);
  }
  return model;
}
