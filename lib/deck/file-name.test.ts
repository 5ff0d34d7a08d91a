import { describe, expect, it } from 'vitest';
import { deckFileName } from './file-name';

describe('deckFileName', () => {
  it('carries the as-of date and the narrowing (the example in the README)', () => {
    expect(
      deckFileName({ asOfDate: '2025-08-07', stakeholders: ['russia', 'ukraine'], issues: ['territory'] }, 'pptx'),
    ).toBe('standpoint-brief-2025-08-07-russia-ukraine-territory.pptx');
  });
  it('says a whole deck by the date alone, and names a since-date', () => {
    expect(deckFileName({ asOfDate: '2033-06-30', stakeholders: [], issues: [] }, 'pdf')).toBe(
      'standpoint-brief-2033-06-30.pdf',
    );
    expect(
      deckFileName({ asOfDate: '2033-06-30', stakeholders: [], issues: ['waters'], since: '2033-06-01' }, 'pptx'),
    ).toBe('standpoint-brief-2033-06-30-waters-since-2033-06-01.pptx');
  });
});
