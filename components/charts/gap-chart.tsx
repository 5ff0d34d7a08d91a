import type { Model } from '@/lib/model';
import { gapMatrix, gapTakeaway } from '@/lib/analysis/charts';
import { ChartFrame } from './chart-frame';
import { GapHeatmap, type GapView } from './gap-heatmap';
import { chartSides } from '@/lib/reshape';
import { citeStatementSources } from '@/lib/analysis/citations';
import { formatGapShort } from '@/lib/stance';
import { positionTrack } from '@/lib/analysis/positions';
import { spreadWarning } from '@/lib/analysis/date-spread';

/** Sides drawn per heatmap (the first in file order); past a dozen the grid no longer reads at a glance. */
const HEATMAP_SIDE_LIMIT = 12;

/** Chart 4's frame: every issue's gap matrix computed here; the heatmap leaf only switches issue. */
export function GapChart({ model }: { model: Model }) {
  const styles = chartSides(model);
  const matrices = model.issues.map((issue) => ({ issue, data: gapMatrix(model, issue.id) }));
  const views: GapView[] = matrices.map(({ issue, data }) => {
    const n = Math.min(data.sides.length, HEATMAP_SIDE_LIMIT);
    const takeaway =
      gapTakeaway(model, data) +
      (data.sides.length > n
        ? ` The grid draws the first ${n} of ${data.sides.length} sides; the table has every pair.`
        : '');
    const warning = spreadWarning(
      data.sides.slice(0, n).flatMap((s) => positionTrack(model, s, issue.id).current?.asOf ?? []),
      model.dataset.staleAfterDays,
    );
    return {
      issue: issue.id,
      title: issue.title,
      sides: data.sides.slice(0, n).map((s) => styles.get(s)!),
      distance: data.distance.slice(0, n).map((row) => row.slice(0, n)),
      takeaway,
      ...(warning ? { spreadWarning: warning } : {}),
    };
  });
  const pairs = matrices.flatMap(({ issue, data }) => {
    return data.sides.flatMap((a, i) =>
      data.sides
        .slice(i + 1)
        .map(
          (b, k) =>
            [issue.title, styles.get(a)!.name, styles.get(b)!.name, formatGapShort(data.distance[i]![i + 1 + k]!)] as (
              string | number
            )[],
        ),
    );
  });
  const table = { columns: ['Issue', 'Side A', 'Side B', 'Distance (points)'], rows: pairs };
  const first = views[0];
  return (
    <ChartFrame
      id="gap-heatmap"
      title="Gap heatmap"
      takeaway={first ? first.takeaway : 'No issues in the data.'}
      asOf={model.dataset.asOf}
      judgement
      readmeNotes={views.flatMap((v) => (v.spreadWarning ? [`Different dates, ${v.title}: ${v.spreadWarning}`] : []))}
      note={
        <>
          Distance between two sides’ current stances, in points on the issue’s 0–100 scale. Stances are analyst
          judgements; where one is a range, the distance is a range too (dashed cell: least–most).
        </>
      }
      source={citeStatementSources(
        model,
        model.positions.flatMap((p) => p.statements),
      )}
      table={table}
    >
      <GapHeatmap views={views} />
    </ChartFrame>
  );
}
