import { describe, expect, it } from 'vitest';
import { containsVerbatim, locate } from './text';
import { foldQuotes } from './quote-marks';

describe('verbatim matching', () => {
  const source = 'He said, “I think the key\n  elements are territorial,” and left.';

  it('ignores whitespace runs and curly versus straight quotes', () => {
    expect(containsVerbatim(source, '"I think the key elements are territorial,"')).toBe(true);
  });

  it('does not forgive a changed word or letter', () => {
    expect(containsVerbatim(source, 'I think the main elements are territorial')).toBe(false);
    expect(containsVerbatim(source, 'I think the key elements are territoral')).toBe(false);
  });

  it('returns offsets in the original text', () => {
    const span = locate(source, 'key elements')!;
    expect(source.slice(span.start, span.end)).toBe('key\n  elements');
  });
});

describe('foldQuotes', () => {
  it('folds curly, low and prime quote marks to straight ones, and nothing else', () => {
    expect(foldQuotes('„Nord’s ‘dam’ is 5′ high“ — “yes”')).toBe('"Nord\'s \'dam\' is 5\' high" — "yes"');
  });
});
