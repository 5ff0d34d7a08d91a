import { describe, expect, it } from 'vitest';
import { tableSvg, toCsv } from './chart-export';

describe('CSV download', () => {
  it('has a header row, quoted fields where needed, and the citation last', () => {
    const csv = toCsv(
      {
        columns: ['Side', 'Quote'],
        rows: [
          ['Russia', 'He said, "no"'],
          ['US', 3],
        ],
      },
      'RFE/RL, 7 Aug 2025',
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Side,Quote');
    expect(lines[1]).toBe('Russia,"He said, ""no"""');
    expect(lines[2]).toBe('US,3');
    expect(lines.at(-1)).toBe('"Source: RFE/RL, 7 Aug 2025"');
  });

  it('keeps formula-like text inert', () => {
    expect(toCsv({ columns: ['a'], rows: [['=HYPERLINK("x")'], [-5]] }, 'c')).toContain(`"'=HYPERLINK(""x"")"`);
    expect(toCsv({ columns: ['a'], rows: [[-5]] }, 'c').split('\r\n')[1]).toBe('-5');
  });
});

describe('table SVG', () => {
  it('escapes text and draws one cell per value', () => {
    const svg = tableSvg({ columns: ['A', 'B'], rows: [['<script>', 'x & y']] }, 'T', 'S');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('x &amp; y');
    expect(svg.match(/<rect x=/g)).toHaveLength(4);
  });
});
