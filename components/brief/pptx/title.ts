import { titleCounts, type TitleSlide } from '@/lib/deck/slides/title';
import { W, type PptxTarget } from './parts';

export function titlePptx({ slide, deck }: PptxTarget, s: TitleSlide) {
  slide.addText(s.subject, { x: 0.5, y: 1.6, w: W - 1, h: 2, fontSize: 24 });
  slide.addText(titleCounts(s), { x: 0.5, y: 3.8, w: W - 1, h: 0.6, fontSize: 20 });
  slide.addText(`Sides: ${deck.stakeholders.map((x) => x.name).join(', ')}`, {
    x: 0.5,
    y: 4.5,
    w: W - 1,
    h: 0.6,
    fontSize: 16,
  });
}
