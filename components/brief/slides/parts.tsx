/** What the HTML slide bodies share: a side's name with its mark. */
import type { DeckSide } from '@/lib/deck/types';
import type { ShownDeck } from '@/lib/deck/deck';
import { SideMark } from '@/components/ui/side-mark';

export function SideName({ side }: { side: DeckSide }) {
  return (
    <span
      className="inline-flex items-center gap-[0.4cqw] font-bold"
      style={{ ['--c' as string]: side.color, ['--cd' as string]: side.darkColor }}
    >
      <SideMark color={side.color} shape={side.shape} size={22} />
      {side.name}
    </span>
  );
}

/** Props of a slide kind's HTML body. */
export type BodyProps<S> = { slide: S; deck: ShownDeck; side: (id: string) => DeckSide };
