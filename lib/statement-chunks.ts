/**
 * The statement list split into static files the browser loads one after another, so no single file
 * grows with the dataset: at 10,000 statements, 10 files of 1,000 digests instead of one of 10,000.
 */
import type { StatementView } from './model';
import { digestStatement, type StatementDigest } from './digest';

export const STATEMENT_CHUNK = 1000;

/** Where chunk n (from 1) is served. */
export const chunkUrl = (base: string, n: number) => `${base}${n}.json`;

const cache = new WeakMap<readonly StatementView[], StatementDigest[][]>();

/** Digests in date order, STATEMENT_CHUNK to a file; an empty list has no chunks. */
export function statementChunks(statements: readonly StatementView[]): StatementDigest[][] {
  let chunks = cache.get(statements);
  if (!chunks) {
    chunks = [];
    for (let i = 0; i < statements.length; i += STATEMENT_CHUNK)
      chunks.push(statements.slice(i, i + STATEMENT_CHUNK).map(digestStatement));
    cache.set(statements, chunks);
  }
  return chunks;
}
