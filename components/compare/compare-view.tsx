import type { CompareData, HowDerived } from '@/lib/analysis/compare';
import { compareIssue } from '@/lib/analysis/compare';
import type { CompareSelection } from '@/lib/url';
import { CompareForm } from './compare-form';
import { IssueComparison } from './issue-comparison';
import { SelectionNotice } from './selection-notice';

type Ticks = { stakeholders: string[]; issues: string[] };
type Props = {
  data: CompareData;
  howDerived: HowDerived;
  selection: CompareSelection;
  ticks?: Ticks;
  onSelect?: (stakeholders: string[], issues: string[]) => void;
};

/** The boxes to tick for a selection: what the URL asked for, or the default shown. */
export function ticksOf(selection: CompareSelection): Ticks {
  return selection.messages.length
    ? selection.requested
    : { stakeholders: selection.stakeholders, issues: selection.requested.issues };
}

/** The whole comparison for a selection. Rendered on the server (default view) and by the URL-reading leaf. */
export function CompareView({ data, howDerived, selection, ticks, onSelect }: Props) {
  const stakeholders = data.stakeholders.map((s) => ({ id: s.id, name: s.name }));
  const issues = data.issues.map((i) => ({ id: i.id, name: i.title }));
  const names = selection.stakeholders.map((id) => data.stakeholders.find((s) => s.id === id)?.name ?? id);
  const checked = ticks ?? ticksOf(selection);
  return (
    <div>
      <SelectionNotice messages={selection.messages} stakeholders={stakeholders} issues={issues} />
      <div className="mt-3">
        <CompareForm stakeholders={stakeholders} issues={issues} checked={checked} onSelect={onSelect} />
      </div>
      <h2 className="mt-4 text-2xl font-bold" aria-live="polite">
        {names.join(' vs ')}:{' '}
        {selection.issues.length === data.issues.length
          ? 'every issue'
          : `${selection.issues.length} of ${data.issues.length} issues`}
      </h2>
      {selection.issues.map((issue) => {
        const comparison = compareIssue(data, issue, selection.stakeholders);
        return comparison ? <IssueComparison key={issue} comparison={comparison} howDerived={howDerived} /> : null;
      })}
    </div>
  );
}
