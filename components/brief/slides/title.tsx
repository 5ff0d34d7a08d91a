import type { TitleSlide } from '@/lib/deck/slides/title';
import { plural } from '@/lib/format';
import { W, type BodyProps, type PptxTarget } from './parts';

const counts = (s: TitleSlide) => `As of ${s.asOf} · ${plural(s.sources, 'source')} · ${plural(s.statements, 'statement')}`;

export function TitleBody({ slide, deck }: BodyProps<TitleSlide>) {
  return (
    <div className="flex h-full flex-col justify-center gap-[2cqw]">
      <p className="text-[2.4cqw]">{slide.subject}</p>
      <p className="text-[2cqw] opacity-90">{counts(slide)}</p>
      <p className="text-[1.6cqw] opacity-80">Sides: {deck.stakeholders.map((s) => s.name).join(', ')}</p>
    </div>
  );
}

export function titlePptx({ slide, deck }: PptxTarget, s: TitleSlide) {
  slide.addText(s.subject, { x: 0.5, y: 1.6, w: W - 1, h: 2, fontSize: 24 });
  slide.addText(counts(s), { x: 0.5, y: 3.8, w: W - 1, h: 0.6, fontSize: 20 });
  slide.addText(`Sides: ${deck.stakeholders.map((x) => x.name).join(', ')}`, { x: 0.5, y: 4.5, w: W - 1, h: 0.6, fontSize: 16 });
}
