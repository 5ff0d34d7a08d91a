/**
 * Small, serialisable shapes of the model for client leaves: what a statement card or a
 * comparison needs, and nothing of the full dataset (source texts, passages) besides.
 */
import type { StatementView } from './model';
import type { Actor, Source, Statement } from './schema';

/** What a statement card shows. A full StatementView is one too, so server pages pass theirs as is. */
export type StatementDigest = Pick<
  Statement,
  'id' | 'date' | 'dateApprox' | 'dateNote' | 'channel' | 'issues' | 'evidence' | 'quotes' | 'summary' | 'source'
> & {
  stakeholder: string;
  actorRecord: Pick<Actor, 'id' | 'name' | 'role' | 'stakeholder'>;
  sourceRecord: Pick<Source, 'id' | 'title'>;
};

/** A copy of `record` with only `keys`, in their order. */
function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, record[key]])) as Pick<T, K>;
}

/** Strips a statement to its digest (drops the passage and the source's other facts). */
export function digestStatement(statement: StatementView): StatementDigest {
  const { dateNote } = statement;
  return {
    ...pick(statement, ['id', 'date', 'dateApprox']),
    ...(dateNote ? { dateNote } : {}),
    ...pick(statement, ['channel', 'issues', 'evidence', 'quotes', 'summary', 'source', 'stakeholder']),
    actorRecord: pick(statement.actorRecord, ['id', 'name', 'role', 'stakeholder']),
    sourceRecord: pick(statement.sourceRecord, ['id', 'title']),
  };
}
