/**
 * Upgrading a data folder written for an older schema version, one version at a time. Each step is a
 * pure function over the parsed JSON files (file name → content) that keeps every fact: a field it
 * renames or reshapes is carried over, never dropped. A folder already at the current version is
 * left untouched, so running the migration twice is the same as running it once.
 */
import { SCHEMA_VERSION } from '../schema';

export type DataFiles = Record<string, unknown>;
type Json = Record<string, unknown>;

/** What one step changed, in words an analyst reads after `npm run migrate`. */
export type MigrationStep = { from: number; to: number; changes: string[] };

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 1 → 2: the dataset gains a staleness window (60 days, the default; edit it to taste), and an
 * event's `scheduled: true` becomes `kind: "planned"` (`scheduled: false` or none becomes the default
 * kind, "happened"). Demands gain an optional `status`; a version-1 demand has none, so it stays
 * open — nothing to write. The analyst may then mark an ultimatum `kind: "deadline"` by hand.
 */
function v1to2(files: DataFiles): string[] {
  const changes: string[] = [];
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
  for (const event of list) {
    if (!isObject(event) || !('scheduled' in event)) continue;
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
  return changes;
}

const STEPS: Record<number, (files: DataFiles) => string[]> = { 1: v1to2 };

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
    const changes = STEPS[version](files);
    done.push({ from: version, to: dataset.version as number, changes });
  }
}
