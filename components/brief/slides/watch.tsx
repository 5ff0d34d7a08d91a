import type { WatchSlide } from '@/lib/deck/slides/watch';
import { W, type BodyProps, type PptxTarget } from './parts';

const NOTHING = 'No open deadlines or conditions in the data.';

export function WatchBody({ slide }: BodyProps<WatchSlide>) {
  return (
    <ul className="space-y-[0.7cqw] text-[1.45cqw] leading-snug">
      {slide.items.length === 0 ? <li>{NOTHING}</li> : null}
      {slide.items.map((item, i) => (
        <li key={i}>
          <strong>{item.label}</strong> — {item.detail}
        </li>
      ))}
    </ul>
  );
}

export function watchPptx({ slide }: PptxTarget, s: WatchSlide) {
  const text = s.items.length ? s.items.map((i) => ({ text: `${i.label} — ${i.detail}`, options: { bullet: true, breakLine: true } })) : NOTHING;
  slide.addText(text, { x: 0.5, y: 1.2, w: W - 1, h: 5.5, fontSize: 14, valign: 'top' });
}
