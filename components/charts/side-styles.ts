import type { Model } from '@/lib/model';
import { stakeholderStyle } from '@/lib/colors';
import { citeSources } from '@/lib/format';
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

/** Citation of the sources of the given statements (all sources when none are given). */
export function citationFor(model: Model, statementIds?: Iterable<string>): string {
  if (!statementIds) return citeSources(model.sources);
  const ids = new Set<string>();
  for (const id of statementIds) {
    const statement = model.statementById.get(id);
    if (statement) ids.add(statement.source);
  }
  return citeSources(model.sources.filter((s) => ids.has(s.id)));
}
