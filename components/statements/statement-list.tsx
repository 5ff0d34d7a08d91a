import type { ReactNode } from 'react';
import type { StatementDigest } from '@/lib/digest';
import { StatementCard } from './statement-card';

type Props = {
  statements: StatementDigest[];
  total: number;
  sideNames: Record<string, string>;
  issueTitles: Record<string, string>;
  note?: string;
  /** Render at most this many (long lists page; the count still covers them all). */
  limit?: number;
  more?: ReactNode;
};

/** How many statements a list shows before "Show more": keeps pages light at 10,000 statements. */
export const STATEMENT_PAGE = 50;

/** A statement list in date order, with "N of M statements" announced as filters change it. */
export function StatementList({
  statements,
  total,
  sideNames,
  issueTitles,
  note,
  limit = STATEMENT_PAGE,
  more,
}: Props) {
  return (
    <div>
      <p role="status" className="mt-2 font-semibold">
        {statements.length} of {total} statements
        {note ? <span className="ml-2 font-normal text-slate-700">{note}</span> : null}
      </p>
      {statements.length === 0 ? <p className="mt-2 text-slate-700">No statement matches these filters.</p> : null}
      <ol className="mt-2 space-y-4">
        {statements.slice(0, limit).map((s) => (
          <li key={s.id}>
            <StatementCard statement={s} speakerSide={sideNames[s.stakeholder]} issueTitles={issueTitles} />
          </li>
        ))}
      </ol>
      {statements.length > limit ? (
        <div className="mt-3">
          <p className="text-slate-700">
            Showing {limit} of {statements.length}.
          </p>
          {/* Without JavaScript "Show more" cannot work: no dead button (the page says where the rest are). */}
          <div className="noscript:hidden">{more}</div>
        </div>
      ) : null}
    </div>
  );
}
