import { describe, expect, it } from 'vitest';
import { passageSegments } from './analysis/passages';
import { getModel } from './data';
import { sourcePage } from './page-views';

describe('source page', () => {
  it('highlights a passage across sentences and paragraphs, whole', () => {
    const text = 'Intro. The envoy said the harbour stays open.\n\nShe added that ships may dock. Unrelated close.';
    const segments = passageSegments(text, [
      { id: 'a', passage: 'The envoy said the harbour stays open. She added that ships may dock.' },
    ]);
    expect(
      segments
        .filter((s) => s.covering.includes('a'))
        .map((s) => s.text)
        .join(''),
    ).toBe('The envoy said the harbour stays open.\n\nShe added that ships may dock.');
  });

  it('links every highlighted passage of every source to its statement, and positions and demands to theirs', () => {
    const model = getModel();
    for (const source of model.sources) {
      const view = sourcePage(model, source.id)!;
      const highlighted = new Set(view.segments.flatMap((s) => s.covering));
      const links = view.segments.flatMap((s) => s.citedBy);
      for (const id of highlighted) {
        const statement = model.statements.find((s) => s.id === id)!;
        expect(
          links.some((l) => l.kind === 'statement' && l.label.includes(statement.actorRecord.name)),
          id,
        ).toBe(true);
      }
      const cited = model.positions.filter((p) => p.statements.some((s) => highlighted.has(s)));
      expect(links.filter((l) => l.kind === 'position').length).toBeGreaterThanOrEqual(cited.length);
      const demands = model.demands.filter((d) => d.statements.some((s) => highlighted.has(s)));
      for (const d of demands)
        expect(
          links.some((l) => l.kind === 'demand' && l.label.endsWith(d.text)),
          d.id,
        ).toBe(true);
    }
  });
});
