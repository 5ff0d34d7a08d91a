import { shapePath } from '@/lib/shapes';
import type { DeckSide } from '@/lib/deck/types';
import type { SideLine } from '@/lib/deck/slides/side-line';

type Props = { lines: SideLine[]; sides: DeckSide[]; scale: [string, string, string]; gap: number | null };

/** A stance spectrum drawn as plain SVG, so it shows in print and PDF without waiting for scripts. */
export function MiniSpectrum({ lines, sides, scale, gap }: Props) {
  const placed = lines.filter((l) => l.stance !== null);
  const x = (v: number) => 60 + v * 10.8;
  const bySide = new Map(sides.map((s) => [s.id, s]));
  const values = placed.map((l) => l.stance!);
  return (
    <svg
      viewBox="0 0 1200 150"
      className="w-full shrink-0"
      role="img"
      aria-label={`Stances: ${placed.map((l) => `${bySide.get(l.stakeholder)?.name} ${l.stance}`).join(', ') || 'none'} (analyst judgements)`}
    >
      {gap !== null && values.length >= 2 ? (
        <g>
          <rect
            x={x(Math.min(...values))}
            y={30}
            width={x(Math.max(...values)) - x(Math.min(...values))}
            height={70}
            className="fill-amber-300/25 stroke-amber-800"
            strokeDasharray="6 4"
          />
          <text
            x={(x(Math.min(...values)) + x(Math.max(...values))) / 2}
            y={22}
            textAnchor="middle"
            className="fill-amber-900 dark-fill-amber text-[22px] font-bold"
          >
            Gap {gap}
          </text>
        </g>
      ) : null}
      <line x1={60} x2={1140} y1={100} y2={100} className="stroke-current" strokeWidth={3} />
      {[0, 50, 100].map((v) => (
        <line key={v} x1={x(v)} x2={x(v)} y1={92} y2={108} className="stroke-current" strokeWidth={3} />
      ))}
      {placed.map((l, i) => {
        const side = bySide.get(l.stakeholder)!;
        const lift = placed.slice(0, i).some((o) => Math.abs(o.stance! - l.stance!) < 6) ? 34 : 0;
        return (
          <g key={l.stakeholder} style={{ ['--c' as string]: side.color, ['--cd' as string]: side.darkColor }}>
            <path
              d={shapePath(side.shape, x(l.stance!), 66 - lift, 16)}
              className="deck-mark"
              stroke="#0f172a"
              strokeWidth={2}
            />
            <text x={x(l.stance!) + 22} y={74 - lift} className="fill-current text-[24px] font-bold">
              {side.abbreviation} {l.stance}
            </text>
          </g>
        );
      })}
      <text x={60} y={140} className="fill-current text-[22px]">
        0 · {scale[0]}
      </text>
      <text x={600} y={140} textAnchor="middle" className="fill-current text-[22px]">
        50 · {scale[1]}
      </text>
      <text x={1140} y={140} textAnchor="end" className="fill-current text-[22px]">
        {scale[2]} · 100
      </text>
    </svg>
  );
}
