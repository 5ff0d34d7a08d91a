import { describe, expect, it } from 'vitest';
import { buildModel } from '../../model';
import { rawAsOf } from '../../time/asof';
import { lakeHistory } from '../../time/lake-fixture';
import { buildDeck } from '../build';
import { narrowDeck, presentDeck, type DeckSlide } from '../deck';
import { deckOverTime } from '../over-time';
import { overTimeProblems } from '../../url/deck';
import { historyFixture } from '../../seed-data';
import { changes, pageChanges, type ChangesSlide } from './changes';

const slideOf = <K extends DeckSlide['kind']>(slides: DeckSlide[], kind: K) =>
  slides.find((s): s is Extract<DeckSlide, { kind: K }> => s.kind === kind)!;
const all = { stakeholders: [], issues: [] };

describe('the changes slide (lake history, answers worked out by hand)', () => {
  it('lists the move with both values and dates, the demands and the response; counts the statements; names the passed deadline', () => {
    const deck = deckOverTime(lakeHistory(), { asof: null, since: '2040-03-01' });
    expect(deck.slides.map((s) => s.kind).slice(0, 3)).toEqual(['title', 'changes', 'matrix']);
    const slide = slideOf(narrowDeck(deck, all).slides, 'changes');
    expect(slide.title).toBe('What changed since 1 Mar 2040');
    expect(slide.lines.map((l) => `${l.text} (${l.cite})`)).toEqual([
      'Eastvale · Lake use: position moved from 20/100 (10 Jan 2040) to 60/100 (5 Mar 2040), 40 points up the scale; summary reworded (Ena Eastley, 5 Mar 2040)',
      'Eastvale · Lake use: new demand: A joint lake commission (Ena Eastley, 5 Mar 2040)',
      'Eastvale · Lake use: demand withdrawn: Sole use of the lake (Ena Eastley, 20 Mar 2040)',
      'Westmoor · Lake use: new response (partly accepts, analyst judgement) to Eastvale’s demand (Sole use of the lake) (Wim Westrow, 12 Mar 2040)',
    ]);
    expect(slide.events).toEqual(['15 Mar 2040: Deadline passed — Deadline for Westmoor to reply']);
    expect(slide.statementsNote).toBe('Plus 2 new statements by the sides shown (listed on the What changed page).');
    expect(slide.footnote).toBe('Source: Courier, “The Lake Courier”, 10 Jan 2040');
  });

  it('narrows to the chosen sides', () => {
    const deck = deckOverTime(lakeHistory(), { asof: null, since: '2040-03-01' });
    const slide = slideOf(narrowDeck(deck, { stakeholders: ['westmoor'], issues: [] }).slides, 'changes');
    expect(slide.lines.map((l) => l.stakeholder)).toEqual(['westmoor']);
    expect(slide.statementsNote).toBe('Plus 1 new statement by the sides shown (listed on the What changed page).');
  });

  it('says so when nothing changed', () => {
    const deck = deckOverTime(lakeHistory(), { asof: '2040-03-04', since: '2040-01-10' });
    const slide = slideOf(narrowDeck(deck, all).slides, 'changes');
    expect(slide.lines).toEqual([]);
    expect(slide.empty).toBe(
      'Nothing recorded after 10 Jan 2040 up to and including 4 Mar 2040 for the sides and issues shown.',
    );
  });

  it('as of an earlier day: the whole deck stands as it did, and the window ends that day', () => {
    const deck = presentDeck(deckOverTime(lakeHistory(), { asof: '2040-03-10', since: '2040-03-01' }), all);
    expect(slideOf(deck.slides, 'title').asOf).toBe('10 Mar 2040');
    // The ranked moves open What changed; the full list follows on the next slide.
    const changeSlides = deck.slides.filter((s): s is ChangesSlide => s.kind === 'changes');
    expect(changeSlides.map((s) => [s.moves.length, s.lines.length > 0])).toEqual([
      [1, false],
      [0, true],
    ]);
    expect(changeSlides[1]!.lines.map((l) => l.text)).toEqual([
      'Eastvale · Lake use: position moved from 20/100 (10 Jan 2040) to 60/100 (5 Mar 2040), 40 points up the scale; summary reworded',
      'Eastvale · Lake use: new demand: A joint lake commission',
    ]);
  });

  it('splits a long list across slides at full size, never dropping or repeating a line', () => {
    // 115 characters a line: a 226-character change plus its 4 joining characters takes 2.3 lines; 18 lines a slide.
    const line = (n: number) => ({ text: `${n}`.padEnd(226, 'x'), cite: '' });
    const nine = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(line);
    expect(pageChanges(nine, 0).map((p) => p.map((l) => l.text[0]))).toEqual([
      ['1', '2', '3', '4', '5', '6', '7'],
      ['8', '9'],
    ]);
    expect(pageChanges(nine, 3).map((p) => p.map((l) => l.text[0]))).toEqual([
      ['1', '2', '3', '4', '5', '6'],
      ['7', '8', '9'],
    ]);
    const slide = {
      id: 'changes',
      kind: 'changes' as const,
      title: 'What changed since 1 Mar 2040',
      moves: [] as ChangesSlide['moves'],
      lines: nine.map((l) => ({ ...l, stakeholder: 'eastvale' })),
      events: [],
      notes: [],
      footnote: '',
    };
    const pages = changes.fit!(slide, { shown: new Set(['eastvale']) }) as (typeof slide)[];
    expect(pages.map((p) => [p.id, p.title, p.lines.length])).toEqual([
      ['changes', 'What changed since 1 Mar 2040 (1 of 2)', 7],
      ['changes-2', 'What changed since 1 Mar 2040 (2 of 2)', 2],
    ]);
  });
});

