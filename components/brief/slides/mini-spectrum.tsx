import { shapePath } from '@/lib/shapes';
import type { DeckSide } from '@/lib/deck/types';
import type { SideLine } from '@/lib/deck/slides/side-line';
import type { IssueSlide } from '@/lib/deck/slides/issue';
import { formatGap, formatStance, isRange, stanceBounds } from '@/lib/stance';

type Props = { lines: SideLine[]; sides: DeckSide[]; scale: [string, string, string]; gap: IssueSlide['gap'] };

/**
 * A stance spectrum drawn as plain SVG, so it shows in print and PDF without waiting for scripts.
 * A point stance is a mark; a range is a bar over the part of the scale the sources allow.
 */
export function MiniSpectrum({ lines, sides, scale, gap }: Props) {
  const placed = lines.flatMap((l) => (l.stance ? [{ ...l, stance: l.stance }] : []));
  const x = (v: number) => 60 + v * 10.8;
  const bySide = new Map(sides.map((s) => [s.id, s]));
  const centre = (l: (typeof placed)[number]) => {
    const { low, high } = stanceBounds(l.stance);
    return (low + high) / 2;
  };
  // Each label's extent on the line (about 14 units a character at this size); a label that would
  // run into an earlier one on its lane moves up a lane.
  const labels = placed.map((l) => `${bySide.get(l.stakeholder)?.abbreviation} ${formatStance(l.stance, 'bare')}`);
  const extents = placed.map((l, i) => {
    const at = x(centre(l));
    const width = 40 + labels[i]!.length * 14;
    return centre(l) > 70 ? [at - width, at + 20] : [at - 20, at + width];
  });
  const lifts: number[] = [];
  extents.forEach(([a, b], i) => {
    const clash = (lane: number) => extents.slice(0, i).some(([c, d], k) => lifts[k] === lane && a! < d! && c! < b!);
    lifts.push(clash(0) ? (clash(34) ? 0 : 34) : 0);
  });
  const said = placed.map(
    (l) =>
      `${bySide.get(l.stakeholder)?.name} ${formatStance(l.stance, 'spoken')}${isRange(l.stance) ? ' (a range)' : ''}`,
  );
  return (
    <svg
      viewBox="0 0 1200 200"
      className="w-full shrink-0"
      role="img"
      aria-label={`Stances (analyst judgements): ${said.join(', ') || 'none'}${gap ? `; the farthest are ${formatGap(gap.gap)}` : ''}.`}
    >
      {gap !== null ? (
        <g>
          <rect
            x={x(gap.from)}
            y={30}
            width={Math.max(x(gap.to) - x(gap.from), 2)}
            height={100}
            className="fill-amber-300/25 stroke-amber-800"
            strokeDasharray="6 4"
          />
          <text
            x={Math.min(Math.max((x(gap.from) + x(gap.to)) / 2, 400), 800)}
            y={22}
            textAnchor="middle"
            className="fill-amber-900 dark-fill-amber text-[22px] font-bold"
          >
            Gap: {formatGap(gap.gap)} (analyst judgement)
          </text>
        </g>
      ) : null}
      <line x1={60} x2={1140} y1={130} y2={130} className="stroke-current" strokeWidth={3} />
      {[0, 50, 100].map((v) => (
        <line key={v} x1={x(v)} x2={x(v)} y1={122} y2={138} className="stroke-current" strokeWidth={3} />
      ))}
      {placed.map((l, i) => {
        const side = bySide.get(l.stakeholder)!;
        const lift = lifts[i]!;
        const leftward = centre(l) > 70;
        const { low, high } = stanceBounds(l.stance);
        return (
          <g key={l.stakeholder} style={{ ['--c' as string]: side.color, ['--cd' as string]: side.darkColor }}>
            {isRange(l.stance) ? (
              <rect
                x={x(low)}
                y={134 + (i % 3) * 9}
                width={x(high) - x(low)}
                height={8}
                className="deck-mark"
                fillOpacity={0.7}
                stroke="#0f172a"
                strokeWidth={1}
                data-range={`${low}-${high}`}
              />
            ) : null}
            <path
              d={shapePath(side.shape, x(centre(l)), 96 - lift, 16)}
              className="deck-mark"
              stroke="#0f172a"
              strokeWidth={2}
            />
            <text
              x={x(centre(l)) + (leftward ? -22 : 22)}
              y={104 - lift}
              textAnchor={leftward ? 'end' : 'start'}
              className="fill-current text-[24px] font-bold"
            >
              {labels[i]}
            </text>
          </g>
        );
      })}
      <text x={60} y={190} className="fill-current text-[22px]">
        0 · {scale[0]}
      </text>
      <text x={600} y={190} textAnchor="middle" className="fill-current text-[22px]">
        50 · {scale[1]}
      </text>
      <text x={1140} y={190} textAnchor="end" className="fill-current text-[22px]">
        {scale[2]} · 100
      </text>
    </svg>
  );
}
