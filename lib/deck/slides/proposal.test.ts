/**
 * The "<proposal> against the sides" slides, on the settlement fixture. Expected values are the
 * hand-written answers of lib/fixtures/settlement-data/README.md ("Expected answers", "Deck slide").
 */
import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../../load';
import { buildModel } from '../../model';
import { readProposals } from '../../proposals/load';
import { deckOverTime } from '../over-time';
import type { RawDataset } from '../../types';
import { buildDeck } from '../build';
import { narrowDeck, presentDeck, type DeckSlide, type Selection } from '../deck';
import { sideLineText, type ProposalFacts, type ProposalSlide } from './proposal';
import { proposalChartSvg } from '../../proposals/chart-svg';

const DIR = 'lib/fixtures/settlement-data';
const loaded = readDataFolder(DIR);
if (!loaded.ok) throw new Error('settlement fixture does not load');
const raw: RawDataset = loaded.data;
const proposals = readProposals(DIR, raw, (f) => f).proposals!;
const all: Selection = { stakeholders: [], issues: [] };

const slides = (selection = all, day?: string): ProposalSlide[] => {
  // As of a day: the deck the /brief/ page computes in the browser for ?asof= (lib/deck/over-time.ts).
  const deck = day ? deckOverTime(raw, { asof: day, since: null }, proposals) : buildDeck(buildModel(raw), proposals);
  return narrowDeck(deck, selection).slides.filter((s): s is ProposalSlide => s.kind === 'proposal');
};
const slideOf = (id: string, selection = all, day?: string) => slides(selection, day).find((s) => s.proposal === id)!;
const row = (s: ProposalSlide, term: string, side: string) =>
  s.terms.find((t) => t.id === term)!.sides.find((x) => x.stakeholder === side)!;

