/**
 * Saving from the studio into a data folder. The would-be dataset is built in memory and put through
 * the same schema and cross-file checks as the build (lib/schema.ts FILES, lib/validate.ts crossCheck);
 * anything invalid is refused with the validator's messages and nothing is written. Files changed on
 * disk since the studio read them are refused, not overwritten. New records are appended to each file
 * in the style of the records already there (one line each, or pretty-printed), so existing lines do
 * not move. The whole save runs under the data folder's lock and reaches the disk through one
 * all-or-nothing commit (scripts/studio/commit.ts); a save interrupted by a crash is undone first.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  FILES,
  Id,
  unreadableText,
  type Actor,
  type Demand,
  type Position,
  type Source,
  type Statement,
} from '../../lib/schema';
import type * as S from '../../lib/schema';
import { readDataFolder, formatProblem } from '../../lib/load';
import { crossCheck, type RawDataset } from '../../lib/validate';
import { schemaMessage } from '../../lib/validate/schema-message';
import { commitFiles, LockedError, recoverData, withDataLock, type Fault } from './commit';

export const TOUCHED = ['sources.json', 'actors.json', 'statements.json', 'positions.json', 'demands.json'] as const;
type TouchedFile = (typeof TOUCHED)[number];

const VERSIONED = [...TOUCHED, 'dataset.json'] as const;
export type Versions = Record<(typeof VERSIONED)[number], string>;

export type SaveRequest = {
  /** Hashes of the files as the studio read them (from `versions`). */
  versions: Versions;
  source: z.input<typeof S.Source>;
  /** The article text, saved as sources/<id>.txt. */
  text: string;
  actors: z.input<typeof S.Actor>[];
  statements: z.input<typeof S.Statement>[];
  positions?: z.input<typeof S.Position>[];
  demands?: z.input<typeof S.Demand>[];
  /** Moves dataset.json's as-of date forward, so statements from a newer article are within it. */
  asOf?: string;
};

export type SaveResult = { ok: true; written: string[] } | { ok: false; conflict?: boolean; problems: string[] };

/** JSON with keys in order, to compare a record with one already saved. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

const hash = (text: string) => crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);

export function versions(dir: string): Versions {
  return Object.fromEntries(
    VERSIONED.map((file) => [file, hash(fs.readFileSync(path.join(dir, file), 'utf8'))]),
  ) as Versions;
}

const LIST_KEY: Record<TouchedFile, 'sources' | 'actors' | 'statements' | 'positions' | 'demands'> = {
  'sources.json': 'sources',
  'actors.json': 'actors',
  'statements.json': 'statements',
  'positions.json': 'positions',
  'demands.json': 'demands',
};

/** `{ "id": "x", "name": "Y" }`: the one-record-a-line style of actors.json and stakeholders.json. */
function oneLine(record: object): string {
  return `{ ${Object.entries(record)
    .map(
      ([k, v]) =>
        `${JSON.stringify(k)}: ${Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v)}`,
    )
    .join(', ')} }`;
}

