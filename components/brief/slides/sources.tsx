import type { SourcesSlide } from '@/lib/deck/slides/sources';
import { W, type BodyProps, type PptxTarget } from './parts';

export function SourcesBody({ slide }: BodyProps<SourcesSlide>) {
  return (
    <ol className="list-decimal space-y-[1cqw] pl-[2cqw] text-[1.5cqw] leading-snug">
      {slide.citations.map((c, i) => (
        <li key={i}>{c}</li>
      ))}
    </ol>
  );
}

export function sourcesPptx({ slide }: PptxTarget, s: SourcesSlide) {
  slide.addText(s.citations.map((c) => ({ text: c, options: { bullet: { type: 'number' as const }, breakLine: true } })), { x: 0.5, y: 1.2, w: W - 1, h: 5.5, fontSize: 14, valign: 'top' });
}
