import { describe, expect, it } from 'vitest';
import { distanceTo, placeRedLine, sideOnIssue, zoneOfAgreement, type RedLine } from './settlement';

describe('a package against the sides', () => {
  it('distance: to a point, to a range (0 inside)', () => {
    expect(distanceTo(60, { low: 20, high: 20 })).toBe(40);
    expect(distanceTo(60, { low: 40, high: 70 })).toBe(0);
    expect(distanceTo(10, { low: 40, high: 70 })).toBe(30);
    expect(distanceTo(95, { low: 40, high: 70 })).toBe(25);
  });

  it('a red line is placed beyond the one end its side’s range stops short of, else cannot be placed', () => {
    expect(placeRedLine({ low: 0, high: 85 })).toEqual({ above: 85 });
    expect(placeRedLine({ low: 30, high: 100 })).toEqual({ below: 30 });
    expect(placeRedLine({ low: 20, high: 80 })).toBeUndefined();
    expect(placeRedLine({ low: 50, high: 50 })).toBeUndefined();
    expect(placeRedLine(undefined)).toBeUndefined();
  });

  it('crossing: a point beyond the red line crosses it; no stance says nothing', () => {
    const line: RedLine = { demand: 'd', side: 'kyiv', text: 'x', place: { above: 85 } };
    const r = sideOnIssue(90, { low: 0, high: 85 }, [line]);
    expect(r.kind === 'placed' && r.crossed.length).toBe(1);
    expect(r.kind === 'placed' && r.distance).toBe(5);
    expect(sideOnIssue(90, undefined, [line])).toEqual({ kind: 'no-stance' });
  });

  it('zone: the overlap of the ranges, cut by red lines; or no zone, said plainly', () => {
    const zone = zoneOfAgreement(
      [
        { side: 'a', name: 'A', place: { low: 20, high: 60 } },
        { side: 'b', name: 'B', place: { low: 40, high: 90 } },
        { side: 'c', name: 'C' },
      ],
      [],
    );
    expect(zone).toMatchObject({ kind: 'zone', low: 40, high: 60, sides: ['a', 'b'] });
    const none = zoneOfAgreement(
      [
        { side: 'ru', name: 'Russia', place: { low: 90, high: 100 } },
        { side: 'ua', name: 'Ukraine', place: { low: 0, high: 85 } },
      ],
      [],
    );
    expect(none.kind === 'no-zone' && none.reason).toMatch(
      /^no zone: Ukraine’s and Russia’s stated positions leave no overlap/,
    );
    const cut = zoneOfAgreement(
      [
        { side: 'a', name: 'A', place: { low: 20, high: 60 } },
        { side: 'b', name: 'B', place: { low: 40, high: 90 } },
      ],
      [{ demand: 'd', side: 'b', text: 't', place: { above: 50 } }],
    );
    expect(cut).toMatchObject({ kind: 'zone', low: 40, high: 50 });
    expect(zoneOfAgreement([{ side: 'a', name: 'A', place: { low: 1, high: 2 } }], []).kind).toBe('too-few');
  });
});
