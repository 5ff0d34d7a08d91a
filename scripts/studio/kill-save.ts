/**
 * Test helper (scripts/studio/commit.test.ts): saves a request into a data folder and kills its own
 * process with SIGKILL at the named commit step — a real crash, not a thrown error.
 * Usage: node --import tsx scripts/studio/kill-save.ts <dataDir> <request.json> <step>
 */
import fs from 'node:fs';
import type { CommitStep } from './commit';
import { save } from './save';

const [dir, requestFile, step] = process.argv.slice(2);
save(dir!, JSON.parse(fs.readFileSync(requestFile!, 'utf8')), { at: step as CommitStep, kill: true });
console.error('kill-save: the save finished without reaching the kill point');
process.exit(3);
