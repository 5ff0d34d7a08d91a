import { titleCounts, type TitleSlide } from '@/lib/deck/slides/title';
import type { BodyProps } from './parts';

export function TitleBody({ slide, deck }: BodyProps<TitleSlide>) {
  return (
    <div className="flex h-full flex-col justify-center gap-[2cqw]">
      <p className="text-[2.4cqw]">{slide.subject}</p>
      <p className="text-[2cqw] opacity-90">{titleCounts(slide)}</p>
      <p className="text-[1.6cqw] opacity-80">Sides: {deck.stakeholders.map((s) => s.name).join(', ')}</p>
    </div>
  );
}
