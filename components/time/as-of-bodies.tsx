/**
 * Loaded on demand by AsOfView (never on a page's first load): the records, the as-of model, and
 * the same page bodies the server renders, drawn from the data as it stood at the end of a day.
 */
import type { ReactNode } from 'react';
import { loadHistory, modelAsOf } from '@/lib/time/history-file';
import { IssueBody } from '@/components/issues/issue-body';
import { StakeholderBody } from '@/components/stakeholders/stakeholder-body';
import { ChartsBody } from '@/components/charts/charts-body';
import { CompareFromUrl } from '@/components/compare/compare-from-url';
import { buildCompareData } from '@/lib/analysis/compare-data';
import type { HowDerived } from '@/lib/analysis/compare';
import { loadProposals, proposalsAsOf } from '@/lib/proposals/asof';
import { ProposalAt, ProposalsList } from '@/components/proposals/proposals-list';

/** Which page's body to draw: plain values, passed from the server page. */
export type AsOfPage =
  | { kind: 'issue'; id: string }
  | { kind: 'stakeholder'; id: string }
  | { kind: 'charts' }
  | { kind: 'compare'; howDerived: HowDerived }
  | { kind: 'proposals' }
  | { kind: 'proposal'; id: string };

export async function bodyAsOf(page: AsOfPage, day: string): Promise<ReactNode> {
  const raw = await loadHistory();
  const model = modelAsOf(raw, day);
  switch (page.kind) {
    case 'issue':
      return <IssueBody model={model} id={page.id} />;
    case 'stakeholder':
      return <StakeholderBody model={model} id={page.id} />;
    case 'charts':
      return <ChartsBody model={model} />;
    case 'compare':
      return <CompareFromUrl data={buildCompareData(model)} howDerived={page.howDerived} />;
    case 'proposals':
      return <ProposalsList model={model} proposals={proposalsAsOf(await loadProposals(), raw, day)} />;
    case 'proposal':
      return <ProposalAt model={model} proposals={proposalsAsOf(await loadProposals(), raw, day)} id={page.id} />;
  }
}
