import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getModel } from '@/lib/data';
import { issuePage } from '@/lib/page-views';
import { Breadcrumbs } from '@/components/ui/breadcrumbs';
import { IssueBody } from '@/components/issues/issue-body';
import { AsOfView } from '@/components/time/as-of-view';
import { AsOfControl } from '@/components/time/as-of-control';
import { dataRange } from '@/lib/url';

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getModel().issues.map((issue) => ({ id: issue.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  return { title: issuePage(getModel(), id)?.issue.title ?? 'Issue' };
}

export default async function IssuePage({ params }: Params) {
  const { id } = await params;
  const model = getModel();
  const issue = model.issueById.get(id);
  if (!issue) notFound();
  return (
    <>
      <Breadcrumbs
        trail={[{ href: '/', label: 'Matrix' }, { href: '/issues/', label: 'Issues' }, { label: issue.title }]}
      />
      <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{issue.title}</h1>
      <p className="mt-1 max-w-4xl text-lg text-slate-800">{issue.question}</p>
      <div className="mt-2">
        <AsOfControl {...dataRange(model)} notice={false} />
      </div>
      <AsOfView page={{ kind: 'issue', id }} range={dataRange(model)}>
        <IssueBody model={model} id={id} cut />
      </AsOfView>
    </>
  );
}
