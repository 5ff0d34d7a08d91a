'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import type { StatementDigest } from '@/lib/digest';
import { filterQuery, filterStatements, parseStatementFilter, type FilterChoices, type StatementFilter } from '@/lib/analysis/statements-filter';
import { StatementList } from './statement-list';
import { FilterFields } from './filter-fields';

type Props = { statements: StatementDigest[]; choices: FilterChoices; sideNames: Record<string, string>; issueTitles: Record<string, string> };

/** Filters a server-given list in the browser; the filter lives in the URL, so a link reproduces it. */
export function StatementFilters({ statements, choices, sideNames, issueTitles }: Props) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const { filter, messages } = parseStatementFilter(params, choices);
  const set = (next: StatementFilter) => {
    const query = filterQuery(next);
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  const shown = filterStatements(statements, filter);
  return (
    <div>
      {messages.length > 0 ? (
        <div role="alert" className="mt-2 rounded border-2 border-amber-700 bg-amber-50 p-2 text-amber-950">
          {messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      ) : null}
      <FilterFields filter={filter} choices={choices} onChange={set} />
      <StatementList statements={shown} total={statements.length} sideNames={sideNames} issueTitles={issueTitles} />
    </div>
  );
}
