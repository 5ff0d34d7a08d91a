import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { buildDeck } from './deck';
import { fitDeck, narrowDeck, SLIDE_FIT } from './narrow-deck';
import { seedData } from '../seed-data';


describe('the briefing deck', () => {
  it('has a title, the matrix, a slide per issue, demands, timeline, what to watch and sources', () => {
    const raw = seedData();
    const deck = buildDeck(buildModel(raw));
    expect(deck.slides.map((s) => s.kind)).toEqual(['title', 'matrix', ...raw.issues.map(() => 'issue'), 'demands', 'timeline', 'watch', 'sources']);
    for (const s of deck.slides.filter((x) => x.kind !== 'sources')) expect(s.footnote, s.id).toMatch(/^Source: /);
  });

  it('puts events after the as-of date and conflicts on the watch list', () => {
    const raw = seedData();
    const watch = buildDeck(buildModel(raw)).slides.find((s) => s.kind === 'watch')!;
    if (watch.kind !== 'watch') throw new Error('no watch slide');
    const later = raw.events.filter((e) => e.date > raw.dataset.asOf);
    for (const e of later) expect(watch.items.map((i) => i.label).join('\n')).toContain(e.label);
    const conflicts = raw.positions.flatMap((p) => p.conflicts);
    for (const c of conflicts) expect(watch.items.map((i) => i.detail)).toContain(c.summary);
  });

  it('narrows to chosen sides and issues', () => {
    const raw = seedData();
    const deck = narrowDeck(buildDeck(buildModel(raw)), ['russia', 'ukraine'], ['territory']);
    expect(deck.slides.filter((s) => s.kind === 'issue')).toHaveLength(1);
    const matrix = deck.slides.find((s) => s.kind === 'matrix')!;
    if (matrix.kind !== 'matrix') throw new Error('no matrix');
    expect(matrix.rows.map((r) => r.issue)).toEqual(['territory']);
    expect(matrix.rows[0]!.cells.map((c) => c.stakeholder)).toEqual(['russia', 'ukraine']);
  });

  it('cuts each slide to what fits, and says what it cut', () => {
    const raw = seedData();
    const base = raw.stakeholders[0]!;
    for (let i = 0; i < 4; i++) raw.stakeholders.push({ ...base, id: `extra-${i}`, name: `Extra ${i}`, abbreviation: `X${'ABCD'[i]}` });
    const fitted = fitDeck(buildDeck(buildModel(raw)));
    expect(fitted.stakeholders).toHaveLength(SLIDE_FIT.sides);
    const issue = fitted.slides.find((s) => s.kind === 'issue')!;
    if (issue.kind !== 'issue') throw new Error('no issue slide');
    expect(issue.lines).toHaveLength(SLIDE_FIT.lines);
    expect(issue.omitted).toBe(`${raw.stakeholders.length - SLIDE_FIT.lines} more sides not shown: narrow the deck to see them`);
    // A cut side that has statements is left off every slide too (it has no colour or name on the deck).
    const speaker = { ...raw.actors[0]!, id: 'extra-speaker', stakeholder: 'extra-3' };
    raw.actors.push(speaker);
    raw.statements.push({ ...raw.statements[0]!, id: 'extra-statement', actor: speaker.id });
    const withCutSpeaker = fitDeck(buildDeck(buildModel(raw)));
    const kept = new Set(withCutSpeaker.stakeholders.map((s) => s.id));
    for (const slide of withCutSpeaker.slides) {
      if (slide.kind === 'timeline') expect(slide.perSide.map((p) => p.stakeholder).filter((id) => !kept.has(id))).toEqual([]);
      if (slide.kind === 'issue') expect(slide.lines.map((l) => l.stakeholder).filter((id) => !kept.has(id))).toEqual([]);
    }
    const seedFitted = fitDeck(buildDeck(buildModel(seedData())));
    expect(seedFitted.slides.every((s) => !s.omitted)).toBe(true);
  });
});
