/**
 * `npm run schema`: writes data/schema/<name>.schema.json from the zod schemas, so editors check
 * data files as analysts type (each data file points at its schema with "$schema").
 * A unit test fails when the committed files are out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { jsonSchemas } from '../lib/json-schema';
import { proposalsJsonSchema } from '../lib/proposals/schema';
import { commandLine } from './cli.mjs';

commandLine(`
usage: npm run schema

Writes data/schema/<name>.schema.json from the zod schemas (lib/schema.ts, lib/proposals/schema.ts), so editors check data
files as analysts type.
  -h, --help   this help
`);

const dir = path.join(process.cwd(), 'data', 'schema');
fs.mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  fs.writeFileSync(path.join(dir, `${name}.schema.json`), JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote data/schema/${name}.schema.json`);
}
fs.writeFileSync(path.join(dir, 'proposals.schema.json'), JSON.stringify(proposalsJsonSchema(), null, 2) + '\n');
console.log('wrote data/schema/proposals.schema.json');
