import { describe, expect, it } from 'vitest';
import type PptxGenJS from 'pptxgenjs';
import { stanceMark } from './scale-axis';

type Call = { type: string; options: { x: number; y: number; w: number; h: number; points?: unknown[] } };

/** A slide that records what is drawn on it, and the two shape names stanceMark uses from pptxgenjs. */
function drawn(stance: { low: number; high: number; range: boolean }, shape: 'circle' | 'square' | 'triangle') {
  const calls: Call[] = [];
  const slide = { addShape: (type: string, options: Call['options']) => calls.push({ type, options }) };
  const pptx = { ShapeType: { rect: 'rect', ellipse: 'ellipse' } };
  stanceMark(
    { pptx: pptx as unknown as PptxGenJS, slide: slide as unknown as PptxGenJS.Slide },
    (v) => v / 10,
    2,
    stance,
    { color: 'AA0000', shape },
    { bar: 0.2, dot: 0.3, transparency: 30 },
  );
  return calls;
}

describe('a stance drawn on a .pptx axis', () => {
  it("draws a point in the side's own shape, as the HTML legend does (colour is never the only cue)", () => {
    // 0.3-inch box centred on (5, 2): a square's corners at ±0.85 of the half-width, a triangle's three points.
    const square = drawn({ low: 50, high: 50, range: false }, 'square');
    expect(square).toHaveLength(1);
    expect(square[0]!.type).toBe('custGeom');
    expect(square[0]!.options).toMatchObject({ x: 4.85, y: 1.85, w: 0.3, h: 0.3 });
    expect(square[0]!.options.points).toHaveLength(5); // four corners, then close
    expect(drawn({ low: 50, high: 50, range: false }, 'triangle')[0]!.options.points).toHaveLength(4);
    expect(drawn({ low: 50, high: 50, range: false }, 'circle')[0]!.type).toBe('ellipse');
  });

  it('draws a range as a bar from low to high with no point mark', () => {
    const bar = drawn({ low: 20, high: 80, range: true }, 'square');
    expect(bar.map((c) => c.type)).toEqual(['rect']);
    expect(bar[0]!.options).toMatchObject({ x: 2, w: 6 });
  });
});
