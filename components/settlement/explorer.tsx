'use client';
import { useCallback } from 'react';
import { currentSearch } from '@/lib/url/store';
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
  const { values, messages, from } = parseSettlement(params, ids);
  const onChange = useCallback(
    (issue: string, value: number | undefined) => {
      const now = parseSettlement(readQuery(currentSearch()), ids);
      const next: Package = { ...now.values };
      if (value === undefined) delete next[issue];
      else next[issue] = value;
      // The start stays named: the numbers the reader has not moved still came from it.
      replace(settlementQuery(next, ids, now.from));
    },
    // ids come from the page's fixed data
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [replace],
  );
  const start = (id: string) => {
    const chosen = data.starts.find((s) => s.id === id);
    replace(chosen ? settlementQuery(chosen.values, ids, chosen.id) : '');
  };
  // The start the address names (`from`), else one whose package is exactly this one.
  const named = data.starts.find((s) => s.id === from);
  const exact = (s: (typeof data.starts)[number]) =>
    Object.keys(values).length > 0 && settlementQuery(s.values, ids) === settlementQuery(values, ids);
  const origin = named ?? data.starts.find(exact);
  const current = origin && exact(origin) ? origin : undefined;
  // Its notes for the numbers still as it set them; a number the reader moved is the reader's own.
  const notes = origin ? origin.notes.filter((n) => values[n.issue] === origin.values[n.issue]) : [];
  const unknownFrom = from && !named ? `No start point ${from} in the data: ignored.` : '';
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
      {origin && notes.length > 0 ? (
        <div className="mt-1 text-sm text-slate-700" data-testid="start-notes">
          {current ? null : <p>Numbers still as started from {origin.label}:</p>}
          <ul className="list-disc pl-5">
            {notes.map((n) => (
              <li key={n.issue}>{n.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {messages.length > 0 || unknownFrom ? (
        <p role="status" className="mt-2 rounded bg-amber-100 p-2 text-sm">
          {[...messages, unknownFrom].filter(Boolean).join(' ')} Issues: {ids.join(', ')}.
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
