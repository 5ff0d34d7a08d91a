/** What the slide renderers share: a side's name with its mark, and the PowerPoint frame's measures. */
import type PptxGenJS from 'pptxgenjs';
import type { DeckSide } from '@/lib/deck/types';
import type { ShownDeck } from '@/lib/deck/deck';
import { StakeholderMark } from '@/components/ui/stakeholder-mark';

export function SideName({ side }: { side: DeckSide }) {
  return (
    <span className="inline-flex items-center gap-[0.4cqw] font-bold" style={{ ['--c' as string]: side.color, ['--cd' as string]: side.darkColor }}>
      <StakeholderMark color={side.color} shape={side.shape} size={22} />
      {side.name}
    </span>
  );
}

/** Props of a slide kind's HTML body. */
export type BodyProps<S> = { slide: S; deck: ShownDeck; side: (id: string) => DeckSide };

/** What a slide kind's PowerPoint renderer draws into. */
export type PptxTarget = { pptx: PptxGenJS; slide: PptxGenJS.Slide; deck: ShownDeck; side: (id: string) => DeckSide };

/** Slide width in inches (16:9). */
export const W = 13.333;
export const hex = (c: string) => c.replace('#', '').toUpperCase();
export const HEADER = { bold: true, fill: { color: 'E2E8F0' } };
export const BORDER = { type: 'solid' as const, color: '94A3B8', pt: 1 };
