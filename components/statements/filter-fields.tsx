import type { FilterChoices, StatementFilter } from '@/lib/url';

type Props = { filter: StatementFilter; choices: FilterChoices; onChange: (filter: StatementFilter) => void };

const CHOICE_LABELS = { issue: 'Issue', stakeholder: 'Stakeholder', actor: 'Speaker', evidence: 'Evidence' } as const;
const field = 'mt-0.5 block w-full rounded border border-slate-500 bg-white px-2 py-1';

/** The filter controls, each labelled. A choice with one option or none is left out: it cannot narrow. */
export function FilterFields({ filter, choices, onChange }: Props) {
  const set = (key: keyof StatementFilter, value: string) => onChange({ ...filter, [key]: value || undefined });
  const keys = (Object.keys(CHOICE_LABELS) as (keyof typeof CHOICE_LABELS)[]).filter((k) => choices[k].length > 1);
  return (
    <form
      role="search"
      aria-label="Filter statements"
      onSubmit={(e) => e.preventDefault()}
      className="mt-3 rounded border border-slate-300 bg-slate-50 p-3"
    >
      <div className="grid grid-cols-[repeat(auto-fill,minmax(min(9.5rem,100%),1fr))] gap-3 [&>*]:min-w-0">
        <label className="col-span-2 text-sm font-semibold">
          Search quotes and summaries
          <input type="search" value={filter.q ?? ''} onChange={(e) => set('q', e.target.value)} className={field} />
        </label>
        {keys.map((key) => (
          <label key={key} className="text-sm font-semibold">
            {CHOICE_LABELS[key]}
            <select value={filter[key] ?? ''} onChange={(e) => set(key, e.target.value)} className={field}>
              <option value="">All</option>
              {choices[key].map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="text-sm font-semibold">
          From date
          <input
            type="date"
            value={filter.from ?? ''}
            onChange={(e) => set('from', e.target.value)}
            className={field}
          />
        </label>
        <label className="text-sm font-semibold">
          To date
          <input type="date" value={filter.to ?? ''} onChange={(e) => set('to', e.target.value)} className={field} />
        </label>
      </div>
      <button
        type="button"
        onClick={() => onChange({})}
        className="mt-2 min-h-6 text-sm font-medium text-blue-800 underline"
      >
        Clear filters
      </button>
    </form>
  );
}
