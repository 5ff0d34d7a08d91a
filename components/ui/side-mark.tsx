import type { Side } from '@/lib/reshape';

/**
 * A side's mark in its colour, from the path the reshape layer drew, so client views carry no shape
 * code. Draws what StakeholderMark draws (kept apart: that one computes the path, for charts and slides).
 */
export function SideMark({ side, size = 14 }: { side: Side; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      className="inline-block shrink-0 align-[-2px]"
    >
      <path className="mark-shape" d={side.mark} fill={side.style.color} stroke="#0f172a" strokeWidth="1" />
    </svg>
  );
}
