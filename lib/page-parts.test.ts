/** Lists cut for size: what the HTML keeps of /changes/ and how much the page says the whole holds. */
import { describe, expect, it } from 'vitest';
import { CHANGES_SHOWN, MOVES_SHOWN, changesShown, cutChanges } from './page-parts';

/** A hand-made view: `moves` ranked moves, and groups of the given sizes. */
const viewOf = (moves: number, groups: number[]) => ({
  moves: Array.from({ length: moves }, (_, i) => `move ${i}`),
  groups: groups.map((n, g) => ({ group: g, items: Array.from({ length: n }, (_, i) => `change ${g}.${i}`) })),
  count: groups.reduce((a, b) => a + b, 0),
});

describe('cutting /changes/ for size', () => {
  it('keeps the first ranked moves and whole groups up to the limit, in order, and the count of all', () => {
    // 100 groups of 4 changes: 37 whole groups make 148, a 38th would pass 150.
    const view = viewOf(MOVES_SHOWN + 20, Array<number>(100).fill(4));
    expect(CHANGES_SHOWN).toBe(150);
    const cut = cutChanges(view);
    expect(cut.moves).toEqual(view.moves.slice(0, MOVES_SHOWN));
    expect(cut.groups.map((g) => g.group)).toEqual(Array.from({ length: 37 }, (_, i) => i));
    expect(changesShown(cut)).toEqual({ moves: MOVES_SHOWN, changes: 148 });
    expect(changesShown(view)).toEqual({ moves: MOVES_SHOWN + 20, changes: 400 });
    expect(cut.count).toBe(400);
  });

  it('a first group larger than the limit is kept whole; a short view is not cut', () => {
    expect(changesShown(cutChanges(viewOf(3, [200, 5])))).toEqual({ moves: 3, changes: 200 });
    const short = viewOf(3, [2, 5]);
    expect(cutChanges(short)).toEqual(short);
  });
});