describe('the deck over time: what the address asks for', () => {
  it('says plainly what is wrong with asof and since', () => {
    expect(overTimeProblems({ asof: null, since: '2040-03-01' }, '2040-03-31')).toEqual([]);
    expect(overTimeProblems({ asof: '2040-13-01', since: null }, '2040-03-31')).toEqual([
      'The as-of date 2040-13-01 is not a calendar date in the form YYYY-MM-DD, so the deck shows the latest data.',
    ]);
    expect(overTimeProblems({ asof: '2040-03-10', since: '2040-03-10' }, '2040-03-31')).toEqual([
      'The since date (10 Mar 2040) is not before the deck’s as-of date (10 Mar 2040), so the deck has no changes slide.',
    ]);
    expect(overTimeProblems({ asof: '2040-05-01', since: null }, '2040-03-31')).toEqual([
      'The data runs to 31 Mar 2040, so the deck as of 1 May 2040 is the latest data.',
    ]);
  });
});

describe('What to watch over time (lake history)', () => {
  const watch = (raw = lakeHistory()) =>
    slideOf(narrowDeck(buildDeck(buildModel(raw)), all).slides, 'watch').items.map((i) => `${i.label} — ${i.detail}`);

  it('drops the withdrawn demand and the passed deadline; lists the planned summit as planned', () => {
    expect(watch()).toEqual([
      '1 May 2040: Planned lake summit — Planned: after the data’s as-of date.',
      'Eastvale: A joint lake commission — Condition with no stated response from any side.',
    ]);
  });

  it('as of 10 Mar 2040 the deadline is open and the demand for sole use still stands', () => {
    expect(watch(rawAsOf(lakeHistory(), '2040-03-10'))).toEqual([
      '15 Mar 2040: Deadline for Westmoor to reply — Open deadline: after the data’s as-of date.',
      '1 May 2040: Planned lake summit — Planned: after the data’s as-of date.',
      'Eastvale: Sole use of the lake — Condition with no stated response from any side.',
      'Eastvale: A joint lake commission — Condition with no stated response from any side.',
    ]);
  });
});

/**
 * What changed opens with the ranked stance moves, as /changes/ does. The history fixture
 * (lib/fixtures/history-data/README.md) has one move after 19 Jan: Northland's pier 0 → 50 (20 Jan →
 * 15 Mar 2031). The test adds one of its own, larger and later in the data's side order: Southmark's
 * pier 100 (25 Apr) → 20 (28 Apr 2031), 80 points down the scale.
 */
