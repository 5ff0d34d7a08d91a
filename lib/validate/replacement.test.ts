import { describe, expect, it } from 'vitest';
import type { RawDataset } from '../types';
import { demand, linesAfter } from './fixture';

const supersede = (d: RawDataset, id: string, by: string) =>
  (demand(d, id).status = {
    state: 'superseded',
    date: '2031-04-25',
    statements: ['varro-pier-apr'],
    supersededBy: by,
    note: 'Southmark replaced it.',
  });

describe('replacement rules', () => {
  it('A by B passes', () => {
    const { errors } = linesAfter((d) => {
      demand(d, 'southmark-pier-first').status!.state = 'superseded';
      demand(d, 'southmark-pier-first').status!.supersededBy = 'southmark-joint-board';
    });
    expect(errors).toEqual([]);
  });

  it('A by B and B by A is refused once, with the circle named', () => {
    const { errors } = linesAfter((d) => {
      demand(d, 'southmark-pier-first').status!.state = 'superseded';
      demand(d, 'southmark-pier-first').status!.supersededBy = 'southmark-joint-board';
      supersede(d, 'southmark-joint-board', 'southmark-pier-first');
    });
    const circles = errors.filter((l) => l.includes('circle'));
    expect(circles).toEqual([
      expect.stringMatching(
        /^data\/demands\.json: demands\[0\] \(id "southmark-pier-first"\)\.status\.supersededBy — supersededBy goes round in a circle: "southmark-pier-first" → "southmark-joint-board" → "southmark-pier-first"/,
      ),
    ]);
  });

  it('a longer chain that loops is named from where the loop starts', () => {
    const { errors } = linesAfter((d) => {
      d.demands.push({ ...structuredClone(demand(d, 'southmark-joint-board')), id: 'southmark-third' });
      demand(d, 'southmark-pier-first').status!.state = 'superseded';
      demand(d, 'southmark-pier-first').status!.supersededBy = 'southmark-joint-board';
      supersede(d, 'southmark-joint-board', 'southmark-third');
      supersede(d, 'southmark-third', 'southmark-pier-first');
    });
    expect(errors).toContainEqual(
      expect.stringMatching(
        /"southmark-pier-first" → "southmark-joint-board" → "southmark-third" → "southmark-pier-first"/,
      ),
    );
  });

  it('an unknown replacement, itself, or another side’s demand', () => {
    const unknown = linesAfter((d) => supersede(d, 'southmark-joint-board', 'no-such-demand')).errors;
    expect(unknown).toContainEqual(expect.stringMatching(/\.status\.supersededBy — unknown demand "no-such-demand"/));
    const self = linesAfter((d) => supersede(d, 'southmark-joint-board', 'southmark-joint-board')).errors;
    expect(self).toContainEqual(expect.stringMatching(/a demand cannot supersede itself/));
    expect(self.filter((l) => l.includes('circle'))).toEqual([]);
    const other = linesAfter((d) => supersede(d, 'southmark-joint-board', 'northland-no-outsiders')).errors;
    expect(other).toContainEqual(expect.stringMatching(/is northland's, not southmark's/));
  });
});
