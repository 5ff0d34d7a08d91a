import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { citeSources } from '../format';
import { seedData } from '../seed-data';
import { citeStatementSources } from './citations';

describe('citations', () => {
  it('cite the sources of the given statements, once each, and nothing for none', () => {
    const model = buildModel(seedData());
    const ids = model.statements.map((s) => s.id);
    expect(citeStatementSources(model, [...ids, ...ids])).toBe(citeSources(model.sources));
    expect(citeStatementSources(model, [])).toBe('');
    expect(citeStatementSources(model, ['no-such-statement'])).toBe('');
  });
});
