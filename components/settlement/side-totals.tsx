'use client';
import type { SettlementData } from '@/lib/proposals/view';
import type { Package } from '@/lib/url';
import { sideOnIssue, sideTotal } from '@/lib/analysis/settlement';
import { ColumnHeads } from '@/components/proposals/column-heads';

/**
 * Per side, over the issues the package sets: summed distance where it has a stance, red lines crossed,
 * issues where nothing can be said. A polite live region says the totals in one sentence when they
 * change (a slider moved, a number typed, a point cleared), so a screen reader hears the result.
 */
export function SideTotals({ data, values }: { data: SettlementData; values: Package }) {
  const set = data.issues.filter((i) => values[i.id] !== undefined);
  const totals = data.sides.map((side) => ({
    side,
    t: sideTotal(
      set.map((i) =>
        sideOnIssue(
          values[i.id]!,
          data.stances[side.id]?.[i.id],
          (data.redLines[i.id] ?? []).filter((l) => l.side === side.id),
        ),
      ),
    ),
  }));
  const summary =
    set.length === 0
      ? 'No point set.'
      : `Package on ${set.length} of ${data.issues.length} issues. ` +
        totals
          .map(({ side, t }) =>
            t.noStance === t.issues
              ? `${side.name}: nothing can be said.`
              : `${side.name}: ${t.distance} ${t.distance === 1 ? 'point' : 'points'}, ${t.crossed} ${t.crossed === 1 ? 'red line' : 'red lines'} crossed.`,
          )
          .join(' ');
  return (
    <>
      <p className="sr-only" aria-live="polite" data-testid="package-summary">
        {summary}
      </p>
      {set.length === 0 ? (
        <p className="italic">Set a point on at least one issue to see each side’s totals.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="text-left font-semibold">
            Each side against the whole package ({set.length} of {data.issues.length} issues set)
          </caption>
          <ColumnHeads
            names={[
              'Side',
              'Total distance (points, where a stance is placed)',
              'Red lines crossed',
              'Issues with no stance placed',
            ]}
          />
          <tbody>
            {totals.map(({ side, t }) => (
              <tr key={side.id} className="border-b border-slate-200" data-total={side.id}>
                <th scope="row" className="pr-2">
                  {side.name}
                </th>
                <td className="pr-2">{t.noStance === t.issues ? 'nothing can be said' : t.distance}</td>
                <td className="pr-2">
                  {t.crossed}
                  {t.unplaced > 0 ? ` (and ${t.unplaced} that cannot be placed)` : ''}
                </td>
                <td>{t.noStance}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
