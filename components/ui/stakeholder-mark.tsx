import type { Shape } from '@/lib/colors';
import { shapePath } from '@/lib/shapes';

/** A stakeholder's shape in its colour: decoration beside its name, never the only cue. */
export function StakeholderMark({ color, shape, size = 14 }: { color: string; shape: Shape; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      className="inline-block shrink-0 align-[-2px]"
    >
      <path className="mark-shape" d={shapePath(shape, 10, 10, 8.5)} fill={color} stroke="#0f172a" strokeWidth="1" />
    </svg>
  );
}
