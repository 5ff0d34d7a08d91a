import { NOTHING_TO_WATCH, type WatchSlide } from '@/lib/deck/slides/watch';
import { W, type PptxTarget } from './parts';

export function watchPptx({ slide }: PptxTarget, s: WatchSlide) {
  const text = s.items.length
    ? s.items.map((i) => ({ text: `${i.label} — ${i.detail}`, options: { bullet: true, breakLine: true } }))
    : NOTHING_TO_WATCH;
  slide.addText(text, { x: 0.5, y: 1.2, w: W - 1, h: 5.5, fontSize: 14, valign: 'top' });
}
