import type { Side } from '@/lib/reshape';
import type { Shape } from '@/lib/colors';
import { shapePath } from '@/lib/shapes';

/**
 * A side's mark in its colour: decoration beside its name, never the only cue. The one mark of every
 * view: from a reshaped side (its path drawn already, so client views carry no shape code), or from a
 * colour and shape (the deck's and the charts' plain sides).
 */
export function SideMark(
  props: ({ side: Pick<Side, 'style' | 'mark'> } | { color: string; shape: Shape }) & { size?: number },
) {
  const { size = 14 } = props;
  const [color, path] =
    'side' in props ? [props.side.style.color, props.side.mark] : [props.color, shapePath(props.shape, 10, 10, 8.5)];
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      className="inline-block shrink-0 align-[-2px]"
    >
      <path className="mark-shape" d={path} fill={color} stroke="#0f172a" strokeWidth="1" />
    </svg>
  );
}
