'use client';
import { useCallback } from 'react';
import type { SettlementData } from '@/lib/proposals/view';
import { parseSettlement, readQuery, settlementQuery, type Package } from '@/lib/url';
import { useUrlSearch } from '@/components/ui/use-url-search';
import { IssueControl } from './issue-control';
import { SideTotals } from './side-totals';
import { ModelPanel } from './model-panel';

/** The what-if: a package (one point per issue) kept in the address, tested against every side. */
export function SettlementExplorer({ data }: { data: SettlementData }) {
  const [params, replace] = useUrlSearch();
  const ids = data.issues.map((i) => i.id);
  const { values, messages } = parseSettlement(params, ids);
  const query = settlementQuery(values, ids);
  const onChange = useCallback(
    (issue: string, value: number | undefined) => {
      const next: Package = { ...parseSettlement(readQuery(window.location.search), ids).values };
      if (value === undefined) delete next[issue];
      else next[issue] = value;
      replace(settlementQuery(next, ids));
    },
    // ids come from the page's fixed data
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [replace],
  );
  const start = (id: string) => {
    const chosen = data.starts.find((s) => s.id === id);
    replace(chosen ? settlementQuery(chosen.values, ids) : '');
  };
  const current = data.starts.find((s) => settlementQuery(s.values, ids) === query && query !== '');
  return (
    <>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <label className="text-sm font-semibold" htmlFor="start-from">
          Start from
        </label>
        <select
          id="start-from"
          className="max-w-full rounded border border-slate-400 px-2 py-1"
          value={current?.id ?? ''}
          onChange={(e) => start(e.target.value)}
        >
          <option value="">Blank (no point set)</option>
          {data.starts.map((s) => (
            <option key={s.id} value={s.id}>
              {s.kind === 'proposal' ? 'Proposal: ' : 'Side: '}
              {s.label}
            </option>
          ))}
        </select>
        <span className="text-sm text-slate-700">The address keeps the package: copy it to share this view.</span>
      </div>
      {current && current.notes.length > 0 ? (
        <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
          {current.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {messages.length > 0 ? (
        <p role="status" className="mt-2 rounded bg-amber-100 p-2 text-sm">
          {messages.join(' ')} Issues: {ids.join(', ')}.
        </p>
      ) : null}
      <div className="mt-3 grid gap-3 xl:grid-cols-2">
        {data.issues.map((issue) => (
          <IssueControl key={issue.id} issue={issue} data={data} value={values[issue.id]} onChange={onChange} />
        ))}
      </div>
      <div className="mt-4 overflow-x-auto">
        <SideTotals data={data} values={values} />
      </div>
      <ModelPanel data={data} />
    </>
  );
}
