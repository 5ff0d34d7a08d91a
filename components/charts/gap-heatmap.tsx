'use client';

import { useState } from 'react';
import { Picker } from './picker';
import type { GapView } from '@/lib/reshape-charts';
import { formatGap, formatGapShort } from '@/lib/stance';
import { SpreadWarning } from '@/components/time/spread-warning';

/** Shade for a distance of 0–100: white to dark slate; the number is always printed on it. */
function shade(distance: number): { background: string; color: string } {
  const l = Math.round(97 - distance * 0.72);
  return { background: `hsl(215 30% ${l}%)`, color: l < 55 ? '#ffffff' : '#0f172a' };
}

/** Chart 4: side × side distance between stances on a chosen issue, with the computed sentence. */
export function GapHeatmap({ views }: { views: GapView[] }) {
  const [issue, setIssue] = useState(views[0]?.issue ?? '');
  const view = views.find((v) => v.issue === issue) ?? views[0];
  if (!view) return null;
  return (
    <div
      data-export-title={`Gap heatmap: ${view.title}`}
      data-export-takeaway={view.takeaway}
      data-export-warning={view.spreadWarning ?? ''}
      data-export-empty={view.sides.length < 2 ? `Nothing to draw for this issue: ${view.takeaway}` : undefined}
    >
      <div className="flex flex-wrap items-center gap-3">
        <Picker
          label="Issue"
          value={view.issue}
          onChange={setIssue}
          options={views.map((v) => ({ value: v.issue, label: v.title }))}
        />
      </div>
      {/* The frame states the first issue's takeaway; another issue's sentence appears here. */}
      <p className="mt-2 text-lg" aria-live="polite" data-testid="gap-takeaway">
        {view.issue === views[0]?.issue ? '' : view.takeaway}
      </p>
      <SpreadWarning text={view.spreadWarning} />
      {view.sides.length < 2 ? null : (
        // On a phone the grid scrolls sideways inside its own box (the page never does), and the column
        // heads give the side's abbreviation only (its name stays for a screen reader and in the row heads).
        <div
          className="relative mt-2 max-w-full overflow-x-auto"
          role="region"
          aria-label={`Gap grid: ${view.title}`}
          tabIndex={0}
        >
          <table className="border-collapse text-base" data-testid="gap-grid">
            <caption className="sr-only">
              Distance in points between the stances of each pair of sides on {view.title.toLowerCase()} (analyst
              judgements; a pair with a range stance shows the least and most it can be)
            </caption>
            <thead>
              <tr>
                <td />
                {view.sides.map((s) => (
                  <th key={s.id} scope="col" className="px-3 py-1 text-left font-semibold max-sm:px-1">
                    <span className="max-sm:sr-only">{s.name} </span>({s.abbreviation})
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.sides.map((row, i) => (
                <tr key={row.id}>
                  <th scope="row" className="px-3 py-1 text-left font-semibold max-sm:px-1 max-sm:text-sm">
                    {row.name} ({row.abbreviation})
                  </th>
                  {view.sides.map((col, j) => {
                    const d = view.distance[i]![j]!;
                    const range = d.min !== d.max;
                    return (
                      <td
                        key={col.id}
                        className={`h-14 w-28 border-2 text-center whitespace-nowrap max-sm:w-auto max-sm:px-1 text-lg font-bold ${range ? 'border-dashed border-slate-700' : 'border-white'}`}
                        // A range is shaded by its middle; its printed ends and dashed border say it is a range.
                        style={i === j ? undefined : shade((d.min + d.max) / 2)}
                        data-gap={i === j ? undefined : formatGapShort(d)}
                        title={i === j || !range ? undefined : formatGap(d)}
                      >
                        {i === j ? (
                          <span className="text-slate-500" aria-label="same side">
                            —
                          </span>
                        ) : (
                          formatGapShort(d)
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
