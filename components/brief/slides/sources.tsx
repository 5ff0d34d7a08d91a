import type { SourcesSlide } from '@/lib/deck/slides/sources';
import type { BodyProps } from './parts';

export function SourcesBody({ slide }: BodyProps<SourcesSlide>) {
  return (
    <ol start={slide.start} className="list-decimal space-y-[1cqw] pl-[3.5cqw] slide-text-[1.5] leading-snug">
      {slide.citations.map((c, i) => (
        <li key={i}>{c}</li>
      ))}
    </ol>
  );
}
