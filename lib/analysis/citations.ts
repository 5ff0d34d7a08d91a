import type { Model } from '../model';
import { citeSources } from '../format';

/** The citation line for the sources the given statements come from (every source when none given). */
export function citeStatementSources(model: Model, statementIds?: Iterable<string>): string {
  if (!statementIds) return citeSources(model.sources);
  const used = new Set<string>();
  for (const id of statementIds) {
    const statement = model.statementById.get(id);
    if (statement) used.add(statement.source);
  }
  return citeSources(model.sources.filter((s) => used.has(s.id)));
}