/** Appends records to a list file's array, in the style of the records already there. */
export function appendRecords(text: string, key: string, records: object[]): string {
  if (records.length === 0) return text;
  const start = text.indexOf(`"${key}": [`);
  const close = text.lastIndexOf(']');
  if (start < 0 || close < start) throw new Error(`cannot find the "${key}" list`);
  const body = text.slice(start + key.length + 5, close);
  const singleLine = /\n {4}\{ "/.test(body);
  const indent = '    ';
  const render = (r: object) => (singleLine ? indent + oneLine(r) : JSON.stringify(r, null, 2).replace(/^/gm, indent));
  const rendered = records.map(render).join(',\n');
  const empty = body.trim() === '';
  const before = text.slice(0, close).replace(/\s*$/, '');
  const after = text.slice(close);
  return empty
    ? `${text.slice(0, start + key.length + 5)}\n${rendered}\n  ${after}`
    : `${before},\n${rendered}\n  ${after}`;
}

/** Largest article text a save accepts (the intake refuses larger files too). */
export const MAX_SAVE_TEXT = 1_000_000;

/**
 * Saves a reviewed article's records: under the data folder's lock, after undoing any save a crash
 * interrupted, with the on-disk versions checked inside the lock. Another save holding the lock for
 * more than two seconds → refused as a conflict. `faults` is for tests (commit.ts).
 */
export function save(dir: string, request: SaveRequest, faults?: Fault): SaveResult {
  try {
    return withDataLock(dir, () => {
      recoverData(dir);
      return saveLocked(dir, request, faults);
    });
  } catch (error) {
    if (error instanceof LockedError) return { ok: false, conflict: true, problems: [error.message] };
    throw error;
  }
}

function saveLocked(dir: string, request: SaveRequest, faults?: Fault): SaveResult {
  const changed = VERSIONED.filter((file) => versions(dir)[file] !== request.versions?.[file]);
  if (changed.length > 0) {
    return {
      ok: false,
      conflict: true,
      problems: changed.map(
        (f) =>
          `${f} changed on disk since the studio loaded it; nothing was saved. Reload the studio to see the new version, then save again.`,
      ),
    };
  }
  const loaded = readDataFolder(dir);
  if (!loaded.ok)
    return {
      ok: false,
      problems: [
        'The data folder is invalid already; fix it first (npm run validate):',
        ...loaded.problems.map(formatProblem),
      ],
    };
  const unreadable =
    typeof request.text === 'string'
      ? request.text.trim() === ''
        ? 'is empty'
        : unreadableText(request.text.replace(/[\n\t]/g, ' '))
      : 'is missing';
  if (unreadable) return { ok: false, problems: [`the article text ${unreadable}`] };
  if (request.text.length > MAX_SAVE_TEXT)
    return {
      ok: false,
      problems: [
        `the article text is ${request.text.length.toLocaleString('en')} characters; over ${MAX_SAVE_TEXT.toLocaleString('en')} is refused (is this really one article?)`,
      ],
    };
  // The id names a file: it is checked before any file-system call is made with it.
  const sourceId = Id.safeParse(request.source?.id);
  if (!sourceId.success)
    return { ok: false, problems: [`sources.json: new record · id — ${sourceId.error.issues[0]!.message}`] };
  const textFile = path.join(dir, 'sources', `${request.source?.id}.txt`);
  // A source already in the folder with this very text: the statements are added to it, and its
  // record and text stay as they are. The same id with other text is refused.
  const existingText = request.source?.id && fs.existsSync(textFile) ? fs.readFileSync(textFile, 'utf8') : undefined;
  const existingSource = existingText !== undefined && existingText === request.text;
  if (existingText !== undefined && !existingSource)
    return {
      ok: false,
      problems: [`sources/${request.source.id}.txt already exists with other text; give the source another id`],
    };

  const originals = Object.fromEntries(TOUCHED.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')])) as Record<
    TouchedFile,
    string
  >;
  // Saving twice does nothing the second time: a record whose id is already in its file with the
  // same content is not appended again (a different record under a taken id is still refused by the checks).
  const already = (file: TouchedFile, records: object[]) => {
    const existing = new Map(
      ((JSON.parse(originals[file]) as Record<string, { id?: string }[]>)[LIST_KEY[file]] ?? []).map((r) => [r.id, r]),
    );
    return records.filter((r) => {
      const id = (r as { id?: string }).id;
      return !(id !== undefined && existing.has(id) && stable(existing.get(id)) === stable(r));
    });
  };
  const additions: Record<TouchedFile, object[]> = {
    'sources.json': existingSource ? [] : [request.source],
    'actors.json': already('actors.json', request.actors ?? []),
    'statements.json': already('statements.json', request.statements ?? []),
    'positions.json': already('positions.json', request.positions ?? []),
    'demands.json': already('demands.json', request.demands ?? []),
  };
  const problems: string[] = [];
  const parsed = {} as Record<TouchedFile, Record<string, unknown[]>>;
  const texts = {} as Record<TouchedFile, string>;
  for (const file of TOUCHED) {
    const key = LIST_KEY[file];
    texts[file] = appendRecords(originals[file], key, additions[file]);
    const result = FILES[key].schema.safeParse(JSON.parse(texts[file]), { error: schemaMessage });
    if (!result.success) {
      const existing = (JSON.parse(originals[file]) as Record<string, unknown[]>)[key]!.length;
      for (const issue of result.error.issues) {
        const [, index, ...rest] = issue.path;
        const record =
          typeof index === 'number' ? (additions[file][index - existing] as { id?: string } | undefined) : undefined;
        problems.push(
          `${file}: ${record ? `new record "${record.id ?? '(no id)'}"` : 'file'}${rest.length ? ` · ${rest.join('.')}` : ''} — ${issue.message}`,
        );
      }
    } else parsed[file] = result.data as unknown as Record<string, unknown[]>;
  }
  const datasetFile = path.join(dir, 'dataset.json');
  let datasetText: string | undefined;
  let dataset = loaded.data.dataset;
  if (request.asOf !== undefined && request.asOf !== dataset.asOf) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(request.asOf))
      problems.push(`dataset.json: asOf — the new as-of date must be written YYYY-MM-DD, not "${request.asOf}"`);
    else if (request.asOf < dataset.asOf)
      problems.push(`dataset.json: asOf — ${request.asOf} would move the as-of date back from ${dataset.asOf}`);
    else {
      datasetText = fs.readFileSync(datasetFile, 'utf8').replace(/("asOf"\s*:\s*")[^"]*(")/, `$1${request.asOf}$2`);
      const result = FILES.dataset.schema.safeParse(JSON.parse(datasetText), { error: schemaMessage });
      if (!result.success)
        problems.push(...result.error.issues.map((i) => `dataset.json: ${i.path.join('.')} — ${i.message}`));
      else dataset = { ...dataset, asOf: request.asOf };
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const data: RawDataset = {
    ...loaded.data,
    dataset,
    sources: parsed['sources.json'].sources as Source[],
    texts: new Map([...loaded.data.texts, [request.source.id, request.text]]),
    actors: parsed['actors.json'].actors as Actor[],
    statements: parsed['statements.json'].statements as Statement[],
    positions: parsed['positions.json'].positions as Position[],
    demands: parsed['demands.json'].demands as Demand[],
  };
  const cross = crossCheck(data, (f) => f);
  if (cross.length > 0) return { ok: false, problems: cross.map(formatProblem) };

  const changes: Record<string, string> = {};
  if (!existingSource) changes[`sources/${request.source.id}.txt`] = request.text;
  for (const file of TOUCHED) if (additions[file].length > 0) changes[file] = texts[file];
  if (datasetText !== undefined) changes['dataset.json'] = datasetText;
  // A repeated save adds nothing: nothing is written (no commit, no journal).
  if (Object.keys(changes).length > 0) commitFiles(dir, changes, faults);
  return { ok: true, written: Object.keys(changes) };
}
