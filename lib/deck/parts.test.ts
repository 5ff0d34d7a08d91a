import { describe, expect, it } from 'vitest';
import { checkSlide, deckIndex, slideUrl } from './parts';
import type { ShownDeck } from './deck';

// A hand-written two-slide deck (fictional): the index names each slide; a file must be the slide it names.
const title = { id: 'title', kind: 'title', title: 'Harbour talks', notes: [], footnote: '', lines: [] };
const sources = { id: 'sources', kind: 'sources', title: 'Sources', notes: [], footnote: '', items: [] };
const deck = {
  title: 'Harbour talks',
  asOf: '30 Apr 2031',
  asOfDate: '2031-04-30',
  stakeholders: [],
  issues: [],
  slides: [title, sources],
} as unknown as ShownDeck;
const index = deckIndex(deck);

describe('the deck in parts', () => {
  it('lists every slide by id, kind and title, and nothing of their bodies', () => {
    expect(index.slides).toEqual([
      { id: 'title', kind: 'title', title: 'Harbour talks' },
      { id: 'sources', kind: 'sources', title: 'Sources' },
    ]);
    expect(index.asOfDate).toBe('2031-04-30');
    expect(slideUrl(2)).toBe('/brief/slides/2.json');
  });

  it('takes a file that is the slide the index names', () => {
    expect(checkSlide(2, index.slides[1], JSON.parse(JSON.stringify(sources)))).toEqual(sources);
  });

  it('refuses a file that is another slide, cut short, empty, or past the end of the deck', () => {
    expect(() => checkSlide(2, index.slides[1], title)).toThrow('/brief/slides/2.json is not slide 2 (Sources)');
    expect(() => checkSlide(2, index.slides[1], { ...sources, title: 'Sources (1 of 2)' })).toThrow('not slide 2');
    expect(() => checkSlide(2, index.slides[1], { id: 'sources' })).toThrow('not slide 2');
    expect(() => checkSlide(2, index.slides[1], null)).toThrow('not slide 2');
    expect(() => checkSlide(3, index.slides[2], sources)).toThrow('/brief/slides/3.json is not slide 3 of this deck');
  });
});
