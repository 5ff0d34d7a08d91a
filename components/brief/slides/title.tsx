import { titleCounts, type TitleSlide } from '@/lib/deck/slides/title';
import type { BodyProps } from './parts';

export function TitleBody({ slide, deck }: BodyProps<TitleSlide>) {
  return (
    <div className="flex h-full flex-col justify-center gap-[2cqw]">
      <p className="slide-text-[2.4]">{slide.subject}</p>
      <p className="slide-text-[2] opacity-90">{titleCounts(slide)}</p>
      <p className="slide-text-[1.6] opacity-80">Sides: {deck.stakeholders.map((s) => s.name).join(', ')}</p>
    </div>
  );
}
