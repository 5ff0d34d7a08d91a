import { shapePath } from '@/lib/shapes';
import type { DeckSide } from '@/lib/deck/types';

/**
 * One side's stance on an HTML slide's 0–100 picture: a range as a bar over the part of the scale the
 * sources allow (no point mark: a mark at its middle would read as a stance the sources never gave),
 * a point as the side's shape, its label where lib/deck/label-layout.ts placed it, and a leader line
 * from the label to the mark. The issue and proposal slides draw stances alike.
 */
export function StanceMark({
  side,
  low,
  high,
  x,
  y,
  lane,
  label,
  labelAt,
  size = { mark: 10, font: 24 },
  range = low !== high,
}: {
  side: DeckSide;
  low: number;
  high: number;
  /** Where a value falls on the picture. */
  x: (v: number) => number;
  /** The mark's lane's middle, and the lane's number. */
  y: number;
  lane: number;
  label: string;
  labelAt: { x: number; y: number };
  size?: { mark: number; font: number };
  /** Drawn as a bar (a range stance), else as the side's shape. */
  range?: boolean;
}) {
  const reach = range ? Math.min(Math.max(labelAt.x, x(low) + 4), x(high) - 4) : x(low);
  return (
    <g style={{ ['--c' as string]: side.color, ['--cd' as string]: side.darkColor }}>
      <line
        x1={labelAt.x}
        y1={labelAt.y + 5}
        x2={reach}
        y2={y - (range ? 6 : size.mark)}
        className="stroke-current"
        strokeOpacity={0.7}
        strokeWidth={2}
      />
      {range ? (
        <rect
          x={x(low)}
          y={y - 6}
          width={Math.max(x(high) - x(low), 4)}
          height={12}
          className="deck-mark"
          fillOpacity={0.7}
          stroke="#0f172a"
          strokeWidth={2}
          data-range={`${low}-${high}`}
          data-lane={lane}
        />
      ) : (
        <path
          d={shapePath(side.shape, x(low), y, size.mark)}
          className="deck-mark"
          stroke="#0f172a"
          strokeWidth={2}
          data-point={low}
          data-lane={lane}
        />
      )}
      <text
        x={labelAt.x}
        y={labelAt.y}
        textAnchor="middle"
        className="fill-current font-bold"
        fontSize={size.font}
        data-stance-label
      >
        {label}
      </text>
    </g>
  );
}
