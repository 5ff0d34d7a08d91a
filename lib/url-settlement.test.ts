import { describe, expect, it } from 'vitest';
import { parseSettlementQuery, settlementQuery } from './url-settlement';

describe('the settlement query', () => {
  it('reads a package and reports what it ignores', () => {
    const parsed = parseSettlementQuery(new URLSearchParams('territory=60&security=140&pier=3&summit-format=x'), [
      'territory',
      'security',
      'summit-format',
    ]);
    expect(parsed.values).toEqual({ territory: 60 });
    expect(parsed.ignored.map((i) => i.key)).toEqual(['security', 'pier', 'summit-format']);
  });
  it('writes it back in issue order', () => {
    expect(settlementQuery({ security: 40, territory: 60 }, ['territory', 'security'])).toBe(
      'territory=60&security=40',
    );
  });
});
