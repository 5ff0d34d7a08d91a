import type { Metadata } from 'next';
import { getModel } from '@/lib/data';
import { plural } from '@/lib/format';
import { StakeholderName } from '@/components/ui/stakeholder-name';

export const metadata: Metadata = { title: 'Stakeholders' };

export default function StakeholdersPage() {
  const model = getModel();
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">Stakeholders</h1>
      <p className="mt-1 text-slate-700">The sides whose statements Standpoint records, in the matrix’s order.</p>
      <ul className="mt-4 space-y-3">
        {model.stakeholders.map((s, i) => (
          <li key={s.id}>
            <StakeholderName id={s.id} name={s.name} styleIndex={i} size={16} className="text-lg font-semibold" />
            <p className="text-slate-800">{s.description}</p>
            <p className="text-sm text-slate-700">
              {plural(model.statements.filter((st) => st.stakeholder === s.id).length, 'statement')},{' '}
              {plural(new Set(model.positions.filter((p) => p.stakeholder === s.id).map((p) => p.issue)).size, 'issue')} with a stated position
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
