import type { Metadata } from 'next';
import { getModel } from '@/lib/data';
import { getProposals } from '@/lib/proposals/data';
import { dataRange } from '@/lib/url';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { AsOfView } from '@/components/time/as-of-view';
import { AsOfControl } from '@/components/time/as-of-control';
import { ProposalAt } from '@/components/proposals/proposals-list';

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const ids = getProposals().proposals.map((p) => ({ id: p.id }));
  // A static export needs at least one page per dynamic route; a dataset with no proposals gets a 404 stub.
  return ids.length > 0 ? ids : [{ id: 'none' }];
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  return { title: getProposals().proposals.find((p) => p.id === id)?.title ?? 'Proposal' };
}

export default async function ProposalPage({ params }: Params) {
  const { id } = await params;
  const model = getModel();
  const proposals = getProposals();
  const proposal = proposals.proposals.find((p) => p.id === id);
  // Only the placeholder of a dataset with no proposals gets here (dynamicParams is off).
  if (!proposal)
    return (
      <>
        <h1 className="text-2xl font-bold sm:text-3xl">Proposals</h1>
        <p className="mt-2 italic">No proposals are recorded in this dataset.</p>
      </>
    );
  return (
    <>
      <Breadcrumbs trail={[{ href: '/proposals/', label: 'Proposals' }, { label: proposal.title }]} />
      <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{proposal.title}</h1>
      <div className="mt-2">
        <AsOfControl {...dataRange(model)} notice={false} />
      </div>
      <AsOfView page={{ kind: 'proposal', id }} range={dataRange(model)}>
        <ProposalAt model={model} proposals={proposals} id={id} />
      </AsOfView>
    </>
  );
}
