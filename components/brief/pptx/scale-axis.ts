import type { Shape } from '@/lib/colors';
import { shapePoints } from '@/lib/shapes';
import type PptxGenJS from 'pptxgenjs';
import type { PptxTarget } from './parts';

/** pptxgenjs 4 draws `custGeom` shapes from `points` (its docs' pptx.shapes.CUSTOM_GEOMETRY), but its enum type omits it. */
const CUSTOM_GEOMETRY = 'custGeom' as PptxGenJS.ShapeType;

/** Sizes of a drawn 0–100 axis, in inches and points. */
export type AxisSize = { tick: number; gap: number; fontSize: number; endW: number; midW: number; h: number };

/**
 * An issue's 0–100 axis on a .pptx slide: the line from 0 to 100, ticks at 0, 50 and 100, and the
 * scale's words under them ("0 · …", "50 · …", "… · 100"). The issue and proposal slides draw it alike.
 */
export function scaleAxis(
  { pptx, slide }: Pick<PptxTarget, 'pptx' | 'slide'>,
  at: (v: number) => number,
  y: number,
  scale: readonly [string, string, string],
  size: AxisSize,
) {
  slide.addShape(pptx.ShapeType.line, { x: at(0), y, w: at(100) - at(0), h: 0, line: { color: '0F172A', width: 1.5 } });
  for (const v of [0, 50, 100])
    slide.addShape(pptx.ShapeType.line, {
      x: at(v),
      y: y - size.tick,
      w: 0,
      h: 2 * size.tick,
      line: { color: '0F172A', width: 1.5 },
    });
  const ends: [number, string, 'left' | 'center' | 'right'][] = [
    [0, `0 · ${scale[0]}`, 'left'],
    [50, `50 · ${scale[1]}`, 'center'],
    [100, `${scale[2]} · 100`, 'right'],
  ];
  for (const [v, words, align] of ends)
    slide.addText(words, {
      x: align === 'left' ? at(v) - 0.3 : align === 'right' ? at(v) - (size.endW - 0.3) : at(v) - size.midW / 2,
      y: y + size.gap,
      w: align === 'center' ? size.midW : size.endW,
      h: size.h,
      fontSize: size.fontSize,
      align,
      valign: 'top',
      ...(size.h < 0.5 ? { margin: 0 } : {}),
    });
}

/** Sizes of a stance's mark on the axis, in inches: a range's bar height, a point's dot, the bar's transparency. */
export type MarkSize = { bar: number; dot: number; transparency: number };

/**
 * One side's stance on the axis: a bar from low to high for a range (no point mark), for a point the
 * side's own mark — its shape as in the HTML legend (lib/shapes.ts), so colour is never the only cue.
 * The issue and proposal slides draw it alike.
 */
export function stanceMark(
  { pptx, slide }: Pick<PptxTarget, 'pptx' | 'slide'>,
  at: (v: number) => number,
  y: number,
  { low, high, range }: { low: number; high: number; range: boolean },
  { color, shape }: { color: string; shape: Shape },
  size: MarkSize,
) {
  if (range) {
    slide.addShape(pptx.ShapeType.rect, {
      x: at(low),
      y: y - size.bar / 2,
      w: at(high) - at(low),
      h: size.bar,
      fill: { color, transparency: size.transparency },
      line: { color: '0F172A', width: 0.75 },
    });
    return;
  }
  const box = { x: at(low) - size.dot / 2, y: y - size.dot / 2, w: size.dot, h: size.dot };
  const outline = shapePoints(shape);
  const unit = (v: number) => ((v + 1) / 2) * size.dot;
  if (!outline)
    slide.addShape(pptx.ShapeType.ellipse, { ...box, fill: { color }, line: { color: '0F172A', width: 1 } });
  else
    slide.addShape(CUSTOM_GEOMETRY, {
      ...box,
      points: [...outline.map(([x, py]) => ({ x: unit(x), y: unit(py) })), { close: true as const }],
      fill: { color },
      line: { color: '0F172A', width: 1 },
    });
}
