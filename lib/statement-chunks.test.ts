/** The statements page's static chunks: every statement once, in date order, none over the chunk size. */
import { describe, expect, it } from 'vitest';
import { seedData } from './seed-data';
import { buildModel } from './model';
import type { StatementView } from './model';
import { digestStatement } from './digest';
import { STATEMENT_CHUNK, statementChunks } from './statement-chunks';

describe('statementChunks', () => {
  const seed = buildModel(seedData()).statements;
  // 2,345 statements: the seed's repeated with new ids — two full chunks and a part.
  const many: StatementView[] = Array.from({ length: 2345 }, (_, i) => ({ ...seed[i % seed.length]!, id: `s-${i}` }));

  it('splits a long list into full chunks and a last part, losing and repeating nothing', () => {
    const chunks = statementChunks(many);
    expect(chunks.map((c) => c.length)).toEqual([STATEMENT_CHUNK, STATEMENT_CHUNK, 2345 - 2 * STATEMENT_CHUNK]);
    expect(chunks.flat().map((d) => d.id)).toEqual(many.map((s) => s.id));
    expect(chunks[2]!.at(-1)).toEqual(digestStatement(many.at(-1)!));
  });

  it('keeps a short list in one chunk and an empty one in none', () => {
    expect(statementChunks(seed)).toHaveLength(1);
    expect(statementChunks([])).toEqual([]);
  });
});
