import { describe, expect, it } from 'vitest';
import { quotedSpans } from './quote-marks';

describe('words inside quotation marks', () => {
  it('finds straight, curly, guillemet and low-high pairs', () => {
    const { spans, unpaired } = quotedSpans('a "one" b “two” c «three» d „four“ e „five”');
    expect(spans.map((s) => s.words)).toEqual(['one', 'two', 'three', 'four', 'five']);
    expect(unpaired).toEqual([]);
  });

  it('leaves single marks alone: they double as apostrophes', () => {
    expect(quotedSpans("Moscow's so-called 'root causes'").spans).toEqual([]);
  });

  it('reports a mark that is never closed, or a closing mark with no opening one', () => {
    expect(quotedSpans('He said "far away').unpaired).toEqual([8]);
    expect(quotedSpans('far away” he said').unpaired).toEqual([8]);
  });
});
