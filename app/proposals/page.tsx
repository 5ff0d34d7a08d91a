import type { Metadata } from 'next';
import Link from 'next/link';
import { getModel } from '@/lib/data';
import { getProposals } from '@/lib/proposals/data';
import { dataRange } from '@/lib/url';
import { AsOfView } from '@/components/time/as-of-view';
import { AsOfControl } from '@/components/time/as-of-control';
import { ProposalsList } from '@/components/proposals/proposals-list';

export const metadata: Metadata = { title: 'Proposals' };

/** Every recorded plan or offer, newest first; `?asof=` shows them as they stood at the end of a day. */
export default function ProposalsPage() {
  const model = getModel();
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">Proposals</h1>
      <p className="mt-1 max-w-4xl text-slate-800">
        Plans and offers the sources report, each held up against every side’s current stance, term by term.{' '}
        <Link href="/settlement/" className="text-blue-800 underline">
          Test a package of your own
        </Link>
        .
      </p>
      <div className="mt-2">
        <AsOfControl {...dataRange(model)} notice={false} />
      </div>
      <AsOfView page={{ kind: 'proposals' }} range={dataRange(model)}>
        <ProposalsList model={model} proposals={getProposals()} />
      </AsOfView>
    </>
  );
}
