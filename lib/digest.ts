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

/** Strips a statement to its digest (drops the passage and the source's other facts). */
export function digestStatement(statement: StatementView): StatementDigest {
  const {
    id,
    date,
    dateApprox,
    dateNote,
    channel,
    issues,
    evidence,
    quotes,
    summary,
    source,
    stakeholder,
    actorRecord,
    sourceRecord,
  } = statement;
  return {
    id,
    date,
    dateApprox,
    ...(dateNote ? { dateNote } : {}),
    channel,
    issues,
    evidence,
    quotes,
    summary,
    source,
    stakeholder,
    actorRecord: {
      id: actorRecord.id,
      name: actorRecord.name,
      role: actorRecord.role,
      stakeholder: actorRecord.stakeholder,
    },
    sourceRecord: { id: sourceRecord.id, title: sourceRecord.title },
  };
}
