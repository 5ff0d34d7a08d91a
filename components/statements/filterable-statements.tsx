import type { Model, StatementView } from '@/lib/model';
import { digestStatement } from '@/lib/digest';
import type { FilterChoices } from '@/lib/url';
import { EVIDENCE_KINDS } from '@/lib/evidence-kinds';
import { EVIDENCE_LABELS } from '@/lib/format';
import { StatementFilters } from './statement-filters';
import { STATEMENT_PAGE } from './statement-list';

/**
 * A statement list with filters. The static HTML has the list (its first page reads fine with
 * JavaScript off); the client leaf filters a compact copy of it and keeps the filter in the URL.
 */
export function FilterableStatements({
  model,
  statements,
  chunks,
}: {
  model: Model;
  statements: StatementView[];
  /** Where the whole list is as static JSON chunks (lib/statement-chunks.ts): the HTML then carries only the first page. */
  chunks?: { base: string; count: number };
}) {
  if (statements.length === 0) return <p className="mt-2 font-medium text-slate-700">No statements in the sources.</p>;
  const digests = statements.map(digestStatement);
  const present = <T extends { id: string }>(records: T[], has: (id: string) => boolean) =>
    records.filter((r) => has(r.id));
  const choices: FilterChoices = {
    issue: present(model.issues, (id) => statements.some((s) => s.issues.includes(id))).map((i) => ({
      id: i.id,
      name: i.title,
    })),
    stakeholder: present(model.stakeholders, (id) => statements.some((s) => s.stakeholder === id)).map((s) => ({
      id: s.id,
      name: s.name,
    })),
    actor: present(model.actors, (id) => statements.some((s) => s.actor === id)).map((a) => ({
      id: a.id,
      name: a.name,
    })),
    evidence: EVIDENCE_KINDS.filter((k) => statements.some((s) => s.evidence === k)).map((k) => ({
      id: k,
      name: EVIDENCE_LABELS[k],
    })),
  };
  const sideNames = Object.fromEntries(model.stakeholders.map((s) => [s.id, s.name]));
  const issueTitles = Object.fromEntries(model.issues.map((i) => [i.id, i.title]));
  // Said here, on the server, so the words are in the HTML and not in the client bundle.
  const cut = statements.length > STATEMENT_PAGE;
  return (
    <>
      <noscript>
        <p className="mt-2 text-slate-700">
          The filters{cut ? ' and the Show more button' : ''} need JavaScript.
          {cut
            ? ` Without it this list shows the first ${STATEMENT_PAGE} of ${statements.length} statements; issue and stakeholder pages narrow it, each to its own statements.`
            : ''}
        </p>
      </noscript>
      <StatementFilters
        statements={chunks && cut ? digests.slice(0, STATEMENT_PAGE) : digests}
        rest={chunks && cut ? { base: chunks.base, chunks: chunks.count, total: digests.length } : undefined}
        choices={choices}
        sideNames={sideNames}
        issueTitles={issueTitles}
      />
    </>
  );
}
