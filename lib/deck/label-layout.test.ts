/** The stance picture's label and mark placement; every answer below worked out by hand. */
import { describe, expect, it } from 'vitest';
import { spreadLabels, stackMarks } from './label-layout';

describe('spreadLabels', () => {
  it('four labels 40 wide wanted at 100–106 sit side by side, 10 apart, centred on where they are wanted', () => {
    // Wanted lefts 80, 82, 84, 86; as one block (offsets 0, 50, 100, 150) they want 80, 32, −16, −64:
    // mean 8, so the block starts at 8 and the centres are 28, 78, 128, 178.
    const placed = spreadLabels(
      [100, 102, 104, 106].map((anchor) => ({ anchor, width: 40 })),
      0,
      1000,
      10,
    );
    expect(placed).toEqual([28, 78, 128, 178].map((center) => ({ center, row: 0 })));
  });

  it('keeps a label alone where it is wanted, and labels at the edge inside the line', () => {
    const placed = spreadLabels(
      [
        { anchor: 500, width: 40 },
        { anchor: 990, width: 40 },
        { anchor: 995, width: 40 },
      ],
      0,
      1000,
      10,
    );
    // The two at the right end: a block 90 wide, pushed back to start at 910 (centres 930 and 980).
    expect(placed.map((p) => p.center)).toEqual([500, 930, 980]);
  });

  it('labels in the order of their marks, whatever order they come in', () => {
    const placed = spreadLabels(
      [
        { anchor: 106, width: 40 },
        { anchor: 100, width: 40 },
      ],
      0,
      1000,
      10,
    );
    // Wanted lefts 80 and 86 − 50 = 36: mean 58, centres 78 (the one at 100) and 128 (the one at 106).
    expect(placed.map((p) => p.center)).toEqual([128, 78]);
  });

  it('six labels too wide for one row take two, alternating, none over another', () => {
    const placed = spreadLabels(
      [0, 1, 2, 3, 4, 5].map((i) => ({ anchor: 500 + i, width: 200 })),
      0,
      1000,
      10,
    );
    expect(placed.map((p) => p.row)).toEqual([0, 1, 0, 1, 0, 1]);
    for (const row of [0, 1]) {
      const centers = placed.filter((p) => p.row === row).map((p) => p.center);
      // Three 200 wide with 10 between: 620 in all, centred near 500 — centres 290, 500, 710 give or take 2.
      expect(centers[1]! - centers[0]!).toBe(210);
      expect(centers[2]! - centers[1]!).toBe(210);
    }
  });
});

describe('stackMarks', () => {
  it('a mark covering one already placed goes a lane up; one clear of both stays on the lowest', () => {
    expect(
      stackMarks(
        [
          [0, 10],
          [5, 15],
          [20, 30],
          [8, 22],
        ],
        3,
      ),
    ).toEqual([0, 1, 0, 2]);
  });
});
