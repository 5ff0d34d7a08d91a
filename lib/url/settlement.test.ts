import { describe, expect, it } from 'vitest';
import { parseSettlement, readQuery, settlementQuery } from '.';

const ISSUES = ['pier', 'tolls', 'ferry'];

describe('a settlement package in the address', () => {
  it('reads one whole number from 0 to 100 per issue, in the issues’ order', () => {
    expect(parseSettlement(readQuery('tolls=0&pier=60'), ISSUES)).toEqual({
      values: { pier: 60, tolls: 0 },
      messages: [],
    });
  });

  it('drops values off the scale and unknown issues, saying which', () => {
    const { values, messages } = parseSettlement(readQuery('pier=101&tolls=4.5&ferry=-1&moon=3'), ISSUES);
    expect(values).toEqual({});
    expect(messages).toEqual([
      'The value for pier, 101, is not a whole number from 0 to 100: ignored.',
      'The value for tolls, 4.5, is not a whole number from 0 to 100: ignored.',
      'The value for ferry, -1, is not a whole number from 0 to 100: ignored.',
      'Not an issue in the data, ignored: moon.',
    ]);
  });

  it('writes a package back in the issues’ order', () => {
    expect(settlementQuery({ ferry: 5, pier: 60 }, ISSUES)).toBe('pier=60&ferry=5');
  });

  it('keeps the start a package came from, so a shared link can say where a number came from', () => {
    expect(parseSettlement(readQuery('pier=43&from=side:northland'), ISSUES)).toEqual({
      values: { pier: 43 },
      messages: [],
      from: 'side:northland',
    });
    expect(settlementQuery({ pier: 43 }, ISSUES, 'side:northland')).toBe('pier=43&from=side%3Anorthland');
    // No package, no origin; a malformed origin is dropped with a message.
    expect(settlementQuery({}, ISSUES, 'side:northland')).toBe('');
    expect(parseSettlement(readQuery('pier=1&from=<x>'), ISSUES).messages).toEqual([
      'Not a start point, ignored: from=<x>.',
    ]);
  });
});
