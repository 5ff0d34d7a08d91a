import type { Model } from '@/lib/model';
import { gapMatrix, gapTakeaway } from '@/lib/analysis/charts';
import { tableSvg } from '@/lib/chart-export';
import { ChartFrame } from './chart-frame';
import { GapHeatmap, type GapView } from './gap-heatmap';
import { citationFor, sideStyles } from './side-styles';

/** Chart 4's frame: every issue's gap matrix computed here; the heatmap leaf only switches issue. */
export function GapChart({ model }: { model: Model }) {
  const styles = sideStyles(model);
  const views: GapView[] = model.issues.map((issue) => {
    const data = gapMatrix(model, issue.id);
    return { issue: issue.id, title: issue.title, sides: data.sides.map((s) => styles.get(s)!), distance: data.distance, takeaway: gapTakeaway(model, data) };
  });
  const pairs = views.flatMap((v) => v.sides.flatMap((a, i) => v.sides.slice(i + 1).map((b, k) => [v.title, a.name, b.name, v.distance[i]![i + 1 + k]!] as (string | number)[])));
  const table = { columns: ['Issue', 'Side A', 'Side B', 'Distance (points)'], rows: pairs };
  const first = views[0];
  return (
    <ChartFrame
      id="gap-heatmap"
      title="Gap heatmap"
      takeaway={first ? first.takeaway : 'No issues in the data.'}
      note={<>Distance between two sides’ current stances, in points on the issue’s 0–100 scale. Stances are analyst judgements.</>}
      source={citationFor(model, model.positions.flatMap((p) => p.statements))}
      height={80 + Math.max(...views.map((v) => v.sides.length), 1) * 58}
      table={table}
      svg={tableSvg(table, 'Gap heatmap: distance between stances', citationFor(model))}
    >
      <GapHeatmap views={views} />
    </ChartFrame>
  );
}