describe('the proposal slides', () => {
  it('one slide per proposal, in the file order, titled with the proposal, after the demands', () => {
    expect(slides().map((s) => s.title)).toEqual([
      'The Lakes Council’s plan against the sides',
      'Eastholm’s counter-plan against the sides',
      'The Lakes Council’s revised plan against the sides',
    ]);
    const kinds = narrowDeck(buildDeck(buildModel(raw), proposals), all).slides.map((s: DeckSlide) => s.kind);
    expect(kinds.indexOf('proposal')).toBe(kinds.indexOf('demands') + 1);
  });

  it('each term against every bargaining side: distance, inside or not, red lines crossed, response with its quote', () => {
    const counter = slideOf('eastholm-counter');
    expect(counter.terms.map((t) => t.id)).toEqual(['water-sixty', 'eastern-bay']);
    // Observers (Lake Watch) are no sides to the talks.
    expect(counter.terms[0]!.sides.map((s) => s.stakeholder)).toEqual(['westria', 'eastholm', 'lakes-council']);
    const west = row(counter, 'water-sixty', 'westria');
    expect(west.distance).toBe('10 points from the term to the nearest edge of its range; outside its range');
    expect(west.crossed).toEqual(['Giving Eastholm more than half of the water']);
    expect(west.response).toMatchObject({
      label: 'Rejects',
      quote: { text: 'is a non-starter on water', speaker: 'Ivo Lenk' },
    });
    expect(row(counter, 'water-sixty', 'eastholm').distance).toBe('0 points; inside its range');
    expect(row(counter, 'water-sixty', 'eastholm').crossed).toEqual([]);
    expect(row(counter, 'eastern-bay', 'westria').distance).toMatch(/^20–40 points/);
    expect(row(counter, 'water-sixty', 'lakes-council')).toMatchObject({
      stance: null,
      distance: 'nothing can be said: no stance placed',
      response: null,
    });
    const revised = slideOf('council-plan-revised');
    expect(row(revised, 'joint-patrols', 'westria').distance).toBe('nothing can be said: no stance placed');
    // Eastholm's red line on patrols cannot be placed, so it is not counted as crossed.
    expect(row(revised, 'joint-patrols', 'eastholm')).toMatchObject({
      distance: '50 points from its stance; not at its stance',
      crossed: [],
      response: { label: 'Rejects', quote: { text: 'are still patrols', speaker: 'Mara Quist' } },
    });
    const plan = slideOf('council-plan');
    expect(row(plan, 'water-half', 'westria')).toMatchObject({ distance: '0 points; inside its range', crossed: [] });
    expect(row(plan, 'fishing-tilt', 'eastholm').distance).toBe(
      '10 points from the term to the nearest edge of its range; outside its range',
    );
    expect(row(plan, 'fishing-tilt', 'westria').response?.label).toBe('Partly');
  });

  it('a verdict reads as the analysts’ reading; the side that put the proposal forward "Proposed it"', () => {
    // README "Deck slide": the lines as the slide (HTML and .pptx) prints them after the side's name.
    const counter = slideOf('eastholm-counter');
    expect(sideLineText(row(counter, 'water-sixty', 'westria'))).toBe(
      'stance 0–50 · 10 points from the term to the nearest edge of its range; outside its range · crosses red line: Giving Eastholm more than half of the water · Rejects (analysts’ reading) “is a non-starter on water” — Ivo Lenk',
    );
    for (const term of ['water-sixty', 'eastern-bay']) {
      expect(sideLineText(row(counter, term, 'eastholm'))).toMatch(/ · Proposed it$/);
      expect(sideLineText(row(counter, term, 'lakes-council'))).toMatch(/ · No stated response$/);
    }
    for (const term of ['water-half', 'fishing-tilt'])
      expect(sideLineText(row(slideOf('council-plan'), term, 'lakes-council'))).toMatch(/ · Proposed it$/);
    expect(sideLineText(row(slideOf('council-plan'), 'fishing-tilt', 'westria'))).toMatch(
      / · Partly \(analysts’ reading\)/,
    );
  });

  it('a range stance is drawn as its bounds, a term as its place', () => {
    const plan = slideOf('eastholm-counter');
    expect(row(plan, 'water-sixty', 'westria').stance).toMatchObject({ low: 0, high: 50 });
    expect(plan.terms[1]!.place).toMatchObject({ low: 70, high: 90 });
  });

  it('speaker notes hold the full responses and the citations; the footnote is one short line', () => {
    const counter = slideOf('eastholm-counter');
    const notes = counter.notes.join('\n');
    expect(notes).toMatch(
      /Westria rejects the term \(Sixty.*\) \(analyst judgement: .*\): “is a non-starter on water” — Ivo Lenk, 19 Mar/,
    );
    expect(notes).toMatch(/^Sources: /m);
    expect(counter.footnote).toMatch(/^Sources?: /);
    expect(counter.footnote.length).toBeLessThanOrEqual(150);
  });

  it('follows the narrowing: ?i= drops terms (and slides left with none), ?s= drops sides', () => {
    expect(slides({ stakeholders: [], issues: ['patrols'] }).map((s) => s.proposal)).toEqual(['council-plan-revised']);
    expect(slideOf('council-plan-revised', { stakeholders: [], issues: ['patrols'] }).terms.map((t) => t.id)).toEqual([
      'joint-patrols',
    ]);
    const west = slideOf('council-plan', { stakeholders: ['westria'], issues: [] });
    expect(west.terms.flatMap((t) => t.sides.map((s) => s.stakeholder))).toEqual(['westria', 'westria']);
    expect(west.notes.join('\n')).not.toMatch(/Eastholm accepts/);
  });

  it('as of 2 March 2032: only the Council plan, cut to what was known', () => {
    const day = '2032-03-02';
    expect(slides(all, day).map((s) => s.proposal)).toEqual(['council-plan']);
    const plan = slideOf('council-plan', all, day);
    expect(row(plan, 'water-half', 'westria').distance).toBe('nothing can be said: no stance placed');
    expect(row(plan, 'water-half', 'westria').response?.label).toBe('Accepts');
    expect(row(plan, 'water-half', 'eastholm').response).toBeNull();
    expect(row(plan, 'fishing-tilt', 'westria').distance).toBe('10 points from its stance; not at its stance');
  });

  it('a proposal with more terms than a slide holds continues on a further slide, "(1 of 2)"', () => {
    const facts = buildDeck(buildModel(raw), proposals).slides.find(
      (s): s is ProposalFacts => s.kind === 'proposal' && s.proposal === 'council-plan',
    )!;
    const many = {
      ...facts,
      terms: [...facts.terms, ...facts.terms, ...facts.terms].map((t, n) => ({ ...t, id: `${t.id}-${n}` })),
    };
    const shown = presentDeck({ ...buildDeck(buildModel(raw), proposals), slides: [many] }, all)
      .slides as ProposalSlide[];
    expect(shown.length).toBeGreaterThan(1);
    expect(shown[0]!.title).toBe(`The Lakes Council’s plan against the sides (1 of ${shown.length})`);
    expect(shown.flatMap((s) => s.terms.map((t) => t.id))).toEqual(many.terms.map((t) => t.id));
  });

  it('the stand-alone image says what the slide says; inside quotation marks only a speaker’s exact words', () => {
    const counter = slideOf('eastholm-counter');
    const { svg } = proposalChartSvg(counter.terms, (id) => ({
      name: id,
      abbreviation: id.slice(0, 2),
      color: '#123456',
    }));
    expect(svg).toContain(
      'westria: stance 0–50 · 10 points from the term to the nearest edge of its range; outside its range · crosses red line:',
    );
    expect(svg).toContain('“is a non-starter on water” — Ivo Lenk');
    // A range is a bar (a rect with the side's colour), a point a circle: Westria's water 0–50 is no circle.
    expect(svg.match(/<circle/g)?.length ?? 0).toBe(1); // Westria's fishing 50, on eastern-bay
    // Well-formed: no attribute twice on one element (a browser refuses to draw such a file).
    expect(svg).not.toMatch(/<[^>]*\bfont-size="[^"]*"[^>]*\bfont-size=/);
    const quotes = [...svg.matchAll(/“([^”]*)”/g)].map((m) => m[1]);
    expect(quotes).toEqual(['is a non-starter on water']);
  });
});
