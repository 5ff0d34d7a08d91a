import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { buildDeck } from './build';
import { fitDeck, narrowDeck, presentDeck, type DeckSlide } from './deck';
import { SLIDE_FIT } from './types';
import { answerOf, pageDemandRows } from './slides/demands';
import { seedData } from '../seed-data';
import { handDataset } from '../analysis/hand-fixture';

const slideOf = <K extends DeckSlide['kind']>(slides: DeckSlide[], kind: K) =>
  slides.find((s): s is Extract<DeckSlide, { kind: K }> => s.kind === kind)!;
const all = { stakeholders: [], issues: [] };

describe('the briefing deck', () => {
  it('has a title, the matrix, a slide per issue, demands, timeline, what to watch and sources', () => {
    const raw = seedData();
    const deck = presentDeck(buildDeck(buildModel(raw)), all);
    // A long list (demands, events, items, sources) continues over several slides: count each kind's run once.
    expect(deck.slides.map((s) => s.kind).filter((k, i, kinds) => k === 'issue' || kinds[i - 1] !== k)).toEqual([
      'title',
      'matrix',
      ...raw.issues.map(() => 'issue'),
      'demands',
      'timeline',
      'watch',
      'sources',
    ]);
    // One short source line per slide: the citations, or how many sources there are (listed at the end).
    for (const s of deck.slides.filter((x) => x.kind !== 'sources')) {
      expect(s.footnote, s.id).toMatch(/^Sources?: |^\d+ sources? — listed at the end$/);
      expect(s.footnote.length, s.id).toBeLessThanOrEqual(150);
    }
  });

  it('puts events after the as-of date and conflicts on the watch list', () => {
    const raw = seedData();
    const watch = slideOf(narrowDeck(buildDeck(buildModel(raw)), all).slides, 'watch');
    const later = raw.events.filter((e) => e.date > raw.dataset.asOf);
    for (const e of later) expect(watch.items.map((i) => i.label).join('\n')).toContain(e.label);
    const conflicts = raw.positions.flatMap((p) => p.conflicts);
    for (const c of conflicts) expect(watch.items.map((i) => i.detail)).toContain(c.summary);
  });

  it('narrows to chosen sides and issues', () => {
    const raw = seedData();
    const deck = narrowDeck(buildDeck(buildModel(raw)), { stakeholders: ['russia', 'ukraine'], issues: ['territory'] });
    expect(deck.slides.filter((s) => s.kind === 'issue')).toHaveLength(1);
    const matrix = slideOf(deck.slides, 'matrix');
    expect(matrix.rows.map((r) => r.issue)).toEqual(['territory']);
    expect(matrix.rows[0]!.cells.map((c) => c.stakeholder)).toEqual(['russia', 'ukraine']);
  });

  it('narrows every slide: counts, timeline, demands, notes and what to watch speak only of the chosen sides and issue', () => {
    const raw = seedData();
    const chosen = ['russia', 'ukraine'];
    const deck = narrowDeck(buildDeck(buildModel(raw)), { stakeholders: chosen, issues: ['territory'] });
    // Counted from the raw records, not through the deck: statements by Russian or Ukrainian actors tagged territory.
    const sideOfActor = new Map(raw.actors.map((a) => [a.id, a.stakeholder]));
    const expected = raw.statements.filter(
      (s) => chosen.includes(sideOfActor.get(s.actor)!) && s.issues.includes('territory'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(raw.statements.length);

    expect(slideOf(deck.slides, 'title').statements).toBe(expected.length);
    const timeline = slideOf(deck.slides, 'timeline');
    expect(timeline.perSide.reduce((n, p) => n + p.count, 0)).toBe(expected.length);
    expect(timeline.takeaway).toMatch(new RegExp(`^${expected.length} statements? on territory[ ,]`));

    const others = raw.stakeholders.filter((s) => !chosen.includes(s.id)).map((s) => s.name);
    const demands = slideOf(deck.slides, 'demands');
    for (const row of demands.rows) {
      expect(chosen).toContain(row.stakeholder);
      expect(row.issue).toBe('territory');
      for (const r of row.responses) expect(chosen).toContain(r.stakeholder);
    }
    for (const slide of deck.slides) {
      const words = [
        // The full citations (an outlet may share a side's name) are checked by the footnote tests.
        ...slide.notes.filter((n) => !n.startsWith('Sources: ')),
        ...(slide.kind === 'watch' ? slide.items.map((i) => `${i.label} ${i.detail}`) : []),
      ].join('\n');
      // As a whole word: an event naming "European leaders" does not name the side "Europe".
      for (const name of others)
        expect(words, `${slide.id} names ${name}`).not.toMatch(
          new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`),
        );
    }
  });

  it('cuts each slide to what fits, and says what it cut', () => {
    const raw = seedData();
    const base = raw.stakeholders[0]!;
    for (let i = 0; i < 4; i++)
      raw.stakeholders.push({ ...base, id: `extra-${i}`, name: `Extra ${i}`, abbreviation: `X${'ABCD'[i]}` });
    const fitted = presentDeck(buildDeck(buildModel(raw)), all);
    expect(fitted.stakeholders).toHaveLength(SLIDE_FIT.sides);
    const issue = slideOf(fitted.slides, 'issue');
    expect(issue.lines).toHaveLength(SLIDE_FIT.lines);
    expect(issue.omitted).toBe(
      `${raw.stakeholders.length - SLIDE_FIT.lines} more sides not shown: narrow the deck to see them`,
    );
    // A cut side that has statements is left off every slide too (it has no colour or name on the deck).
    const speaker = { ...raw.actors[0]!, id: 'extra-speaker', stakeholder: 'extra-3' };
    raw.actors.push(speaker);
    raw.statements.push({ ...raw.statements[0]!, id: 'extra-statement', actor: speaker.id });
    const withCutSpeaker = presentDeck(buildDeck(buildModel(raw)), all);
    const kept = new Set(withCutSpeaker.stakeholders.map((s) => s.id));
    for (const slide of withCutSpeaker.slides) {
      if (slide.kind === 'timeline')
        expect(slide.perSide.map((p) => p.stakeholder).filter((id) => !kept.has(id))).toEqual([]);
      if (slide.kind === 'issue')
        expect(slide.lines.map((l) => l.stakeholder).filter((id) => !kept.has(id))).toEqual([]);
    }
    const seedFitted = fitDeck(narrowDeck(buildDeck(buildModel(seedData())), all));
    expect(seedFitted.slides.every((s) => !s.omitted)).toBe(true);
  });
});

describe('the deck on a hand-built dataset (answers worked out by hand)', () => {
  const deck = () => buildDeck(buildModel(handDataset()));

  it('says a condition is in play only while the side that partly accepts it is shown', () => {
    const details = (stakeholders: string[]) =>
      slideOf(narrowDeck(deck(), { stakeholders, issues: [] }).slides, 'watch').items.map(
        (i) => `${i.label} — ${i.detail}`,
      );
    expect(details([])).toEqual([
      '20 Apr 2031: Planned summit — Open deadline: after the data’s as-of date.',
      'Eastvale: Monthly border talks — Condition in play: Northland partly accepts (analysts’ reading).',
    ]);
    expect(details(['east', 'south'])).toEqual([
      '20 Apr 2031: Planned summit — Open deadline: after the data’s as-of date.',
    ]);
  });

  it('counts, lists and cites only the chosen sides on the chosen issue', () => {
    const shown = narrowDeck(deck(), { stakeholders: ['north', 'south'], issues: ['water'] });
    expect(slideOf(shown.slides, 'title').statements).toBe(5);
    const timeline = slideOf(shown.slides, 'timeline');
    expect(timeline.takeaway).toBe(
      '5 statements on water rights from 10 Jan 2031 to 2 Mar 2031; the busiest date is 1 Mar 2031, with 3.',
    );
    expect(timeline.perSide).toEqual([
      { stakeholder: 'north', count: 3, first: '10 Jan 2031', last: '1 Mar 2031' },
      { stakeholder: 'south', count: 2, first: '1 Mar 2031', last: '2 Mar 2031' },
    ]);
    const demands = slideOf(shown.slides, 'demands').rows.map(
      (r) => `${r.stakeholder} ${r.text}: ${r.responses.map((x) => `${x.stakeholder} ${x.label}`).join(', ')}`,
    );
    expect(demands).toEqual([
      'north Rules out: Any new dam upstream: south Rejects',
      'south A fixed share of the river: north Rejects',
    ]);
    const issue = slideOf(shown.slides, 'issue');
    // Northland at 20 and Southmark at 80 on water: 60 apart, shaded from 20 to 80 (two points: no
    // darker nearest-ends part), named as the matrix names it.
    expect(issue.gap).toEqual({
      gap: { min: 60, max: 60 },
      from: 20,
      to: 80,
      near: null,
      words: 'Northland–Southmark: 60 points apart, far apart',
      pair: [
        { id: 'north', name: 'Northland' },
        { id: 'south', name: 'Southmark' },
      ],
    });
    expect(shown.slides.filter((s) => s.kind === 'issue')).toHaveLength(1);
  });

  it('says what each side answered a demand: its own, its response, or that it stated none', () => {
    // The facts carry only stated responses; a side with none still reads as such on the slide and in the .pptx.
    const row = {
      stakeholder: 'north',
      issue: 'water',
      text: 'A fixed share of the river',
      responses: [{ stakeholder: 'south', label: 'Rejects', sources: [] }],
      sources: [],
    };
    expect(['north', 'south', 'east'].map((side) => answerOf(row, side))).toEqual([
      '(own)',
      'Rejects',
      'No stated response',
    ]);
  });

  it('splits a long demand table across slides at full size, never dropping or repeating a row', () => {
    const row = (n: number, length: number) => ({ text: `${n}`.padEnd(length, 'x') });
    // 48 characters a line, two at least: a 40-character row takes 2.4 lines, a 200-character row 5.4, the
    // header 2.4 (its head says, on two lines, that the verdicts are the analysts' reading).
    expect(pageDemandRows([row(1, 40), row(2, 40), row(3, 40)], 10).map((p) => p.map((r) => r.text[0]))).toEqual([
      ['1', '2', '3'],
    ]);
    expect(pageDemandRows([row(1, 200), row(2, 200), row(3, 40)], 11).map((p) => p.map((r) => r.text[0]))).toEqual([
      ['1'],
      ['2', '3'],
    ]);
    const shown = presentDeck(buildDeck(buildModel(seedData())), all);
    const pages = shown.slides.filter((s) => s.kind === 'demands');
    const rows = pages.flatMap((p) => (p.kind === 'demands' ? p.rows : []));
    const built = narrowDeck(buildDeck(buildModel(seedData())), all).slides.find((s) => s.kind === 'demands');
    expect(rows.map((r) => r.text)).toEqual(built!.kind === 'demands' ? built!.rows.map((r) => r.text) : []);
    expect(new Set(pages.map((p) => p.id)).size).toBe(pages.length);
    if (pages.length > 1) expect(pages[0]!.title).toMatch(/\(1 of \d\)$/);
  });
});

describe('events on a narrowed timeline slide (seed data)', () => {
  const raw = seedData();
  const labels = (issues: string[]) =>
    slideOf(narrowDeck(buildDeck(buildModel(raw)), { stakeholders: [], issues }).slides, 'timeline').events.map(
      (e) => e.label,
    );
  // Expected from data/events.json: an event tagged with issues shows only with one of them; an untagged one always.
  const expected = (issue: string | undefined) =>
    raw.events
      .filter((e) => !issue || !e.issues || e.issues.includes(issue))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((e) => e.label);

  it('keeps every event for the whole deck', () => {
    expect(labels([])).toEqual(expected(undefined));
  });

  it('narrowed to territory, drops the events tagged only with other issues and keeps the untagged ones', () => {
    const territory = labels(['territory']);
    expect(territory).toEqual(expected('territory'));
    expect(territory.length).toBeLessThan(raw.events.length);
    const deadline = raw.events.find((e) => e.kind === 'deadline')!;
    expect(deadline.issues).toEqual(['sanctions-deadlines']);
    expect(territory).not.toContain(deadline.label);
    expect(labels(['sanctions-deadlines'])).toContain(deadline.label);
  });
});
