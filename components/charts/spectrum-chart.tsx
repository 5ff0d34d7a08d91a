import type { Model } from '@/lib/model';
import { spectrum, spectrumTakeaway } from '@/lib/analysis/charts';
import { formatDate } from '@/lib/dates';
import { stanceWords } from '@/lib/format';
import { ChartFrame } from './chart-frame';
import { LazyChart } from './lazy-chart';
import { drawnChart } from './registry';
import { chartSides } from '@/lib/reshape';
import { citeStatementSources } from '@/lib/analysis/citations';
import { spreadWarning } from '@/lib/analysis/date-spread';
import { formatStance, gapSpan, isRange, stancePlace } from '@/lib/stance';

/** Chart 3: each side's stance on one issue's scale, the key gap shaded and named, earlier stances faint. */
export function SpectrumChart({ model, issueId }: { model: Model; issueId: string }) {
  const issue = model.issueById.get(issueId)!;
  const data = spectrum(model, issueId);
  const styles = chartSides(model);
  const positions = model.positions.filter((p) => p.issue === issueId);
  const current = (id: string) => data.marks.find((m) => m.current && m.stakeholder === id)!;
  // The key gap (lib/analysis/key-gap.ts), its pair named by abbreviation on the chart.
  const abbr = (id: string) => styles.get(id)?.abbreviation ?? id;
  const gap = data.gap
    ? {
        ...gapSpan(current(data.gap.low), current(data.gap.high)),
        gap: data.gap.gap,
        pair: `${abbr(data.gap.a)}–${abbr(data.gap.b)}`,
      }
    : null;
  return (
    <ChartFrame
      id={`spectrum-${issueId}`}
      title={`Stance spectrum: ${issue.title}`}
      takeaway={spectrumTakeaway(model, data)}
      asOf={model.dataset.asOf}
      scale={{ min: issue.scale.min.short, mid: issue.scale.mid.short, max: issue.scale.max.short }}
      judgement
      warning={spreadWarning(
        data.marks.filter((m) => m.current).map((m) => m.asOf),
        model.dataset.staleAfterDays,
      )}
      empty={
        data.marks.length === 0 ? 'Nothing to download: no side has a stance on this issue in the data.' : undefined
      }
      note={
        <>
          Stances are analyst judgements, not the sides’ own numbers; a mark is a point, a bar a range where the sources
          only bound the stance. Each rationale shows on hover or keyboard focus.
        </>
      }
      source={citeStatementSources(
        model,
        positions.flatMap((p) => p.statements),
      )}
      table={{
        // The date as read, then as a spreadsheet sorts it (YYYY-MM-DD) and whether the source only gives it roughly.
        columns: [
          'Side',
          'Stance (0–100)',
          'Point or range',
          'Where on the scale (analyst judgement, in words)',
          'As of',
          'As of (ISO date)',
          'As of approximate',
          'Current',
          'Rationale (analyst judgement)',
        ],
        rows: data.marks.map((m) => [
          styles.get(m.stakeholder)!.name,
          formatStance(m, 'bare'),
          isRange(m) ? 'range' : 'point',
          stanceWords(issue, stancePlace(m)),
          formatDate(m.asOf, model.positionDateApprox.get(m.position)),
          m.asOf,
          model.positionDateApprox.get(m.position) ? 'yes' : 'no',
          m.current ? 'yes' : 'earlier',
          m.rationale,
        ]),
      }}
    >
      {data.marks.length === 0 ? (
        <p className="p-4 text-slate-700">No side has a stance on this issue in the data.</p>
      ) : (
        <LazyChart
          {...drawnChart('spectrum', {
            issueTitle: issue.title,
            minLabel: issue.scale.min.short,
            midLabel: issue.scale.mid.short,
            maxLabel: issue.scale.max.short,
            marks: data.marks.map((m) => ({
              side: styles.get(m.stakeholder)!,
              ...stancePlace(m),
              asOf: formatDate(m.asOf, model.positionDateApprox.get(m.position)),
              rationale: m.rationale,
              current: m.current,
            })),
            gap,
          })}
        />
      )}
    </ChartFrame>
  );
}
