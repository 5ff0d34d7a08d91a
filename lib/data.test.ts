/** The real data/: every quote and passage stands verbatim in its source's text. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { getModel } from './data';
import { containsVerbatim } from './text';
import { jsonSchemas } from './json-schema';

const model = getModel();

describe('the dataset in data/', () => {
  it.each(model.statements.map((s) => [s.id, s] as const))('statement %s is verbatim in its source', (_, statement) => {
    const text = model.texts.get(statement.source)!;
    expect(containsVerbatim(text, statement.passage), 'passage').toBe(true);
    for (const quote of statement.quotes) expect(containsVerbatim(text, quote), quote).toBe(true);
  });

  it('events quote their sources verbatim too', () => {
    for (const event of model.events)
      expect(containsVerbatim(model.texts.get(event.source)!, event.passage), event.id).toBe(true);
  });

  it('has the stakeholders the matrix is about, Europe among them with no position', () => {
    const ids = model.stakeholders.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['russia', 'ukraine', 'united-states', 'analysts', 'europe']));
    expect(model.positions.filter((p) => p.stakeholder === 'europe')).toEqual([]);
  });

  it('ships JSON Schemas that match the zod schemas (run `npm run schema` after changing lib/schema.ts)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const committed = JSON.parse(
        fs.readFileSync(path.join(process.cwd(), 'data', 'schema', `${name}.schema.json`), 'utf8'),
      );
      expect(committed, name).toEqual(schema);
    }
  });
});

describe('matrix headlines in data/', () => {
  // A cell is read at a glance: a headline longer than about eight words stops being one.
  it.each(model.positions.filter((p) => p.headline).map((p) => [p.id, p.headline!] as const))(
    'position %s has a headline of at most eight words',
    (_, headline) => {
      expect(headline.split(/\s+/).length).toBeLessThanOrEqual(8);
    },
  );
});
