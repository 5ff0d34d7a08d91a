import type { Model } from '@/lib/model';
import { demandCounts, demandCountsTakeaway } from '@/lib/analysis/charts';
import { issueFill } from '@/lib/colors';
import { ChartFrame } from './chart-frame';
import { LazyChart } from './lazy-chart';
import { drawnChart } from './registry';
import { chartSides, demandsBySide } from '@/lib/reshape';
import { citeStatementSources } from '@/lib/analysis/citations';
import { DemandsBySide } from './demand-list';
import { standingDemands } from '@/lib/demands';

/** Chart 1: stated demands per side, stacked by issue; each side's bar leads to its demands. */
export function DemandsChart({ model }: { model: Model }) {
  const rows = demandCounts(model);
  const styles = chartSides(model);
  const sides = rows.map((r) => styles.get(r.stakeholder)!);
  const issues = model.issues.map((issue, i) => ({ id: issue.id, title: issue.title, ...issueFill(i) }));
  return (
    <ChartFrame
      id="demands-by-side"
      title="Demands by side and issue"
      takeaway={demandCountsTakeaway(model, rows)}
      asOf={model.dataset.asOf}
      source={citeStatementSources(
        model,
        standingDemands(model).flatMap((d) => d.statements),
      )}
      legend={issues.map((i) => ({ label: i.title, fill: i.fill }))}
      table={{
        columns: ['Side', ...model.issues.map((i) => i.title), 'Total'],
        rows: rows.map((r) => [
          styles.get(r.stakeholder)!.name,
          ...model.issues.map((i) => r[i.id] as number),
          r.total,
        ]),
      }}
    >
      <LazyChart
        {...drawnChart('demand-bars', {
          sides,
          issues,
          counts: rows.map((r) => Object.fromEntries(model.issues.map((i) => [i.id, r[i.id] as number]))),
        })}
      />
      <DemandsBySide groups={demandsBySide(model)} />
    </ChartFrame>
  );
}
