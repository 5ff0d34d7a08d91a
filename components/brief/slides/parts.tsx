/** What the HTML slide bodies share: a side's name with its mark. */
import type { DeckSide } from '@/lib/deck/types';
import type { ShownDeck } from '@/lib/deck/deck';
import type { ReactNode } from 'react';
import { SideMark } from '@/components/ui/side-mark';

export function SideName({ side }: { side: DeckSide }) {
  return (
    // The name sits on the line's baseline, the mark centred beside it: text after the name (an issue
    // slide's "stance 50/100") shares its baseline. (Centring every item made the mark's bottom edge
    // the baseline, and the text after the name sat lower than the name.)
    <span
      className="inline-flex items-baseline gap-[0.4cqw] font-bold"
      data-side={side.id}
      style={{ ['--c' as string]: side.color, ['--cd' as string]: side.darkColor }}
    >
      <span className="flex self-center">
        <SideMark color={side.color} shape={side.shape} size={22} />
      </span>
      {side.name}
    </span>
  );
}

/**
 * A part of a slide that keeps its width on a phone and scrolls sideways there, saying so above itself
 * (app/globals.css, .slide-scroll); on a 16:9 slide it is a plain box. Tables scroll alike without it.
 */
export function SlideScroll({ className = '', children }: { className?: string; children: ReactNode }) {
  return <div className={`slide-scroll ${className}`}>{children}</div>;
}

/** Props of a slide kind's HTML body. */
export type BodyProps<S> = { slide: S; deck: ShownDeck; side: (id: string) => DeckSide };

/**
 * The two side tables' header cells: the first column's width and every cell's padding; on a phone,
 * where the table scrolls sideways, the least width of its first column and of a side's column.
 */
const HEADS = {
  demands: { label: 'w-[42%] p-[0.3cqw] deck-phone:min-w-44', cell: 'p-[0.3cqw] deck-phone:min-w-24' },
  matrix: { label: 'w-[14%] p-[0.4cqw] deck-phone:min-w-32', cell: 'p-[0.4cqw] deck-phone:min-w-36' },
} as const;

/** A slide table's header: its first column's heading, then a column per side shown. */
export function SideColumnsHead({
  table,
  label,
  sides,
  head,
}: {
  table: keyof typeof HEADS;
  label: string;
  sides: DeckSide[];
  head: (side: DeckSide) => ReactNode;
}) {
  return (
    <thead>
      <tr>
        <th scope="col" className={`${HEADS[table].label} text-left`}>
          {label}
        </th>
        {sides.map((s) => (
          <th key={s.id} scope="col" className={`${HEADS[table].cell} text-left`} data-side={s.id}>
            {head(s)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
