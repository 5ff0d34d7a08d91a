'use client';
import { memo, useRef } from 'react';
import type { SettlementData, SettlementIssue } from '@/lib/proposals/view';
import { sideOnIssue, zoneOfAgreement } from '@/lib/analysis/settlement';
import { IssueScale, SCALE_SLIDER_CLASS } from '@/components/proposals/issue-scale';

type Props = {
  issue: SettlementIssue;
  data: SettlementData;
  value?: number;
  onChange: (issue: string, value: number | undefined) => void;
};

/** One issue of the package: slider and number, the scale with every side and the zone, each side's distance. */
export const IssueControl = memo(function IssueControl({ issue, data, value, onChange }: Props) {
  const rows = data.sides.map((side) => ({ side, place: data.stances[side.id]?.[issue.id] }));
  const lines = data.redLines[issue.id] ?? [];
  const zone = zoneOfAgreement(
    rows.map((r) => ({ side: r.side.id, name: r.side.name, place: r.place })),
    lines,
  );
  const id = `pkg-${issue.id}`;
  // After "Clear" the button goes: focus moves to the slider, not to the page's body.
  const slider = useRef<HTMLInputElement>(null);
  return (
    <section className="rounded border border-slate-300 p-3" aria-labelledby={`${id}-title`} data-issue={issue.id}>
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {issue.title}
      </h2>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <label htmlFor={`${id}-number`} className="text-sm">
          {issue.title} point
        </label>
        <input
          id={`${id}-number`}
          type="number"
          min={0}
          max={100}
          value={value ?? ''}
          placeholder="blank"
          onChange={(e) =>
            onChange(
              issue.id,
              e.target.value === '' ? undefined : Math.max(0, Math.min(100, Math.round(Number(e.target.value)))),
            )
          }
          className="w-20 rounded border border-slate-400 px-1"
        />
        {value !== undefined ? (
          <button
            type="button"
            onClick={() => {
              onChange(issue.id, undefined);
              slider.current?.focus();
            }}
            className="text-sm text-blue-800 underline"
          >
            Clear<span className="sr-only"> {issue.title}</span>
          </button>
        ) : (
          <span className="text-sm italic text-slate-600">Not set: move the slider or type a number</span>
        )}
      </div>
      <IssueScale
        issue={issue}
        rows={rows}
        mark={value === undefined ? undefined : { low: value, high: value }}
        markLabel={value === undefined ? 'no package point set' : 'the package point'}
        redLines={lines}
        zone={zone.kind === 'zone' ? zone : undefined}
        control={
          <>
            <label htmlFor={`${id}-range`} className="sr-only">
              {issue.title}: package point (slider)
            </label>
            <input
              id={`${id}-range`}
              ref={slider}
              type="range"
              min={0}
              max={100}
              step={1}
              value={value ?? 50}
              // An unset point rests in the middle; it is announced as not set, not as 50.
              aria-valuetext={value === undefined ? 'not set' : undefined}
              onChange={(e) => onChange(issue.id, Number(e.target.value))}
              className={`${SCALE_SLIDER_CLASS} ${value === undefined ? 'opacity-40' : ''}`}
            />
          </>
        }
      />
      <p className="mt-1 text-sm" data-testid={`zone-${issue.id}`}>
        <strong>Zone of possible agreement:</strong>{' '}
        {zone.kind === 'zone'
          ? `${zone.low === zone.high ? zone.low : `${zone.low}–${zone.high}`} (inside every placed side’s stance, crossing no placed red line)`
          : zone.reason}
        {zone.unplacedRedLines.length > 0
          ? `. Red lines that cannot be placed on the scale: ${zone.unplacedRedLines.map((l) => l.text).join('; ')}`
          : ''}
      </p>
      {value !== undefined ? (
        <ul
          className="mt-1 grid gap-x-4 text-sm sm:grid-cols-2"
          aria-label={`${issue.title}: each side against the package`}
        >
          {rows.map(({ side, place }) => {
            const r = sideOnIssue(
              value,
              place,
              lines.filter((l) => l.side === side.id),
            );
            return (
              <li key={side.id} data-side={side.id}>
                <strong>{side.name}:</strong>{' '}
                {r.kind === 'no-stance'
                  ? 'no stance placed — nothing can be said'
                  : `${r.distance} ${r.distance === 1 ? 'point' : 'points'} from its stance${r.isRange ? (r.inside ? ' (inside its range)' : ' (outside its range)') : ''}${r.crossed.length > 0 ? `; crosses its red line: ${r.crossed.map((l) => l.text).join('; ')}` : ''}${r.unplaced.length > 0 ? `; red line that cannot be placed: ${r.unplaced.map((l) => l.text).join('; ')}` : ''}`}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
});
