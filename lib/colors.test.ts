import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, PALETTE, contrastRatio, stakeholderStyle } from './colors';

describe('stakeholder colours', () => {
  it.each(['light', 'dark'] as const)('every %s-theme mark reaches 3:1 against its background', (theme) => {
    for (const colour of PALETTE[theme]) {
      expect(contrastRatio(colour, BACKGROUNDS[theme]), colour).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives the first sides distinct colours and shapes', () => {
    const styles = Array.from({ length: 7 }, (_, i) => stakeholderStyle(i));
    expect(new Set(styles.map((s) => s.color)).size).toBe(7);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(7);
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });
});
