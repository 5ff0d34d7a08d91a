/** What the HTML slide bodies share: a side's name with its mark. */
import type { DeckSide } from '@/lib/deck/types';
import type { ShownDeck } from '@/lib/deck/deck';
import type { ReactNode } from 'react';
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

/** A slide table's header: its first column's heading, then a column per side shown. */
export function SideColumnsHead({
  label,
  labelClass,
  cellClass,
  sides,
  head,
}: {
  label: string;
  labelClass: string;
  cellClass: string;
  sides: DeckSide[];
  head: (side: DeckSide) => ReactNode;
}) {
  return (
    <thead>
      <tr>
        <th scope="col" className={`${labelClass} text-left`}>
          {label}
        </th>
        {sides.map((s) => (
          <th key={s.id} scope="col" className={`${cellClass} text-left`}>
            {head(s)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
