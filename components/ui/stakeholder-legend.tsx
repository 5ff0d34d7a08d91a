import type { Model } from '@/lib/model';
import { stakeholderStyle } from '@/lib/colors';
import { StakeholderMark } from './stakeholder-mark';

/** Who each mark is: shape, colour, name and abbreviation — the key for every chart on a page. */
export function StakeholderLegend({ model }: { model: Model }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1" aria-label="Key to the sides">
      {model.stakeholders.map((s, i) => {
        const style = stakeholderStyle(i);
        return (
          <li key={s.id} className="inline-flex items-center gap-1.5">
            <StakeholderMark color={style.color} shape={style.shape} size={16} />
            <span>
              {s.name} <span className="text-slate-600">({s.abbreviation})</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
