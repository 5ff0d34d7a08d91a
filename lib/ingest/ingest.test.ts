import { describe, expect, it } from 'vitest';
import { existingSourceOf, ingest, type DatasetView } from './ingest';

// A hand-written, fictional article with no publication date. Its dates, worked out by hand for
// publication on 3 January 2032: "on Dec. 30" is 30 Dec 2031 (the year before), "the day before
// the Dec. 30 vote" is 29 Dec 2031, the undated remark takes the publication date (approximate).
const ARTICLE = `Vote splits the Orvane council

The Orvane council chair Tamsin Roe said on Dec. 30 that the vote "settled nothing".
The day before the Dec. 30 vote, councillor Bram Ostler said the chamber "was never going to agree".

"We start again in spring," Roe said.
`;
const data: DatasetView = { actors: [], stakeholders: [], issues: [] };
const bytes = new TextEncoder().encode(ARTICLE);

describe('ingest: never a date from the clock', () => {
  it('without a publication date: none proposed, no statement dated, each saying why; extent asked', () => {
    const proposal = ingest('a.txt', bytes, data);
    expect(proposal.needsPublished).toBe(true);
    expect(proposal.source.published).toBeNull();
    expect(proposal.source.extent).toBeNull();
    expect(proposal.candidates.map((c) => c.date)).toEqual([null, null, null]);
    for (const c of proposal.candidates) expect(c.dateNote).toContain('publication date');
  });

  it('with one: every date on or before it, in the right year; the analyst-given date is not inferred', () => {
    const proposal = ingest('a.txt', bytes, data, { published: '2032-01-03' });
    expect(proposal.candidates.map((c) => [c.quote?.slice(0, 12), c.date, c.dateApprox])).toEqual([
      ['settled noth', '2031-12-30', false],
      ['was never go', '2031-12-29', false],
      ['We start aga', '2032-01-03', true],
    ]);
    expect(proposal.source).toMatchObject({ published: '2032-01-03', publishedApprox: false });
    expect(proposal.source.inferred).not.toContain('published');
  });

  it('keeps the text byte for byte (line breaks inside a paragraph too)', () => {
    expect(ingest('a.txt', bytes, data).text).toBe(ARTICLE);
  });
});

describe('an article already in the data', () => {
  it('is found by its text, whitespace aside, and only then', () => {
    const texts = new Map([
      ['orvane-vote', ARTICLE.replace(/\n/g, '\n\n')],
      ['other', 'Another article.\n'],
    ]);
    const sources = [{ id: 'other' }, { id: 'orvane-vote' }];
    expect(existingSourceOf(ARTICLE, sources, texts)?.id).toBe('orvane-vote');
    expect(existingSourceOf(ARTICLE.replace('nothing', 'everything'), sources, texts)).toBeUndefined();
  });
});
