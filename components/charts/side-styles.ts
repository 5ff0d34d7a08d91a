import type { Model } from '@/lib/model';
import { stakeholderStyle } from '@/lib/colors';
import type { SideStyle } from './types';

/** Every stakeholder's name, abbreviation, colour and shape, by id — what chart leaves need to draw it. */
export function sideStyles(model: Model): Map<string, SideStyle> {
  return new Map(
    model.stakeholders.map((s, i) => {
      const style = stakeholderStyle(i);
      return [s.id, { id: s.id, name: s.name, abbreviation: s.abbreviation, color: style.color, shape: style.shape }];
    }),
  );
}
