import type { Model } from '@/lib/model';
import { timeline, timelineTakeaway } from '@/lib/analysis/charts';
import { formatDate } from '@/lib/dates';
import { ChartFrame } from './chart-frame';
import { LazyChart } from './lazy-chart';
import { drawnChart } from './registry';
import { sideStyles } from './side-styles';
import { citeStatementSources } from '@/lib/analysis/citations';
import type { TimelineProps } from './types';

/** Chart 5: statements over time by side, filterable by issue, with the events the sources name. */
export function TimelineChart({ model, issueId }: { model: Model; issueId?: string }) {
  const styles = sideStyles(model);
  const all = timeline(model);
  const index = new Map(all.dates.map((d, i) => [d, i]));
  const viewOf = (issue?: string): TimelineProps['views'][string] => {
    const data = timeline(model, issue);
    return {
      points: data.points.map((p) => ({
        x: index.get(p.date)!,
        side: p.stakeholder,
        count: p.count,
        label: formatDate(p.date, p.approx),
      })),
      takeaway: timelineTakeaway(model, data, issue),
    };
  };
  const issues = issueId ? model.issues.filter((i) => i.id === issueId) : model.issues;
  const views: TimelineProps['views'] = { '': viewOf(issueId) };
  if (!issueId) for (const issue of issues) views[issue.id] = viewOf(issue.id);
  const sides = model.stakeholders.map((s) => styles.get(s.id)!);
  const shown = timeline(model, issueId);
  // A date reads "c. …" on the axis when everything placed on it is approximate.
  const placed = [
    ...all.points.map((p) => ({ date: p.date, approx: p.approx })),
    ...all.events.map((e) => ({ date: e.date, approx: e.dateApprox })),
  ];
  const approxDates = new Set(all.dates.filter((d) => placed.filter((p) => p.date === d).every((p) => p.approx)));
  const id = issueId ? `timeline-${issueId}` : 'timeline';
  return (
    <ChartFrame
      id={id}
      title={issueId ? `Timeline: ${model.issueById.get(issueId)!.title}` : 'Timeline of statements'}
      takeaway={views['']!.takeaway}
      note={
        <>
          Dates are in order but not to scale; c. before a date marks it as approximate. Dashed lines are events the
          sources name (E1, E2, …).
        </>
      }
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
          dates: all.dates.map((d) => formatDate(d, approxDates.has(d))),
          views,
          issues: issueId ? [] : issues.map((i) => ({ id: i.id, title: i.title })),
          events: all.events.map((e) => ({ x: index.get(e.date)!, label: e.label })),
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
