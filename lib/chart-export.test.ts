import JSZip from 'jszip';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chartPage,
  chartWords,
  citation,
  readmeText,
  slideSvg,
  sourceLine,
  splitSources,
  tableSvg,
  toCsv,
  wrapWords,
  zipFiles,
} from './chart-export';
import { formatProblem, readDataFolder } from './load';
import { buildModel } from './model';
import { spectrumChartView } from './reshape-charts';

describe('CSV download', () => {
  it('holds a BOM, a header row and the data only, quoted where needed', () => {
    const csv = toCsv({
      columns: ['Side', 'Quote'],
      rows: [
        ['Russia', 'He said, "no"'],
        ['US', 3],
      ],
    });
    expect(csv.startsWith('\uFEFFSide,Quote\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual(['Side,Quote', 'Russia,"He said, ""no"""', 'US,3']);
    expect(csv).not.toContain('Source');
  });

  it('keeps formula-like text inert', () => {
    expect(toCsv({ columns: ['a'], rows: [['=HYPERLINK("x")'], [-5]] })).toContain(`"'=HYPERLINK(""x"")"`);
    expect(toCsv({ columns: ['a'], rows: [[-5]] }).split('\r\n')[1]).toBe('-5');
  });
});

describe('citation and README', () => {
  const chart = { title: 'Gap heatmap', asOf: '8 Aug 2025', source: 'Northwind Herald, “Talks stall”, 3 Mar 2031' };

  it('names Standpoint, the chart and the as-of date; only the source title stands in quotation marks', () => {
    const text = citation(chart);
    expect(text).toBe(
      'Standpoint. Gap heatmap. Data as of 8 Aug 2025. Sources: Northwind Herald, “Talks stall”, 3 Mar 2031.',
    );
    expect(text.match(/“[^”]*”/g)).toEqual(['“Talks stall”']);
  });

  it('carries the takeaway, caveats, licence and citation beside the data', () => {
    const readme = readmeText({
      ...chart,
      takeaway: 'A and B are farthest apart.',
      notes: ['Stances are analyst judgement.'],
    });
    for (const part of ['A and B are farthest apart.', 'Stances are analyst judgement.', 'Licence', citation(chart)])
      expect(readme).toContain(part);
  });
});

describe('zip of data.csv and README.txt', () => {
  it('opens in a zip reader with both files intact', async () => {
    const zip = await JSZip.loadAsync(
      await zipFiles([
        { name: 'data.csv', text: '\uFEFFSide,Count\r\nÉire,2\r\n' },
        { name: 'README.txt', text: 'Cite: “Talks stall”' },
      ]),
    );
    expect(Object.keys(zip.files)).toEqual(['data.csv', 'README.txt']);
    expect(await zip.file('data.csv')!.async('string')).toBe('\uFEFFSide,Count\r\nÉire,2\r\n');
    expect(await zip.file('README.txt')!.async('string')).toBe('Cite: “Talks stall”');
  });
});

describe('chart image page', () => {
  const words = {
    title: 'Stance spectrum: Harbour access',
    takeaway: 'Northland and Southmark are 70 points apart on harbour access.',
    scale: { min: 'Closed to all ships', max: 'Open to every flag' },
    judgement: true,
    key: [{ label: 'E1 · 3 Mar 2031 — Harbour talks open' }],
    source: 'Northwind Herald, “Talks stall”, 3 Mar 2031',
    asOf: '4 Mar 2031',
  };
  const body = { svg: '<rect width="600" height="200"/>', width: 600, height: 200 };

  it('carries title, takeaway, scale end words unquoted, the judgement label, key, source and date', () => {
    const { svg } = chartPage(words, body);
    for (const part of [
      'Stance spectrum: Harbour access',
      'Closed to all ships',
      'Open to every flag',
      'analyst judgement',
      'E1 · 3 Mar 2031 — Harbour talks open',
      'Standpoint · data as of 4 Mar 2031',
    ])
      expect(svg).toContain(part);
    expect(svg.replace(/<[^>]+>/g, ' ')).toContain('70 points apart');
    expect(svg).not.toMatch(/“(Closed to all ships|Open to every flag)”/);
  });

  it('draws a date warning under the takeaway, labelled and framed, only when there is one', () => {
    const warning = 'These positions are up to 95 days apart (20 Jan 2031 to 25 Apr 2031), more than the window.';
    const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    const plain = chartPage(words, body);
    const warned = chartPage({ ...words, warning }, body);
    expect(texts(plain.svg)).not.toContain('Different dates');
    const lines = texts(warned.svg);
    const label = lines.indexOf('Different dates');
    // After the takeaway, before the drawing's own words; the sentence whole across its lines.
    expect(label).toBeGreaterThan(lines.findIndex((l) => l.includes('70 points apart')));
    expect(lines.slice(label + 1).join(' ')).toContain(warning);
    expect(warned.svg).toMatch(/<rect [^>]*stroke="#b45309"/);
    expect(warned.height).toBeGreaterThan(plain.height);
    // The slide carries it too.
    expect(texts(slideSvg({ ...words, warning }, body))).toContain('Different dates');
  });

  it('fits a 1920×1080 slide without cropping a wide drawing', () => {
    const svg = slideSvg(words, { svg: '<rect/>', width: 4000, height: 700 });
    expect(svg).toMatch(/^<svg [^>]*width="1920" height="1080"/);
    const inner = svg
      .match(/<svg x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"/)!
      .slice(1)
      .map(Number);
    expect(inner[0]! + inner[2]!).toBeLessThanOrEqual(1920);
    expect(inner[1]! + inner[3]!).toBeLessThanOrEqual(1080);
  });
});

describe('table SVG', () => {
  it('escapes text and wraps a long cell onto more lines instead of cutting it', () => {
    const long = 'the harbour stays open to every flag through the winter months and beyond';
    const drawing = tableSvg({ columns: ['A', 'B'], rows: [['<script>', long]] }, undefined, 200);
    expect(drawing.svg).toContain('&lt;script&gt;');
    expect(drawing.svg.match(/<rect /g)).toHaveLength(4);
    const text = [...drawing.svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(text).toContain(long);
    expect(drawing.svg).not.toContain('…');
  });

  it('wraps words at the width asked', () => {
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
});

/**
 * The 16:9 slide image of the size fixture's spectrum on the waters (lib/fixtures/size-data, fictional;
 * README: five sides' rows, sources with long titles, a takeaway of several lines and a date warning).
 * On /charts/ at 1280×720 the drawing is 1193 px wide and 80 + 5 × 56 = 360 px tall (registry.ts), its
 * smallest label 12 px (an earlier stance's date). Drawn across the slide's width (about 1860 px, so
 * about 1.56 times) that label is about 18.7 px and the chart about 560 px tall, 52% of 1080: the
 * words around it must give way to that, not shrink it to a strip.
 */
describe('the 16:9 slide image', () => {
  const result = readDataFolder(path.resolve('lib/fixtures/size-data'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const head = spectrumChartView(buildModel(result.data), 'waters').head;
  const body = { svg: '<text x="4" y="20" font-size="12">14 Mar 2033: 10</text>', width: 1193, height: 360 };
  const svg = slideSvg(chartWords(head), body);
  // The page sits in the slide scaled by its own width/viewBox; the drawing inside it likewise.
  const boxes = [
    ...svg.matchAll(/<svg x="[\d.-]+" y="[\d.-]+" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 ([\d.]+) ([\d.]+)"/g),
  ];
  const [page, chart] = boxes.map((m) => m.slice(1).map(Number));
  const pageScale = page![0]! / page![2]!;

  it('draws the chart across the slide: at least half its height, its smallest label at least 18 px', () => {
    expect(boxes).toHaveLength(2);
    expect((chart![1]! * pageScale) / 1080).toBeGreaterThanOrEqual(0.5);
    expect(12 * (chart![0]! / body.width) * pageScale).toBeGreaterThanOrEqual(18);
  });

  it('names the first sources and counts the rest, leaving them to the data zip’s README', () => {
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(text).toMatch(/and \d+ more sources: see the data zip’s README/);
    // The takeaway is whole.
    expect(text.replace(/\s+/g, ' ')).toContain(head.takeaway.replace(/\s+/g, ' ').slice(-60));
  });
});

describe('a source line', () => {
  it('splits sources at "; " outside a quoted title, and counts those it leaves out', () => {
    const source =
      'Harbour Post, “Tolls; and quays”, 1 May 2031; Quay Weekly, “Nets”, 2 May 2031; Tide, “Locks”, 3 May 2031';
    expect(splitSources(source)).toHaveLength(3);
    expect(sourceLine(source)).toBe(`Source: ${source}`);
    expect(sourceLine(source, (line) => line.length < 90)).toBe(
      'Source: Harbour Post, “Tolls; and quays”, 1 May 2031; and 2 more sources: see the data zip’s README',
    );
  });
});
