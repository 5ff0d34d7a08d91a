/**
 * How a save reaches the disk: all of it or none of it, across processes and crashes.
 *
 * - **One saver at a time.** `withDataLock` holds a lock shared by every process on the data folder
 *   (proper-lockfile: an atomic `mkdir` of `<data>/.save.lock`, refreshed while held, taken over when
 *   left stale by a killed process — after 20 s). The caller checks the on-disk versions *inside* the lock.
 * - **A commit that can be undone until it is done.** `commitFiles` writes every new file into
 *   `<data>/.save-tx/new/`, copies each file it replaces into `.save-tx/old/`, then writes the journal
 *   `.save-tx/journal.json` (renamed into place: it exists whole or not at all). Only then are the new
 *   files renamed over the old ones, one by one. Removing the journal is the commit point.
 * - **Recovery.** `recoverData` runs before every save, when the studio starts and before
 *   `npm run validate` (so before every build). A journal left by a killed save means the switch may
 *   be half done: every file it names is put back as it was (the old copy renamed back, a file the save
 *   created removed), so the folder holds the old records — and the analyst's retry is not refused.
 *   Without a journal nothing was switched: the staging folder is removed. Temporary files left by
 *   older versions of the studio (`<file>.<pid>.<hex>.tmp`) are removed too.
 *
 * `faults` (tests only) throws or kills the process at a named step, to prove each step is safe.
 */
import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

export const TX_DIR = '.save-tx';
export const LOCK_DIR = '.save.lock';
const JOURNAL = 'journal.json';

/** The steps of a commit, in order, at which a test may inject a fault. */
export const COMMIT_STEPS = [
  'staged-new',
  'staged-old',
  'journal-written',
  'switched-1',
  'switched-2',
  'switched-3',
  'switched-4',
  'switched-5',
  'switched-6',
  'switched-all',
  'journal-removed',
] as const;
export type CommitStep = (typeof COMMIT_STEPS)[number];
export type Fault = { at: CommitStep; kill?: boolean };

export class LockedError extends Error {
  constructor() {
    super('another save into this data folder is in progress; nothing was saved. Try again in a moment.');
    this.name = 'LockedError';
  }
}

type Journal = { files: { rel: string; existed: boolean }[] };

