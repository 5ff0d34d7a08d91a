import type { ReactNode } from 'react';
import type { CompareData, HowDerived } from '@/lib/analysis/compare';
import { compareIssue } from '@/lib/analysis/compare';
import { compareChoices } from '@/lib/analysis/compare-files';
import type { CompareSelection } from '@/lib/url';
import { CompareForm } from './compare-form';
import { IssueComparison } from './issue-comparison';
import { SelectionNotice } from './selection-notice';

type Ticks = { stakeholders: string[]; issues: string[] };
type Props = {
  data: Pick<CompareData, 'stakeholders' | 'issues'>;
  selection: CompareSelection;
  ticks?: Ticks;
  onSelect?: (stakeholders: string[], issues: string[]) => void;
  /** The comparison itself (CompareResults), drawn on the server or in the browser. */
  children: ReactNode;
};

/** The boxes to tick for a selection: what the URL asked for, or the default shown. */
export function ticksOf(selection: CompareSelection): Ticks {
  return selection.messages.length
    ? selection.requested
    : { stakeholders: selection.stakeholders, issues: selection.requested.issues };
}

/** The selection's notice and form, then the comparison. */
export function CompareView({ data, selection, ticks, onSelect, children }: Props) {
  const { stakeholders, issues } = compareChoices(data);
  return (
    <div>
      <SelectionNotice messages={selection.messages} stakeholders={stakeholders} issues={issues} />
      <div className="mt-3">
        <CompareForm
          stakeholders={stakeholders}
          issues={issues}
          checked={ticks ?? ticksOf(selection)}
          onSelect={onSelect}
        />
      </div>
      {children}
    </div>
  );
}

/**
 * The comparison for a selection, issue by issue. Rendered on the server (the default view) and by
 * the URL-reading leaf; an issue whose records are still loading (or failed to) says so in its place.
 */
export function CompareResults({
  data,
  howDerived,
  selection,
  pending = {},
}: {
  data: CompareData;
  howDerived: HowDerived;
  selection: CompareSelection;
  pending?: Record<string, 'loading' | 'failed'>;
}) {
  const names = selection.stakeholders.map((id) => data.stakeholders.find((s) => s.id === id)?.name ?? id);
  return (
    <>
      <h2 className="mt-4 text-2xl font-bold" aria-live="polite">
        {names.join(' vs ')}:{' '}
        {selection.issues.length === data.issues.length
          ? 'every issue'
          : `${selection.issues.length} of ${data.issues.length} issues`}
      </h2>
      {selection.issues.map((issue) => {
        if (pending[issue]) return <PendingIssue key={issue} issue={issue} data={data} state={pending[issue]} />;
        const comparison = compareIssue(data, issue, selection.stakeholders);
        return comparison ? <IssueComparison key={issue} comparison={comparison} howDerived={howDerived} /> : null;
      })}
    </>
  );
}

/** An issue whose records for the chosen sides are not here yet: its place, saying so. */
function PendingIssue({ issue, data, state }: { issue: string; data: CompareData; state: 'loading' | 'failed' }) {
  const title = data.issues.find((i) => i.id === issue)?.title ?? issue;
  return (
    <section aria-label={title} aria-busy={state === 'loading'} className="mt-6 border-t-2 border-slate-400 pt-3">
      <h3 className="text-xl font-bold">{title}</h3>
      <p className="text-slate-700" role={state === 'failed' ? 'alert' : undefined}>
        {state === 'loading'
          ? `Loading the chosen sides’ positions and demands on ${title.toLowerCase()}…`
          : `Could not load the positions and demands on ${title.toLowerCase()}; reload the page to try again.`}
      </p>
    </section>
  );
}
