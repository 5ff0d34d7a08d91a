/**
 * The compact matrix (9 sides or more) as the export renders it, from the size fixture
 * (lib/fixtures/size-data/: its README lists the sides, their abbreviations, and the two positions
 * with no stance placed — dunmere/fishing and guild/waters, both resting on the sides' own words).
 * Static HTML, so what it shows holds without JavaScript.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { readDataFolder } from '@/lib/load';
import { buildModel } from '@/lib/model';
import { matrixView } from '@/lib/reshape';
import type { RawDataset } from '@/lib/validate';
import { DenseMatrix } from './dense-matrix';
import { PaintedTable } from './painted-numbers';

function loadSize(): RawDataset {
  const result = readDataFolder(path.join(process.cwd(), 'lib', 'fixtures', 'size-data'));
  if (!result.ok) throw new Error('the size fixture is invalid');
  return result.data;
}

const render = (data: RawDataset) =>
  renderToStaticMarkup(createElement(DenseMatrix, { matrix: matrixView(buildModel(data)) })).replace(/<!-- -->/g, '');

/** A square's printed text and its accessible name, by its cell key (`side.issue`). */
function square(html: string, key: string): { text: string; label: string } {
  const m = html.match(new RegExp(`<a [^>]*data-cell="${key.replace('.', '\\.')}"[^>]*>([^<]*)</a>`));
  if (!m) throw new Error(`no square ${key}`);
  const label = m[0].match(/aria-label="([^"]*)"/)![1]!.replace(/&#x27;/g, "'");
  return { text: m[1]!, label };
}

const page = render(loadSize());

describe('a position with no stance in the compact matrix', () => {
  // The README's two: both sides are parties quoted in their own words, so neither is an assessment.
  it.each([
    ['guild.waters', 'Harbourmasters’ Guild on Lagoon waters'],
    ['dunmere.fishing', 'River Compact of Dunmere on Fishing grounds'],
  ])('%s prints a dash and says "position not placed on the scale", never "assessment"', (key, who) => {
    const { text, label } = square(page, key);
    expect(text).toBe('–');
    expect(label.startsWith(`${who}: position not placed on the scale: `)).toBe(true);
    expect(label).not.toMatch(/assessment/i);
  });

  it('no square prints the letter A, and the key reads the dash as a position not placed on the scale', () => {
    expect(page).not.toMatch(/data-cell="[^"]*"[^>]*>A</);
    expect(page).toContain('– a position not placed on the scale;');
    expect(page).not.toContain('A an assessment');
  });

  it('an analysts’ position with no stance, resting on analyst assessments, is called one: ◆ and a judgement', () => {
    // The Lagoon Policy Institute (role "analysts", README) on waters rests on quill-waters-1, an
    // "analyst-assessment" statement; its stance taken away here, by hand.
    const data = loadSize();
    const institute = data.positions.find((p) => p.stakeholder === 'institute' && p.issue === 'waters')!;
    delete institute.stance;
    const { text, label } = square(render(data), 'institute.waters');
    expect(text).toBe('◆');
    expect(
      label.startsWith(
        'Lagoon Policy Institute on Lagoon waters: analysts’ reading, not placed on the scale, an analyst assessment (judgement): ',
      ),
    ).toBe(true);
  });
});

describe('the compact matrix names its sides', () => {
  // The README's "Sides, in column order", written out by hand.
  const sides = [
    ['westhaven', 'WH', 'Westhaven'],
    ['eastreach', 'ER', 'Eastreach'],
    ['norvale', 'NVF', 'Norvale Federation'],
    ['southport', 'SPL', 'Southport League'],
    ['marrow', 'ICM', 'Isle Council of Marrow'],
    ['mediators', 'CMO', 'Coastal Mediation Office'],
    ['dunmere', 'RCD', 'River Compact of Dunmere'],
    ['institute', 'LPI', 'Lagoon Policy Institute'],
    ['guild', 'HG', 'Harbourmasters’ Guild'],
  ];
  it('a visible key in the page’s HTML gives every abbreviation its full name and colour, in column order', () => {
    const key = page.match(/<dl aria-label="Sides"[^>]*>(.*?)<\/dl>/)?.[1];
    expect(key, 'no side key in the HTML').toBeDefined();
    const entries = [...key!.matchAll(/data-stakeholder="([^"]+)".*?<dt[^>]*>(.*?)<\/dt><dd>(.*?)<\/dd>/g)].map(
      ([, id, dt, dd]) => [id, dt!.replace(/<i [^>]*><\/i>/, ''), dd],
    );
    expect(entries).toEqual(sides);
    // Each with its side's colour swatch.
    expect(key!.match(/<i style="background:#[0-9a-f]{6}"><\/i>/gi)).toHaveLength(sides.length);
  });
});

describe('the compact matrix as the as-of view draws it (painted)', () => {
  // The size fixture README: Westhaven on the waters is 35 at its as-of day; the guild's position there has
  // no stance (a dash). The markers are handed in here, as the as-of view's core would give them.
  const html = renderToStaticMarkup(
    createElement(DenseMatrix, {
      matrix: matrixView(buildModel(loadSize())),
      painted: PaintedTable,
      markers: {
        'westhaven.waters': { change: { kind: 'moved', by: 25 }, stale: { age: 50 } },
        'guild.waters': { stale: { age: 46 } },
      },
    }),
  ).replace(/<!-- -->/g, '');
  const button = (key: string) => {
    const m = html.match(new RegExp(`<button [^>]*data-cell="${key.replace('.', '\\.')}"[^>]*>([^<]*)</button>`));
    if (!m) throw new Error(`no button square ${key}`);
    return { tag: m[0], content: m[1] };
  };

  it('each square is a button carrying its number and markers for the canvas, with no link, title or text', () => {
    const westhaven = button('westhaven.waters');
    expect(westhaven.tag).toContain('type="button"');
    expect(westhaven.tag).toContain('data-text="35"');
    expect(westhaven.tag).toContain('data-marks="change stale"');
    expect(westhaven.tag).not.toMatch(/href=|title=/);
    expect(westhaven.content).toBe('');
    expect(button('guild.waters').tag).toContain('data-text="–"');
    expect(button('guild.waters').tag).toContain('data-marks="stale"');
    // A square with no markers carries no data-marks at all.
    expect(button('eastreach.waters').tag).not.toContain('data-marks');
    // No square of the painted matrix is a link.
    expect(html).not.toMatch(/<a [^>]*data-cell=/);
  });

  it('the markers still reach a screen reader in the square’s name', () => {
    const label = button('westhaven.waters').tag.match(/aria-label="([^"]*)"/)![1]!;
    expect(label).toMatch(/^Westhaven on Lagoon waters: stance 35 of 100: /);
    expect(label).toMatch(/Changed: /);
    expect(label).toMatch(/stale, 50 days old$/);
  });

  it('the server’s squares stay links with their text, markers as classes and words as a title', () => {
    const plain = renderToStaticMarkup(
      createElement(DenseMatrix, {
        matrix: matrixView(buildModel(loadSize())),
        markers: { 'westhaven.waters': { stale: { age: 50 } } },
      }),
    );
    const m = plain.match(/<a [^>]*data-cell="westhaven\.waters"[^>]*>([^<]*)<\/a>/)!;
    expect(m[0]).toMatch(/href="\/issues\/waters\/#side-westhaven"/);
    expect(m[0]).toContain('title="stale, 50 days old"');
    expect(m[0]).toContain('outline-dashed');
    expect(m[1]).toBe('35');
  });
});
