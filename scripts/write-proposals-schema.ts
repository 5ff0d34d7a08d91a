/** Writes data/schema/proposals.schema.json from lib/proposals/schema.ts (run after changing it). */
import fs from 'node:fs';
import { proposalsJsonSchema } from '../lib/proposals/schema';

fs.writeFileSync('data/schema/proposals.schema.json', JSON.stringify(proposalsJsonSchema(), null, 2) + '\n');
console.log('wrote data/schema/proposals.schema.json');
