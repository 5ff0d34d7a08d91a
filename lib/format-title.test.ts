import { describe, expect, it } from 'vitest';
import { quotedTitle } from './format';

// Fictional sources, answers written by hand.
describe('quotedTitle', () => {
  it('puts a source’s own headline in quotation marks, and nothing after it', () => {
    expect(quotedTitle({ title: 'Ferry talks stall at Marrow Isle' })).toBe('“Ferry talks stall at Marrow Isle”');
    expect(quotedTitle({ title: 'Ferry talks stall', inferred: ['published'] })).toBe('“Ferry talks stall”');
  });

  it('says so when the analyst wrote the title (the source has none)', () => {
    expect(quotedTitle({ title: 'Three questions on the lagoon', inferred: ['outlet', 'title'] })).toBe(
      '“Three questions on the lagoon” (title inferred)',
    );
  });
});
