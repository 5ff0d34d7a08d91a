import type { StatementDigest } from '@/lib/digest';
import { StatementCard } from './statement-card';

type Props = { statements: StatementDigest[]; total: number; sideNames: Record<string, string>; issueTitles: Record<string, string>; note?: string };

/** A statement list in date order, with "N of M statements" announced as filters change it. */
export function StatementList({ statements, total, sideNames, issueTitles, note }: Props) {
  return (
    <div>
      <p role="status" className="mt-2 font-semibold">
        {statements.length} of {total} statements
        {note ? <span className="ml-2 font-normal text-slate-700">{note}</span> : null}
      </p>
      {statements.length === 0 ? <p className="mt-2 text-slate-700">No statement matches these filters.</p> : null}
      <ol className="mt-2 space-y-4">
        {statements.map((s) => (
          <li key={s.id}>
            <StatementCard statement={s} speakerSide={sideNames[s.stakeholder]} issueTitles={issueTitles} />
          </li>
        ))}
      </ol>
    </div>
  );
}
