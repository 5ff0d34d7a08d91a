import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { seedData } from '../seed-data';
import { buildDeck } from './build';
import { presentDeck, type Selection } from './deck';
import { factsNeeded, joinFacts, splitFacts } from './split';

// The seed data through the project's loader: the whole facts, before they are split.
const full = buildDeck(buildModel(seedData()));
const { common, parts } = splitFacts(JSON.parse(JSON.stringify(full)) as typeof full);
const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
const partsFor = (selection: Selection) =>
  factsNeeded(selection, full.issues).map((id) => parts.find((p) => p.issue === id)!);
const [first, second, third] = full.issues.map((i) => i.id);
const [a, b, c] = full.stakeholders.map((s) => s.id);

describe('the deck facts in parts (a narrowed deck loads only its issues’ parts)', () => {
  it('has one part per issue, and the common part holds no issue slide', () => {
    expect(parts.map((p) => p.issue)).toEqual(full.issues.map((i) => i.id));
    expect(common.slides.map(([, s]) => s.kind)).not.toContain('issue');
    for (const p of parts) expect(p.slides.map(([, s]) => s.kind === 'issue' && s.issue)).toEqual([p.issue]);
  });

  it('a part carries no statement, demand or matrix row of another issue', () => {
    const part = parts.find((p) => p.issue === first)!;
    const statements = part.lists.statements!.map(([, s]) => s as { issues: string[] });
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) expect(s.issues).toContain(first);
    for (const [key, items] of Object.entries(part.lists))
      for (const [, item] of items) {
        const tagged = item as { issue?: string; issues?: string[] };
        if (key !== 'statements' && (tagged.issue || tagged.issues))
          expect([tagged.issue, ...(tagged.issues ?? [])], key).toContain(first);
      }
  });

  for (const [name, selection] of [
    ['one issue', { stakeholders: [], issues: [first!] }],
    ['three sides and two issues', { stakeholders: [a!, b!, c!], issues: [third!, first!] }],
    ['two sides, every issue', { stakeholders: [b!, c!], issues: [] }],
    ['nothing narrowed', { stakeholders: [], issues: [] }],
  ] as [string, Selection][])
    it(`narrows to the same deck as the whole facts: ${name}`, () => {
      const joined = joinFacts(json(common) as typeof common, json(partsFor(selection)) as typeof parts);
      expect(presentDeck(joined, selection)).toEqual(presentDeck(full, selection));
    });

  it('with every part, gives back the whole facts', () => {
    expect(joinFacts(common, parts)).toEqual(full);
  });

  it('needs only the chosen issues’ parts', () => {
    expect(factsNeeded({ stakeholders: [a!], issues: [second!] }, full.issues)).toEqual([second]);
    expect(factsNeeded({ stakeholders: [a!], issues: [] }, full.issues)).toEqual(full.issues.map((i) => i.id));
  });
});
