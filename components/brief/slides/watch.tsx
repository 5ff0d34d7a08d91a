import { NOTHING_TO_WATCH, type WatchSlide } from '@/lib/deck/slides/watch';
import type { BodyProps } from './parts';

export function WatchBody({ slide }: BodyProps<WatchSlide>) {
  return (
    <ul className="space-y-[0.7cqw] slide-text-[1.45] leading-snug">
      {slide.items.length === 0 ? <li>{NOTHING_TO_WATCH}</li> : null}
      {slide.items.map((item, i) => (
        <li key={i}>
          <strong>{item.label}</strong> — {item.detail}
        </li>
      ))}
    </ul>
  );
}
