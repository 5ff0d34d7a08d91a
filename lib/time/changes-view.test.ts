import { describe, expect, it } from 'vitest';
import { changesView } from './changes-view';
import { readWindow } from '../url/window';
import { lakeHistory } from './lake-fixture';

describe('changesView', () => {
  const view = changesView(lakeHistory(), '2040-03-01', '2040-03-31');
  const group = (side: string) => view.groups.find((g) => g.stakeholder === side)!;

  it('names the window: the start day itself is not in it', () => {
    expect(view.window).toBe('after 1 Mar 2040 up to and including 31 Mar 2040');
  });

  it("lists Eastvale's stance move with both values and both dates", () => {
    const position = group('eastvale').items.find((i) => i.kind === 'position')!;
    expect(position.move).toEqual({
      from: '20/100',
      fromDate: '10 Jan 2040',
      to: '60/100',
      toDate: '5 Mar 2040',
      how: '40 points up the scale',
      reworded: true,
    });
    expect(position.what).toBe('New position: moved from 20/100 to 60/100 (40 points up the scale); summary reworded');
    expect(position.detail).toBe('Eastvale wants a joint commission.');
    expect(position.statements.map((s) => [s.speaker, s.date, s.href])).toEqual([
      ['Ena Eastley', '5 Mar 2040', '/sources/courier/#st-e2'],
    ]);
  });

  it('lists the new demand, the withdrawn one (with its note as a judgement) and the response, in date order', () => {
    // A statement another change cites is not listed again; one that changed nothing else is.
    expect(group('eastvale').items.map((i) => [i.date, i.what])).toEqual([
      ['5 Mar 2040', 'New position: moved from 20/100 to 60/100 (40 points up the scale); summary reworded'],
      ['5 Mar 2040', 'New demand: A joint lake commission'],
      ['20 Mar 2040', 'Demand withdrawn: Sole use of the lake'],
      ['28 Mar 2040', 'New statement'],
    ]);
    expect(group('eastvale').items[2]!.detail).toBe('Eastvale said it no longer asks for this. (analyst judgement)');
    expect(group('westmoor').items.map((i) => i.what)).toEqual([
      'New response (partly accepts, analyst judgement) to Eastvale’s demand (Sole use of the lake)',
      'New statement',
    ]);
    expect(view.count).toBe(6);
  });

  it('says a deadline dated in the window passed; a planned date after the window is not listed', () => {
    expect(view.events).toEqual([
      {
        date: '15 Mar 2040',
        dateTime: '2040-03-15',
        label: 'Deadline for Westmoor to reply',
        what: 'Deadline passed',
        source: 'courier',
      },
    ]);
  });

  it('has nothing for a quiet window, and says when the window runs past the data', () => {
    const quiet = changesView(lakeHistory(), '2040-01-10', '2040-03-04');
    expect([quiet.count, quiet.groups, quiet.events]).toEqual([0, [], []]);
    expect(quiet.pastData).toBeUndefined();
    const late = changesView(lakeHistory(), '2040-03-31', '2040-06-01');
    expect(late.pastData).toBe('The data runs to 31 Mar 2040: nothing later is recorded.');
    expect(late.events.map((e) => e.what)).toEqual(['Planned (after the data’s as-of date)']);
  });
});

describe('readWindow', () => {
  it('defaults to the 30 days before the as-of date, filling either end that is left out', () => {
    expect(readWindow(null, null, '2040-03-31')).toEqual({
      ok: true,
      from: '2040-03-01',
      to: '2040-03-31',
      isDefault: true,
    });
    expect(readWindow('2040-02-01', null, '2040-03-31')).toEqual({
      ok: true,
      from: '2040-02-01',
      to: '2040-03-31',
      isDefault: false,
    });
  });

  it('says plainly when a date is not a date or the start comes after the end', () => {
    expect(readWindow('2040-02-30', null, '2040-03-31')).toEqual({
      ok: false,
      message: 'The from date 2040-02-30 is not a calendar date in the form YYYY-MM-DD.',
    });
    expect(readWindow('2040-03-10', '2040-03-01', '2040-03-31')).toEqual({
      ok: false,
      message: 'The start date (10 Mar 2040) is after the end date (1 Mar 2040): choose a start on or before the end.',
    });
  });
});
