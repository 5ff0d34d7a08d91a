/** The statement timeline's layout in pixels; the answers worked out by hand in the comments. */
import { describe, expect, it } from 'vitest';
import { eventGroupLabel, groupEvents, laneBands, laneName, markRadius, placeCounts } from './timeline-layout';

const DAY = 86_400_000;

describe('placeCounts', () => {
  it('a count alone sits right under its mark', () => {
    expect(placeCounts([120], [3], 0, 320)).toEqual([120]);
  });

  it('the counts of marks 3 px apart are pushed apart until none touches another', () => {
    // Marks at 100, 103 and 106 px (three statements dated a day apart on a phone): "1", "12", "3".
    const centres = placeCounts([100, 103, 106], [1, 12, 3], 0, 320) as number[];
    // In their marks' order, and each pair at least half their widths apart: the widest, "12", is
    // two figures of 13-px bold type (under 20 px), the others one (under 10 px).
    expect(centres[1]! - centres[0]!).toBeGreaterThanOrEqual(5 + 10);
    expect(centres[2]! - centres[1]!).toBeGreaterThanOrEqual(10 + 5);
    // Still near their marks: the middle one stays within a label's width of 103.
    expect(Math.abs(centres[1]! - 103)).toBeLessThan(10);
  });

  it('keeps counts inside the chart at its right edge', () => {
    const [centre] = placeCounts([318], [25], 0, 320);
    // "25" is about 19 px wide: its middle at most 320 − 9.
    expect(centre).toBeLessThanOrEqual(311);
  });

  it('leaves counts to the table when a lane has more than its row holds', () => {
    // 40 one-figure counts need 40 × (9.4 + 4) px, far more than 100 px.
    const xs = Array.from({ length: 40 }, (_, i) => 50 + i);
    expect(
      placeCounts(
        xs,
        xs.map(() => 1),
        0,
        100,
      ),
    ).toEqual(xs.map(() => null));
  });
});

describe('laneBands and markRadius', () => {
  it('a 64-px lane: name on the top line, counts on the bottom one, marks up to 13 px across the middle', () => {
    const bands = laneBands(64);
    // 64/2 − 18 (a line of 13-px type) − 1 = 13.
    expect(bands.maxR).toBe(13);
    expect(bands.headY).toBe(-32 + 14);
    expect(bands.countY).toBe(32 - 5);
    // One statement: 7 + 3 = 10 px; nine: 7 + 9 = 16, held to 13.
    expect(markRadius(1, bands.maxR)).toBe(10);
    expect(markRadius(9, bands.maxR)).toBe(13);
  });
});

describe('groupEvents', () => {
  // Fifteen events twelve days apart over 180 days, as the size fixture's talks run.
  const events = Array.from({ length: 15 }, (_, n) => ({ n, x: (6 + 12 * n) * DAY, approx: n === 1 }));
  const domain: [number, number] = [0, 180 * DAY];

  it('on a wide plot each event has its own label', () => {
    // 12 days are 2000 × 12/180 ≈ 133 px: room for any label.
    const groups = groupEvents(events, domain, 2000);
    expect(groups.map(eventGroupLabel)).toEqual([
      'E1',
      'E2 (c.)',
      ...Array.from({ length: 13 }, (_, i) => `E${i + 3}`),
    ]);
  });

  it('on a phone close events share labels, and labels on a row keep apart', () => {
    // 12 days are 280 × 12/180 ≈ 19 px: two labels on a row are 37 px apart if none is shared,
    // less than "E2 (c.)" (7 characters, ~66 px) needs — so some must share.
    const groups = groupEvents(events, domain, 280);
    expect(groups.length).toBeLessThan(15);
    // Every event is in exactly one group, in order.
    expect(groups.flat().map((e) => e.n)).toEqual(events.map((e) => e.n));
    // Same row (every other label): the next one's start is past this one's end, widths at 13-px bold.
    const px = (x: number) => (x / domain[1]) * 280;
    groups.forEach((g, k) => {
      const next = groups[k + 2];
      if (!next) return;
      const half = (h: typeof g) => (eventGroupLabel(h).length * 13 * 0.72) / 2;
      expect(px(next[0]!.x) - half(next), `${eventGroupLabel(g)} and ${eventGroupLabel(next)}`).toBeGreaterThan(
        px(g[0]!.x) + half(g),
      );
    });
  });
});

describe('laneName', () => {
  // At 10 px a character is counted 6.2 px wide: "Harbourmasters’ Guild (HG)" is 26 characters, 161.2 px;
  // "Harbourmasters’… (HG)" 21 characters, 130.2 px.
  it('shortens a name that does not fit by dropping its last words, never squeezing it', () => {
    expect(laneName('Harbourmasters’ Guild', 'HG', 200, 10)).toBe('Harbourmasters’ Guild (HG)');
    expect(laneName('Harbourmasters’ Guild', 'HG', 140, 10)).toBe('Harbourmasters’… (HG)');
    expect(laneName('Harbourmasters’ Guild', 'HG', 120, 10)).toBe('HG');
  });
});
