import type { Side } from '@/lib/reshape';
import { stanceBounds, stanceMiddle, type StancePlace } from '@/lib/stance';

/**
 * A range stance drawn as a bar over the part of the 0–100 scale the evidence allows, in the side's
 * colour; a point stance draws nothing here (its mark says where it is). Decorative: the scale's
 * accessible name and the words beneath say "range".
 */
export function StanceBar({ side, stance, offset = 0 }: { side: Side; stance: StancePlace; offset?: number }) {
  if (stance.value !== undefined) return null;
  const { low, high } = stanceBounds(stance);
  return (
    <span
      aria-hidden="true"
      data-range={`${low}-${high}`}
      className="absolute top-1/2 h-2.5 rounded-sm border"
      style={{
        left: `${low}%`,
        width: `${high - low}%`,
        marginTop: `${offset - 5}px`,
        background: `color-mix(in srgb, ${side.style.color} 35%, transparent)`,
        borderColor: side.style.color,
      }}
    />
  );
}

/**
 * Where a point stance's mark goes. A range draws no mark (its bar is the whole reading); callers that
 * still need a place for a range's label get its middle.
 */
export function markLeft(stance: StancePlace): string {
  return `${stanceMiddle(stance)}%`;
}
