/**
 * The issue slide's date warning, on the history fixture (lib/fixtures/history-data, its README.md):
 * on the pier the current stances are dated 20 Jan (Observers), 15 Mar (Northland) and 25 Apr 2031
 * (Southmark), 95 days apart against a 60-day window.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, readDataFolder } from '../../load';
import { buildModel } from '../../model';
import { historyFixture } from '../../seed-data';
import { rawAsOf } from '../../time/asof';
import { buildDeck } from '../build';
import { narrowDeck, presentDeck, type DeckSlide } from '../deck';
import { offSlideGapWords } from './issue';

const raw = historyFixture();
const pierSlide = (slides: DeckSlide[]) =>
  slides.find((s): s is Extract<DeckSlide, { kind: 'issue' }> => s.kind === 'issue' && s.issue === 'pier')!;

describe('the issue slide says when its stances are far apart in time', () => {
  it('with every side: 95 days apart, more than the 60-day window', () => {
    const deck = narrowDeck(buildDeck(buildModel(raw)), { stakeholders: [], issues: [] });
    expect(pierSlide(deck.slides).spread).toBe(
      'Stances up to 95 days apart (20 Jan 2031 to 25 Apr 2031): the gap may not reflect one moment.',
    );
  });

  it('narrowed to Northland and Southmark (15 Mar and 25 Apr, 41 days): no warning', () => {
    const deck = narrowDeck(buildDeck(buildModel(raw)), { stakeholders: ['northland', 'southmark'], issues: [] });
    expect(pierSlide(deck.slides).spread).toBeUndefined();
  });

  it('as of 16 Mar the same sides stood 54 days apart (20 Jan to 15 Mar): no warning', () => {
    const deck = narrowDeck(buildDeck(buildModel(rawAsOf(raw, '2031-03-16'))), { stakeholders: [], issues: [] });
    expect(pierSlide(deck.slides).spread).toBeUndefined();
  });
});

/**
 * The key gap on the pier, named as the matrix row names it (README: at 2031-04-30 Northland stands
 * at 50, Southmark at 100; the Observers are analysts, whose 20–80 reading never makes the key gap).
 */
describe('the issue slide names the key gap', () => {
  it('Northland–Southmark, 50 points apart, far apart — not the analysts’ wider reading', () => {
    const deck = narrowDeck(buildDeck(buildModel(raw)), { stakeholders: [], issues: [] });
    const gap = pierSlide(deck.slides).gap!;
    expect(gap.words).toBe('Northland–Southmark: 50 points apart, far apart');
    expect([gap.from, gap.to]).toEqual([50, 100]);
  });

  it('as of 16 Mar (Northland 50 on 15 Mar, Southmark 100 since 10 Feb) the same pair and size', () => {
    const deck = narrowDeck(buildDeck(buildModel(rawAsOf(raw, '2031-03-16'))), { stakeholders: [], issues: [] });
    expect(pierSlide(deck.slides).gap!.words).toBe('Northland–Southmark: 50 points apart, far apart');
  });

  it('as of 28 Feb (Northland 0, Southmark 100): 100 points apart, at opposite ends', () => {
    const deck = narrowDeck(buildDeck(buildModel(rawAsOf(raw, '2031-02-28'))), { stakeholders: [], issues: [] });
    expect(pierSlide(deck.slides).gap!.words).toBe('Northland–Southmark: 100 points apart, at opposite ends');
  });

  it('narrowed to Northland alone: no pair, no key gap', () => {
    const deck = narrowDeck(buildDeck(buildModel(raw)), { stakeholders: ['northland'], issues: [] });
    expect(pierSlide(deck.slides).gap).toBeNull();
  });
});

/**
 * On a deck of many sides an issue slide draws only the first six (lib/fixtures/size-data/README.md:
 * "A deck shows six sides; the last three are cut"), while the key gap is the issue's own: on fishing
 * it is Eastreach–Harbourmasters’ Guild, 70 points (README, Charts), and the Guild is one of the cut
 * three. The slide keeps the pair the matrix names and says the Guild is not on it.
 */
describe('the issue slide’s key gap when one of the pair is not on the slide', () => {
  const size = readDataFolder(path.resolve('lib/fixtures/size-data'));
  if (!size.ok) throw new Error(size.problems.map(formatProblem).join('\n'));
  const fishing = (stakeholders: string[]) =>
    presentDeck(buildDeck(buildModel(size.data)), { stakeholders, issues: [] }).slides.filter(
      (s): s is Extract<DeckSlide, { kind: 'issue' }> => s.kind === 'issue' && s.issue === 'fishing',
    );

  it('every fishing slide of the whole deck names the pair and says the Guild is not on it', () => {
    const slides = fishing([]);
    expect(slides.length).toBeGreaterThan(0);
    for (const slide of slides) {
      expect(slide.lines.map((l) => l.stakeholder)).not.toContain('guild');
      // How to see it: the slide's cut-sides line (README: the last three are cut with a note).
      expect(slide.omitted).toBe('3 more sides not shown: narrow the deck to see them');
      expect(slide.gap!.words).toBe(
        'Eastreach–Harbourmasters’ Guild: 70 points apart, far apart; Harbourmasters’ Guild is not on this slide',
      );
    }
  });

  it('narrowed to Eastreach and the Guild, both are drawn and the words are the matrix’s alone', () => {
    for (const slide of fishing(['eastreach', 'guild']))
      expect(slide.gap!.words).toBe('Eastreach–Harbourmasters’ Guild: 70 points apart, far apart');
  });

  it('when neither of the pair is drawn, it names both', () => {
    const words = 'Northland–Southmark: 40 points apart, some way apart';
    const pair = ['Northland', 'Southmark'].map((name) => ({ id: name.toLowerCase(), name }));
    const gap = { gap: { min: 40, max: 40 }, from: 10, to: 50, near: null, words, pair };
    expect(offSlideGapWords(gap, ['observers'])).toBe(
      'Northland–Southmark: 40 points apart, some way apart; Northland and Southmark are not on this slide',
    );
  });
});

/**
 * The key gap's band says what its words say (lib/fixtures/size-data/README.md, Charts): on the
 * Lagoon waters at 2033-06-30 Marrow stands at 30–70 and Eastreach at 80, so the key gap ER–ICM is
 * 10–50 points; the light band runs 30–80 (the most it can be, 50) and the darker part 70–80 (the
 * least, 10) — not one band over 70–80 alone, which would draw a 10-point gap.
 */
describe('the issue slide draws the key gap over the ends furthest apart, the nearest ends darker', () => {
  const size = readDataFolder(path.resolve('lib/fixtures/size-data'));
  if (!size.ok) throw new Error(size.problems.map(formatProblem).join('\n'));

  it('Lagoon waters: light 30–80, darker 70–80', () => {
    const slides = presentDeck(buildDeck(buildModel(size.data)), { stakeholders: [], issues: [] }).slides.filter(
      (s): s is Extract<DeckSlide, { kind: 'issue' }> => s.kind === 'issue' && s.issue === 'waters',
    );
    expect(slides.length).toBeGreaterThan(0);
    for (const slide of slides) {
      expect(slide.gap!.words).toMatch(/^Eastreach–Isle Council of Marrow: 10–50 points apart/);
      expect([slide.gap!.from, slide.gap!.to]).toEqual([30, 80]);
      expect(slide.gap!.near).toEqual({ from: 70, to: 80 });
    }
  });
});
