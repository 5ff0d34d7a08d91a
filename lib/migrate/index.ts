/**
 * Upgrading a data folder written for an older schema version, one version at a time. Each step is a
 * pure function over the parsed JSON files (file name → content) that keeps every fact: a field it
 * renames or reshapes is carried over, never dropped. A folder already at the current version is
 * left untouched, so running the migration twice is the same as running it once.
 */
import { SCHEMA_VERSION } from '../schema';

export type DataFiles = Record<string, unknown>;
type Json = Record<string, unknown>;

/**
 * What one step changed, in words an analyst reads after `npm run migrate`; `fields` are the places
 * it wrote (file and record, e.g. `sources.json` / `sources[0]`), so problems left there afterwards
 * can be told apart from problems in records the format change never touched.
 */
export type MigrationStep = { from: number; to: number; changes: string[]; fields: { file: string; path: string }[] };
type StepResult = { changes: string[]; fields: { file: string; path: string }[] };

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 1 → 2: the dataset gains a staleness window (60 days, the default; edit it to taste), an
 * event's `scheduled: true` becomes `kind: "planned"` (`scheduled: false` or none becomes the default
 * kind, "happened"), and a source without `kind`/`extent` gets conservative ones (describeSources). Demands gain an optional `status`; a version-1 demand has none, so it stays
 * open — nothing to write. The analyst may then mark an ultimatum `kind: "deadline"` by hand.
 */
function v1to2(files: DataFiles): StepResult {
  const changes: string[] = [];
  const fields: StepResult['fields'] = [{ file: 'dataset.json', path: '' }];
  const dataset = files['dataset.json'];
  if (!isObject(dataset)) throw new Error('dataset.json: expected a JSON object');
  dataset.version = 2;
  if (dataset.staleAfterDays === undefined) {
    // Keep the key order readable: the window goes right after asOf.
    const entries = Object.entries(dataset);
    const at = entries.findIndex(([key]) => key === 'asOf');
    entries.splice(at < 0 ? entries.length : at + 1, 0, ['staleAfterDays', 60]);
    for (const key of Object.keys(dataset)) delete dataset[key];
    Object.assign(dataset, Object.fromEntries(entries));
    changes.push('dataset.json: added "staleAfterDays": 60 (positions older than this are marked stale)');
  }
  changes.push('dataset.json: "version" 1 → 2');
  const events = files['events.json'];
  const list = isObject(events) && Array.isArray(events.events) ? events.events : [];
  let planned = 0;
  let happened = 0;
  for (const [index, event] of list.entries()) {
    if (!isObject(event) || !('scheduled' in event)) continue;
    fields.push({ file: 'events.json', path: `events[${index}]` });
    const scheduled = event.scheduled;
    const entries = Object.entries(event).flatMap(([key, value]) =>
      key === 'scheduled' ? (scheduled === true ? [['kind', 'planned'] as const] : []) : [[key, value] as const],
    );
    for (const key of Object.keys(event)) delete event[key];
    Object.assign(event, Object.fromEntries(entries));
    if (scheduled === true) planned++;
    else happened++;
  }
  if (planned > 0)
    changes.push(
      `events.json: ${planned} event(s) with "scheduled": true now have "kind": "planned" (make an ultimatum "kind": "deadline" if you wish)`,
    );
  if (happened > 0) changes.push(`events.json: removed "scheduled": false from ${happened} event(s) (the default)`);
  const described = describeSources(files, fields);
  if (described > 0)
    changes.push(
      `sources.json: ${described} source(s) written before sources said what they are got a conservative kind and extent, listed in "inferred" with a note — REVIEW them (sources.json, each one's inferenceNote)`,
    );
  return { changes, fields };
}

const SOURCE_KEYS = [
  'id',
  'title',
  'outlet',
  'author',
  'published',
  'publishedApprox',
  'url',
  'language',
  'kind',
  'extent',
];
const keyRank = (key: string) => (SOURCE_KEYS.includes(key) ? SOURCE_KEYS.indexOf(key) : SOURCE_KEYS.length);

/** Outlets whose name says they are a government's or party's own voice. */
const OFFICIAL_OUTLET =
  /\b(?:ministry|ministère|government|kremlin|white house|president(?:ial)? (?:office|administration)|office of the|press service|embassy|foreign office|state department|chancellery|parliament)\b/i;

/**
 * `kind` and `extent` came with the format (every source states them). An older record cannot know
 * them, so it gets the conservative value and says so: `extent` "excerpt" (we do not know that the
 * file holds the whole text; the page then warns that context may be missing), `kind`
 * "official-statement" when the outlet is obviously a government's own, else "news-report". Both
 * join `inferred`, and `inferenceNote` asks for a review. Returns how many sources it described.
 */
function describeSources(files: DataFiles, fields: StepResult['fields']): number {
  const sources = files['sources.json'];
  const list = isObject(sources) && Array.isArray(sources.sources) ? sources.sources : [];
  let described = 0;
  for (const [index, source] of list.entries()) {
    if (!isObject(source) || ('kind' in source && 'extent' in source)) continue;
    const guessed: string[] = [];
    const said: string[] = [];
    if (!('kind' in source)) {
      const official = typeof source.outlet === 'string' && OFFICIAL_OUTLET.test(source.outlet);
      source.kind = official ? 'official-statement' : 'news-report';
      guessed.push('kind');
      said.push(
        official
          ? `kind "official-statement" because the outlet is a government body`
          : `kind "news-report" (the default; nothing in the outlet says otherwise)`,
      );
    }
    if (!('extent' in source)) {
      source.extent = 'excerpt';
      guessed.push('extent');
      said.push('extent "excerpt" because it is not known whether the text file holds the whole text');
    }
    const inferred = Array.isArray(source.inferred) ? source.inferred : [];
    source.inferred = [...inferred, ...guessed.filter((fact) => !inferred.includes(fact))];
    const note = `npm run migrate (format version 1 → 2) set ${said.join(', and ')}; review and correct.`;
    source.inferenceNote = typeof source.inferenceNote === 'string' ? `${source.inferenceNote} ${note}` : note;
    // Keep the order a source is written in (lib/schema.ts), so the new fields sit where analysts expect them.
    const entries = Object.entries(source).sort(([a], [b]) => keyRank(a) - keyRank(b));
    for (const key of Object.keys(source)) delete source[key];
    Object.assign(source, Object.fromEntries(entries));
    fields.push({ file: 'sources.json', path: `sources[${index}]` });
    described++;
  }
  return described;
}

const STEPS: Record<number, (files: DataFiles) => StepResult> = { 1: v1to2 };

/**
 * Upgrades the files in place to SCHEMA_VERSION and says what changed; an empty list means the
 * folder was already current. Throws for a version it does not know.
 */
export function migrateFiles(files: DataFiles): MigrationStep[] {
  const dataset = files['dataset.json'];
  if (!isObject(dataset)) throw new Error('dataset.json: expected a JSON object with a "version"');
  const done: MigrationStep[] = [];
  for (;;) {
    const version = dataset.version;
    if (version === SCHEMA_VERSION) return done;
    if (typeof version !== 'number' || !STEPS[version])
      throw new Error(
        `dataset.json: "version" is ${JSON.stringify(version)}; this code reads version ${SCHEMA_VERSION} and can upgrade from ${Object.keys(STEPS).join(', ')}`,
      );
    const { changes, fields } = STEPS[version](files);
    done.push({ from: version, to: dataset.version as number, changes, fields });
  }
}
