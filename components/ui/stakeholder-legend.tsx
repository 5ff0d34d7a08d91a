import type { Model } from '@/lib/model';
import { reshapeSides } from '@/lib/reshape';
import { SideMark } from './side-mark';

/** Who each mark is: shape, colour, name and abbreviation — the key for every chart on a page. */
export function StakeholderLegend({ model }: { model: Model }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1" aria-label="Key to the sides">
      {reshapeSides(model).map((side) => (
        <li key={side.id} className="inline-flex items-center gap-1.5">
          <SideMark side={side} size={16} />
          <span>
            {side.name} <span className="text-slate-600">({side.abbreviation})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
