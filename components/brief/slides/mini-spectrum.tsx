import { shapePath } from '@/lib/shapes';
import type { DeckSide } from '@/lib/deck/types';
import type { SideLine } from '@/lib/deck/slides/side-line';
import type { IssueSlide } from '@/lib/deck/slides/issue';
import { formatStance, isRange, stanceBounds } from '@/lib/stance';

/** The line over the picture: the key gap, labelled a judgement. */
const keyGapLine = (words: string) => `Key gap (analyst judgement): ${words}`;

type Props = { lines: SideLine[]; sides: DeckSide[]; scale: [string, string, string]; gap: IssueSlide['gap'] };

/**
 * A stance spectrum drawn as plain SVG, so it shows in print and PDF without waiting for scripts.
 * A point stance is a mark; a range is a bar over the part of the scale the sources allow.
 */
export function MiniSpectrum({ lines, sides, scale, gap }: Props) {
  const placed = lines.flatMap((l) => (l.stance ? [{ ...l, stance: l.stance }] : []));
  const x = (v: number) => 60 + v * 10.8;
  const bySide = new Map(sides.map((s) => [s.id, s]));
  // Each label's extent on the line (about 14 units a character at this size). A point's label sits
  // beside its mark; a range's beside its bar, at the end with room. Marks, bars and labels go on
  // three lanes above the line: each on the lowest lane where it runs into nothing drawn before it.
  const labels = placed.map((l) => `${bySide.get(l.stakeholder)?.abbreviation} ${formatStance(l.stance, 'bare')}`);
  const places = placed.map((l, i) => {
    const { low, high } = stanceBounds(l.stance);
    const width = 20 + labels[i]!.length * 14;
    const right = { x: x(high) + 20, anchor: 'start' as const, from: x(high) + 20, to: x(high) + 20 + width };
    const left = { x: x(low) - 20, anchor: 'end' as const, from: x(low) - 20 - width, to: x(low) - 20 };
    if (high <= 60) return right;
    if (low >= 40) return left;
    return x(high) + 20 + width <= 1200
      ? right
      : left.from >= 0
        ? left
        : { ...right, x: x(high) - 8, anchor: 'end' as const };
  });
  const extents = places.map((p, i) => {
    const { low, high } = stanceBounds(placed[i]!.stance);
    return [Math.min(p.from, x(low) - 16), Math.max(p.to, x(high) + 16)];
  });
  const LANES = [0, 28, 56];
  const lifts: number[] = [];
  extents.forEach(([a, b], i) => {
    const clashes = (lane: number) =>
      extents.slice(0, i).filter(([c, d], k) => lifts[k] === lane && a! < d! && c! < b!).length;
    const free = LANES.find((lane) => clashes(lane) === 0);
    lifts.push(free ?? LANES.reduce((best, lane) => (clashes(lane) < clashes(best) ? lane : best)));
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
      aria-label={`Stances (analyst judgements): ${said.join(', ') || 'none'}${gap ? `; key gap ${gap.words}` : ''}.`}
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
          {/* The key gap named, in the words the matrix row prints (keyGapWords); squeezed, never cut, when long. */}
          <text
            x={60}
            y={22}
            className="fill-amber-900 dark-fill-amber text-[22px] font-bold"
            data-key-gap
            {...(keyGapLine(gap.words).length * 12 > 1080
              ? { textLength: 1080, lengthAdjust: 'spacingAndGlyphs' }
              : {})}
          >
            {keyGapLine(gap.words)}
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
        const { low, high } = stanceBounds(l.stance);
        const place = places[i]!;
        return (
          <g key={l.stakeholder} style={{ ['--c' as string]: side.color, ['--cd' as string]: side.darkColor }}>
            {isRange(l.stance) ? (
              // A range is a bar over the part of the scale the sources allow, with no point mark:
              // a mark at its middle would read as a stance the sources never gave.
              <rect
                x={x(low)}
                y={92 - lift}
                width={Math.max(x(high) - x(low), 4)}
                height={16}
                className="deck-mark"
                fillOpacity={0.7}
                stroke="#0f172a"
                strokeWidth={2}
                data-range={`${low}-${high}`}
              />
            ) : (
              <path
                d={shapePath(side.shape, x(low), 100 - lift, 12)}
                className="deck-mark"
                stroke="#0f172a"
                strokeWidth={2}
                data-point={low}
              />
            )}
            <text x={place.x} y={108 - lift} textAnchor={place.anchor} className="fill-current text-[24px] font-bold">
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
