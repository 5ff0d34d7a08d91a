import type { SourcesSlide } from '@/lib/deck/slides/sources';
import { W, type PptxTarget } from './parts';

export function sourcesPptx({ slide }: PptxTarget, s: SourcesSlide) {
  slide.addText(
    s.citations.map((c) => ({
      text: c,
      options: { bullet: { type: 'number' as const, numberStartAt: s.start }, breakLine: true, paraSpaceAfter: 6 },
    })),
    { x: 0.5, y: 1.2, w: W - 1, h: 5.5, fontSize: 14, valign: 'top' },
  );
}