describe('What changed starts with the stance moves, largest first', () => {
  const withSouthmarkMove = () => {
    const raw = historyFixture();
    raw.positions.push({
      ...raw.positions.find((p) => p.id === 'southmark-pier-apr')!,
      id: 'southmark-pier-late',
      asOf: '2031-04-28',
      stance: { value: 20, rationale: 'Fictional test move: Southmark would leave most of the pier to Northland.' },
    });
    return raw;
  };
  const northland = 'Northland moved 50 points on the pier toward Run together (50), 20 Jan → 15 Mar 2031 (0 → 50)';
  const southmark =
    'Southmark moved 80 points on the pier toward Northland keeps it (0), 25 Apr → 28 Apr 2031 (100 → 20)';

  it('the first slide after the title lists the 80-point move before the 50-point one, then the rest follows', () => {
    const deck = presentDeck(deckOverTime(withSouthmarkMove(), { asof: null, since: '2031-01-19' }), all);
    const [, first, second] = deck.slides;
    expect(first!.kind).toBe('changes');
    const summary = first as ChangesSlide;
    expect(summary.title).toBe('What changed since 19 Jan 2031: stance moves, largest first');
    expect(summary.moves.map((m) => m.text)).toEqual([southmark, northland]);
    expect(summary.lines).toEqual([]);
    // The other changes come after, on their own slide.
    expect(second!.kind).toBe('changes');
    expect((second as ChangesSlide).moves).toEqual([]);
    expect((second as ChangesSlide).lines.length).toBeGreaterThan(0);
  });

  it('on the fixture as it is: one move, Northland’s 50 points', () => {
    const deck = presentDeck(deckOverTime(historyFixture(), { asof: null, since: '2031-01-19' }), all);
    expect((deck.slides[1] as ChangesSlide).moves.map((m) => m.text)).toEqual([northland]);
  });

  it('narrowed to Northland, only its move is ranked', () => {
    const deck = presentDeck(deckOverTime(withSouthmarkMove(), { asof: null, since: '2031-01-19' }), {
      stakeholders: ['northland'],
      issues: [],
    });
    expect((deck.slides[1] as ChangesSlide).moves.map((m) => m.text)).toEqual([northland]);
  });

  it('no stance moved in the window (after 30 Mar: Southmark only restated 100): no summary slide', () => {
    const deck = presentDeck(deckOverTime(historyFixture(), { asof: null, since: '2031-03-30' }), all);
    const slides = deck.slides.filter((s) => s.kind === 'changes') as ChangesSlide[];
    expect(slides.map((s) => s.title)).toEqual(['What changed since 30 Mar 2031']);
    expect(slides[0]!.moves).toEqual([]);
  });

  it('twenty moves of about 100 characters: 13 on the first summary slide, 7 on the next, then the rest', () => {
    const move = (n: number) => ({
      stakeholder: 'eastvale',
      issue: 'lake',
      by: 100 - n,
      text: `Eastvale moved ${100 - n} points on lake use toward a fictional place on the scale, 1 Mar → 5 Mar 2040 (${n})`.padEnd(
        100,
        '.',
      ),
    });
    const slide: ChangesSlide = {
      id: 'changes',
      kind: 'changes',
      title: 'What changed since 1 Mar 2040',
      moves: Array.from({ length: 20 }, (_, n) => move(n)),
      lines: [{ stakeholder: 'eastvale', text: 'Eastvale · Lake use: new demand', cite: 'Ena Eastley, 5 Mar 2040' }],
      events: [],
      notes: [],
      footnote: '',
    };
    const pages = changes.fit!(slide, { shown: new Set(['eastvale']) }) as ChangesSlide[];
    expect(pages.map((p) => [p.title, p.moves.length, p.lines.length])).toEqual([
      ['What changed since 1 Mar 2040: stance moves, largest first (1 of 2)', 13, 0],
      ['What changed since 1 Mar 2040: stance moves, largest first (2 of 2)', 7, 0],
      ['What changed since 1 Mar 2040', 0, 1],
    ]);
    expect(pages.map((p) => p.id)).toEqual(['changes-moves', 'changes-moves-2', 'changes']);
  });
});
