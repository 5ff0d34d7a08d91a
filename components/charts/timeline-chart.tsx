import type { Model } from '@/lib/model';
import { timeline, timelineTakeaway } from '@/lib/analysis/charts';
import { timeWindows } from '@/lib/analysis/time-axis';
import { dateValue, formatDate } from '@/lib/dates';
import { ChartFrame } from './chart-frame';
import { LazyChart } from './lazy-chart';
import { drawnChart } from './registry';
import { chartSides } from '@/lib/reshape';
import { citeStatementSources } from '@/lib/analysis/citations';
import type { TimelineProps } from './types';

/** Chart 5: statements over time by side, on a time axis, filterable by issue, with the events the sources name. */
export function TimelineChart({ model, issueId }: { model: Model; issueId?: string }) {
  const styles = chartSides(model);
  const all = timeline(model);
  const viewOf = (issue?: string): TimelineProps['views'][string] => {
    const data = timeline(model, issue);
    return {
      points: data.points.map((p) => ({
        x: dateValue(p.date),
        side: p.stakeholder,
        count: p.count,
        label: formatDate(p.date, p.approx),
        approx: p.approx,
      })),
      takeaway: timelineTakeaway(model, data, issue),
    };
  };
  const issues = issueId ? model.issues.filter((i) => i.id === issueId) : model.issues;
  const views: TimelineProps['views'] = { '': viewOf(issueId) };
  if (!issueId) for (const issue of issues) views[issue.id] = viewOf(issue.id);
  const sides = model.stakeholders.map((s) => styles.get(s.id)!);
  const shown = timeline(model, issueId);
  const eventKey = all.events.map((e, n) => `E${n + 1} · ${formatDate(e.date, e.dateApprox)} — ${e.label}`);
  const id = issueId ? `timeline-${issueId}` : 'timeline';
  return (
    <ChartFrame
      id={id}
      title={issueId ? `Timeline: ${model.issueById.get(issueId)!.title}` : 'Timeline of statements'}
      takeaway={views['']!.takeaway}
      asOf={model.dataset.asOf}
      note={
        <>
          Dates are placed to scale. Faint, dashed marks are approximate dates, written{' '}
          <abbr title="circa: the source gives no exact date">c.</abbr> (circa: the source gives no exact date). Dashed
          lines are events the sources name (E1, E2, …).
        </>
      }
      noteText="Dates are placed to scale. c. = circa: the source gives no exact date. Events the sources name are numbered E1, E2, …"
      legend={[
        { label: 'c. = circa: the source gives no exact date (faint, dashed mark)' },
        ...eventKey.map((label) => ({ label })),
      ]}
      source={citeStatementSources(model)}
      table={{
        columns: ['Date', 'Side', 'Statements', 'Statement ids'],
        rows: shown.points.map((p) => [
          formatDate(p.date, p.approx),
          styles.get(p.stakeholder)!.name,
          p.count,
          p.statements.join(' '),
        ]),
      }}
    >
      <LazyChart
        {...drawnChart('timeline', {
          sides,
          windows: timeWindows(all.dates.map(dateValue)),
          views,
          issues: issueId ? [] : issues.map((i) => ({ id: i.id, title: i.title })),
          events: all.events.map((e) => ({ x: dateValue(e.date), label: e.label, approx: e.dateApprox })),
        })}
      />
      <ol className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-800 sm:grid-cols-2">
        {all.events.map((e, n) => (
          <li key={e.id}>
            <strong>E{n + 1}</strong> · {formatDate(e.date, e.dateApprox)} — {e.label}
          </li>
        ))}
      </ol>
    </ChartFrame>
  );
}
