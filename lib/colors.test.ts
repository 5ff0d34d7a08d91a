import { describe, expect, it } from 'vitest';
import { BACKGROUNDS, PALETTE, contrastRatio, sideStyles, stakeholderStyle } from './colors';

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

  it.each(Array.from({ length: 60 }, (_, i) => i + 1))(
    'gives each of %i sides its own colour-and-shape pair, and its own shape while shapes last',
    (count) => {
      // Hand-written rule: 8 colours × 8 shapes; the first 8 sides differ by shape alone.
      const styles = Array.from({ length: count }, (_, i) => stakeholderStyle(i));
      expect(new Set(styles.map((s) => `${s.color} ${s.shape}`)).size).toBe(count);
      expect(new Set(styles.map((s) => s.shape)).size).toBe(Math.min(count, 8));
      expect(new Set(styles.map((s) => s.color)).size).toBe(Math.min(count, 8));
    },
  );

  it('keeps the size fixture’s nine sides apart (Westhaven and Harbourmasters’ Guild were both orange circles)', () => {
    const [first, ninth, eighth] = [stakeholderStyle(0), stakeholderStyle(8), stakeholderStyle(7)];
    expect(ninth.color).toBe(first.color);
    expect(ninth.shape).not.toBe(first.shape);
    expect(eighth.shape).not.toBe('circle');
  });

  it('without colours chosen in the data, every side takes the style of its place', () => {
    const styles = sideStyles(Array.from({ length: 60 }, () => undefined));
    styles.forEach((style, i) => expect(style).toEqual(stakeholderStyle(i)));
  });

  it('keeps pairs and shapes distinct when the data chooses colours, even the same one twice', () => {
    const [orange, blue] = [PALETTE.light[0], PALETTE.light[1]];
    // Hand-written: side 2 chooses side 0's orange, side 3 chooses orange too, side 5 blue.
    const chosen = [undefined, undefined, orange, orange, undefined, blue, undefined, undefined, undefined];
    const styles = sideStyles(chosen);
    expect(styles.map((s) => s.color).slice(0, 4)).toEqual([orange, PALETTE.light[1], orange, orange]);
    expect(styles[2]!.darkColor).toBe(PALETTE.dark[0]);
    expect(new Set(styles.map((s) => `${s.color} ${s.shape}`)).size).toBe(chosen.length);
    expect(new Set(styles.slice(0, 8).map((s) => s.shape)).size).toBe(8);
  });

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });
});