function fsyncPath(file: string) {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    fs.fsyncSync(fd);
  } catch {
    /* directories cannot be opened for fsync on every platform */
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function writeDurable(file: string, content: string | Buffer) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Runs `fn` holding the data folder's lock. Waits up to `waitMs` for another process's save to
 * finish, then throws LockedError. A lock left by a killed process is taken over after 20 s.
 */
export function withDataLock<T>(dir: string, fn: () => T, waitMs = 2_000): T {
  const until = Date.now() + waitMs;
  let release: (() => void) | undefined;
  for (;;) {
    try {
      release = lockfile.lockSync(dir, {
        lockfilePath: path.join(dir, LOCK_DIR),
        realpath: false,
        // Refreshed every 10 s while held; a lock older than 20 s was left by a killed process. (A save
        // runs synchronously, so the refresh waits for it: the margin covers a slow save at scale.)
        stale: 20_000,
        onCompromised: (error) => console.error(`studio: the data folder's lock was lost: ${error.message}`),
      });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      if (Date.now() >= until) throw new LockedError();
      sleep(20 + Math.floor(Math.random() * 30));
    }
  }
  try {
    return fn();
  } finally {
    release();
  }
}

function fault(faults: Fault | undefined, step: CommitStep) {
  if (faults?.at !== step) return;
  if (faults.kill) process.kill(process.pid, 'SIGKILL');
  throw new Error(`injected fault at ${step}`);
}

/**
 * Replaces or creates the files `changes` names (paths relative to `dir`, `/`-separated) as one
 * unit. Call it holding the lock (withDataLock). Throws if the commit could not be made; the folder
 * is then rolled back to its old files before the error leaves.
 */
export function commitFiles(dir: string, changes: Record<string, string>, faults?: Fault): void {
  const tx = path.join(dir, TX_DIR);
  fs.rmSync(tx, { recursive: true, force: true });
  const rels = Object.keys(changes);
  try {
    for (const rel of rels) writeDurable(path.join(tx, 'new', rel), changes[rel]!);
    fault(faults, 'staged-new');
    const journal: Journal = { files: [] };
    for (const rel of rels) {
      const target = path.join(dir, rel);
      const existed = fs.existsSync(target);
      if (existed) writeDurable(path.join(tx, 'old', rel), fs.readFileSync(target));
      journal.files.push({ rel, existed });
    }
    fault(faults, 'staged-old');
    writeDurable(path.join(tx, `${JOURNAL}.part`), JSON.stringify(journal));
    fs.renameSync(path.join(tx, `${JOURNAL}.part`), path.join(tx, JOURNAL));
    fsyncPath(tx);
    fault(faults, 'journal-written');
    rels.forEach((rel, i) => {
      fs.renameSync(path.join(tx, 'new', rel), path.join(dir, rel));
      if (i < 6) fault(faults, `switched-${i + 1}` as CommitStep);
    });
    fsyncPath(dir);
    fsyncPath(path.join(dir, 'sources'));
    fault(faults, 'switched-all');
    // The commit point: from here on the new files are the data.
    fs.unlinkSync(path.join(tx, JOURNAL));
    fsyncPath(tx);
    fault(faults, 'journal-removed');
  } catch (error) {
    if ((error as Error).message?.startsWith('injected fault') && faults && !faults.kill) {
      // A thrown fault stands for a crash: leave the folder exactly as a crash would.
      throw error;
    }
    recoverData(dir);
    throw error;
  }
  fs.rmSync(tx, { recursive: true, force: true });
}

const OLD_TEMP = /\.\d+\.[0-9a-f]{8}\.tmp$/;

/**
 * Puts a data folder left by an interrupted save back to its last committed state. Returns what it
 * did, for a one-line notice ('' when there was nothing to do). Call it holding the lock, or through
 * `recoverDataLocked`.
 */
export function recoverData(dir: string): string {
  const tx = path.join(dir, TX_DIR);
  const done: string[] = [];
  if (fs.existsSync(tx)) {
    const journalFile = path.join(tx, JOURNAL);
    if (fs.existsSync(journalFile)) {
      const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as Journal;
      for (const { rel, existed } of journal.files) {
        const target = path.join(dir, rel);
        if (existed) {
          const old = path.join(tx, 'old', rel);
          if (fs.existsSync(old)) fs.renameSync(old, target);
        } else fs.rmSync(target, { force: true });
      }
      fsyncPath(dir);
      fsyncPath(path.join(dir, 'sources'));
      fs.unlinkSync(journalFile);
      done.push(`undid an interrupted save (${journal.files.map((f) => f.rel).join(', ')} put back as they were)`);
    } else done.push('removed an unfinished save that had changed nothing');
    fs.rmSync(tx, { recursive: true, force: true });
  }
  const temps: string[] = [];
  for (const folder of [dir, path.join(dir, 'sources')]) {
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder))
      if (OLD_TEMP.test(name)) {
        fs.rmSync(path.join(folder, name), { force: true });
        temps.push(name);
      }
  }
  if (temps.length) done.push(`removed ${temps.length} leftover temporary file(s)`);
  return done.join('; ');
}

function needsRecovery(dir: string): boolean {
  if (fs.existsSync(path.join(dir, TX_DIR))) return true;
  return [dir, path.join(dir, 'sources')].some(
    (folder) => fs.existsSync(folder) && fs.readdirSync(folder).some((name) => OLD_TEMP.test(name)),
  );
}

/**
 * recoverData under the lock, for the studio's start and `npm run validate`. A folder with nothing to
 * recover is not written to (no lock taken); when another process is saving, the folder is left to it.
 */
export function recoverDataLocked(dir: string): string {
  if (!fs.existsSync(dir) || !needsRecovery(dir)) return '';
  try {
    return withDataLock(dir, () => recoverData(dir), 5_000);
  } catch (error) {
    if (error instanceof LockedError) return '';
    throw error;
  }
}
