import type { StatementDigest } from '@/lib/digest';
import { StatementCards } from '@/components/statements/statement-cards';

/**
 * A side's statements on an issue that no standing position is drawn from (CellView.uncited): shown
 * where its place on the issue is, so "no position drawn" is never read as "nothing said".
 */
export function RelatedStatements({
  statements,
  sideName,
  limit,
}: {
  statements: StatementDigest[];
  /** The side's name, in the section's label: a page of several sides holds one such section each. */
  sideName: string;
  limit?: number;
}) {
  if (!statements.length) return null;
  return (
    <section aria-label={`Related statements of ${sideName}`} className="space-y-3">
      <h3 className="font-semibold">Related statements (no position drawn)</h3>
      <StatementCards statements={statements} limit={limit} />
    </section>
  );
}
