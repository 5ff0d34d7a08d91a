/**
 * Change markers mark every move inside their window — also a move on the view's own day whose
 * earlier position lies inside the window too. Fixture and answers: lib/fixtures/window-data/README.md.
 * Through both ways of computing the home view (the model as of the day, and the fast index).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { homeView } from '../home-view';
import { formatProblem, readDataFolder } from '../load';
import { rawAsOf } from './asof';
import { homeIndex } from './home-index';
import { changeWords } from './words';

const result = readDataFolder(path.join(process.cwd(), 'lib', 'fixtures', 'window-data'));
if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
const raw = result.data;

/** Each cell's marker as the cell prints it: glyph, how and text; absent cells left out. */
function markers(view: ReturnType<typeof homeView>) {
  return Object.fromEntries(
    Object.entries(view.markers).map(([key, m]) => {
      const words = m.change ? changeWords(m.change) : undefined;
      return [key, { change: words && `${words.glyph} ${words.how}, ${words.text}`, stale: m.stale?.age }];
    }),
  );
}

const ways = {
  'the model as of the day': (day: string, since?: string) => homeView(buildModel(rawAsOf(raw, day)), since),
  'the fast index': (() => {
    const index = homeIndex(raw);
    return (day: string, since?: string) => index.viewAsOf(day, since);
  })(),
};

describe.each(Object.entries(ways))('change markers inside the window, through %s', (_, view) => {
  it('as of 14 Jul: Westhaven’s first position is newly placed (◇), Eastport has not moved', () => {
    expect(markers(view('2032-07-14'))).toEqual({
      'westhaven.ferry': { change: '◇ now placed on the scale, first stance on record', stale: undefined },
    });
  });

  it('as of 15 Jul: both moves of that day are marked, Westhaven’s against its 8 Jul position inside the window', () => {
    expect(markers(view('2032-07-15'))).toEqual({
      'eastport.ferry': { change: '▲ moved 20 points up, was 20/100 on 1 Jun 2032', stale: undefined },
      'westhaven.ferry': { change: '▼ moved 15 points down, was 95/100 on 8 Jul 2032', stale: undefined },
    });
  });

  it('as of 31 Jul (the data’s date): both moves still inside the default window', () => {
    expect(markers(view('2032-07-31'))).toEqual({
      'eastport.ferry': { change: '▲ moved 20 points up, was 20/100 on 1 Jun 2032', stale: undefined },
      'westhaven.ferry': { change: '▼ moved 15 points down, was 95/100 on 8 Jul 2032', stale: undefined },
    });
  });

  it('since 20 Jul: moves before the window are not marked', () => {
    expect(markers(view('2032-07-31', '2032-07-20'))).toEqual({});
  });
});
