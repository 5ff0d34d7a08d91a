import type { Metadata } from 'next';
import { getModel } from '@/lib/data';
import { dateKey } from '@/lib/dates';
import { DroppedAsOf } from '@/components/time/dropped-as-of';
import { FilterableStatements } from '@/components/statements/filterable-statements';
import { statementChunks } from '@/lib/statement-chunks';

export const metadata: Metadata = { title: 'Statements' };

export default function StatementsPage() {
  const model = getModel();
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">All statements</h1>
      <DroppedAsOf page="The list of statements" latest={dateKey(model.dataset.asOf)} />
      <p className="mt-1 max-w-4xl text-slate-700">
        Everything Standpoint records, in date order: who said it, when, where, and the exact words. Filter by issue,
        side, speaker, evidence or date, or search the quotes and summaries; the address keeps the filter.
      </p>
      <FilterableStatements
        model={model}
        statements={model.statements}
        chunks={{ base: '/statements/chunks/', count: statementChunks(model.statements).length }}
      />
    </>
  );
}
