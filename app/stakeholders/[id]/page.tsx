import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getModel } from '@/lib/data';
import { stakeholderPage } from '@/lib/page-views';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { StakeholderName } from '@/components/ui/stakeholder-name';
import { StakeholderBody } from '@/components/stakeholders/stakeholder-body';
import { AsOfView } from '@/components/time/as-of-view';
import { AsOfControl } from '@/components/time/as-of-control';
import { dataRange } from '@/lib/url';

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getModel().stakeholders.map((s) => ({ id: s.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  return { title: stakeholderPage(getModel(), id)?.side.name ?? 'Stakeholder' };
}

export default async function StakeholderPage({ params }: Params) {
  const { id } = await params;
  const model = getModel();
  const view = stakeholderPage(model, id);
  if (!view) notFound();
  const { side } = view;
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: '/', label: 'Matrix' },
          { href: '/stakeholders/', label: 'Stakeholders' },
          { label: side.name },
        ]}
      />
      <h1 className="mt-1 text-2xl font-bold sm:text-3xl">
        <StakeholderName side={side} size={22} link={false} />
      </h1>
      <p className="mt-1 max-w-4xl text-slate-800">{view.description}</p>
      <div className="mt-2">
        <AsOfControl {...dataRange(model)} notice={false} />
      </div>
      <AsOfView page={{ kind: 'stakeholder', id }} range={dataRange(model)}>
        <StakeholderBody model={model} id={id} />
      </AsOfView>
    </>
  );
}
