import type { Metadata } from 'next';
import { getModel } from '@/lib/data';
import { sideIndex } from '@/lib/page-views';
import { plural } from '@/lib/format';
import { StakeholderName } from '@/components/ui/stakeholder-name';

export const metadata: Metadata = { title: 'Stakeholders' };

export default function StakeholdersPage() {
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">Stakeholders</h1>
      <p className="mt-1 text-slate-700">The sides whose statements Standpoint records, in the matrix’s order.</p>
      <ul className="mt-4 space-y-3">
        {sideIndex(getModel()).map(({ side, description, statements, issuesWithPosition }) => (
          <li key={side.id}>
            <StakeholderName side={side} size={16} className="text-lg font-semibold" />
            <p className="text-slate-800">{description}</p>
            <p className="text-sm text-slate-700">
              {plural(statements, 'statement')}, {plural(issuesWithPosition, 'issue')} with a stated position
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
