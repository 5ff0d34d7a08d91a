import type { Metadata } from 'next';
import Link from 'next/link';
import { getModel } from '@/lib/data';
import { dateKey } from '@/lib/dates';
import { DroppedAsOf } from '@/components/time/dropped-as-of';
import { getProposals } from '@/lib/proposals/data';
import { proposalView } from '@/lib/proposals/view';
import { DateText } from '@/components/ui/date-text';

export const metadata: Metadata = { title: 'Proposals' };

/** Every recorded plan or offer, newest first, with who put it forward and how many terms and responses it has. */
export default function ProposalsPage() {
  const model = getModel();
  const proposals = getProposals();
  const views = proposals.proposals.map((p) => proposalView(model, proposals, p)).reverse();
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">Proposals</h1>
      <DroppedAsOf page="Proposals" latest={dateKey(model.dataset.asOf)} />
      <p className="mt-1 max-w-4xl text-slate-800">
        Plans and offers the sources report, each held up against every side’s current stance, term by term. Data as of{' '}
        <DateText date={model.dataset.asOf} />.{' '}
        <Link href="/settlement/" className="text-blue-800 underline">
          Test a package of your own
        </Link>
        .
      </p>
      {views.length === 0 ? (
        <p className="mt-4 italic">No proposals are recorded in this dataset.</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {views.map((p) => (
            <li key={p.id} className="rounded border border-slate-300 p-3">
              <h2 className="text-lg font-semibold">
                <Link href={`/proposals/${p.id}/`} className="text-blue-800 underline underline-offset-2">
                  {p.title}
                </Link>
              </h2>
              <p className="text-sm text-slate-700">
                {p.by.name}, <DateText date={p.date} approx={p.dateApprox} /> · {p.terms.length}{' '}
                {p.terms.length === 1 ? 'term' : 'terms'} ·{' '}
                {p.responses.length + p.terms.reduce((n, t) => n + t.responses.length, 0)} stated responses
                {p.supersededBy ? ` · superseded by ${p.supersededBy.title}` : ''}
              </p>
              <p className="mt-1">{p.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
