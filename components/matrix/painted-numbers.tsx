'use client';

import { useLayoutEffect, useRef } from 'react';

/**
 * The compact matrix's numbers drawn on one canvas laid over its squares, for the as-of view in the
 * browser. A new day changes the numbers in hundreds of squares at once (about 900 of 1,800 at the
 * bench's scale); as text in the squares, the browser lays out and paints each again (measured 25–50 ms
 * a switch on this 2-core machine, about as much as the budget for the whole switch). On a canvas the
 * same numbers take a few milliseconds, and the squares keep everything else: size, colour, markers,
 * focus, link and spoken name (which already holds the stance, so a screen reader hears the same).
 *
 * Each square (an `a[data-cell]` inside `container`) carries its number in `data-text`; the canvas
 * draws it at the square's centre in the square's own computed font and colour (so forced colours and
 * the breakpoints' sizes apply as they do to text). Drawn again after every render that changes
 * `version`, and when the table is resized or fonts load.
 */
export function PaintedNumbers({ version }: { version: unknown }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<Drawn>(undefined);

  // Each render that changes the numbers: the squares whose number changed are drawn again.
  useLayoutEffect(() => {
    const el = canvas.current;
    const table = el?.parentElement?.querySelector('table');
    if (el && table) drawn.current = paint(el, table, drawn.current);
  }, [version]);

  // A new size, zoom or a font that has loaded lays the squares out anew: all of them are drawn again.
  useLayoutEffect(() => {
    const el = canvas.current;
    const table = el?.parentElement?.querySelector('table');
    if (!el || !table) return;
    // Drawn again whole when the layout (or pixel ratio) is new; a resize that moved nothing draws nothing.
    const again = () => (drawn.current = paint(el, table, drawn.current));
    // (Its first call reports the size already drawn for: nothing to draw.)
    const observer = new ResizeObserver(again);
    observer.observe(table);
    // Zooming keeps the table's size in CSS pixels but changes the pixel ratio (and fires resize).
    window.addEventListener('resize', again);
    let live = true;
    // A font that loads late draws the same numbers in new shapes: all of them again.
    void document.fonts?.ready.then(() => live && (drawn.current = paint(el, table, undefined)));
    return () => {
      live = false;
      observer.disconnect();
      window.removeEventListener('resize', again);
    };
  }, []);

  return (
    <canvas
      ref={canvas}
      aria-hidden="true"
      data-painted-numbers=""
      className="pointer-events-none absolute top-0 left-0 z-0"
    />
  );
}

/** The most pixels one canvas may hold (below iOS Safari's limit of 16,777,216). */
const MAX_PIXELS = 16_000_000;

/** What the canvas shows: the layout it was drawn for, and each square's number and box by cell id. */
type Drawn = { layout: string; squares: Map<string, { text: string; x: number; y: number; w: number; h: number }> };

/**
 * Size the canvas to the table (in device pixels) and draw each square's number at its centre. Given
 * what was drawn before for the same layout, only the squares whose number changed are drawn again.
 * The squares' places come from the table's rows and columns (a few hundred reads, not one per square):
 * every square sits 1 px inside its cell, all of one height, narrow or wide (data-wide) by its number.
 */
function paint(canvas: HTMLCanvasElement, table: HTMLTableElement, before: Drawn | undefined): Drawn {
  const rows = [...table.tBodies[0]!.rows];
  const narrow = table.querySelector<HTMLElement>('a[data-cell]:not([data-wide])');
  const wide = table.querySelector<HTMLElement>('a[data-cell][data-wide]');
  const origin = table.getBoundingClientRect();
  // Places to the fraction of a pixel (offsetLeft rounds), relative to the table.
  const box = (el: Element | null | undefined) => {
    const r = el?.getBoundingClientRect();
    return r ? { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height } : undefined;
  };
  const w = box(narrow)?.w ?? 0;
  const h = box(narrow ?? wide)?.h ?? 0;
  const wideW = box(wide)?.w ?? w;
  // Columns' left edges (the same in every row) and rows' tops.
  const left = rows[0] ? [...rows[0].querySelectorAll('a[data-cell]')].map((a) => box(a)!.x) : [];
  const top = rows.map((tr) => box(tr.querySelector('a[data-cell]'))?.y ?? 0);
  const width = origin.width;
  const height = origin.height;
  // A page zoomed in or out draws the canvas at its new pixel ratio, all of it again; never more pixels than
  // a phone's browser draws on one canvas (iOS: 16.7 million), where it would draw none.
  const ratio = Math.min(window.devicePixelRatio || 1, Math.sqrt(MAX_PIXELS / Math.max(1, width * height)));
  const layout = [ratio, width, height, w, wideW, h, left.join(','), top.join(',')].join('|');
  const context = canvas.getContext('2d');
  const squares: Drawn['squares'] = new Map();
  if (!context) return { layout, squares };
  const same = before?.layout === layout;
  if (!same) {
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  // Every square shares one font and colour (app/globals.css, .dense-cell): read once.
  const style = (narrow ?? wide) ? getComputedStyle((narrow ?? wide)!) : undefined;
  if (style) {
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    context.fillStyle = style.color;
  }
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  // The number sits in the square's first line, which on a phone is shorter than the square (its change
  // underline stays clear of the text): centred on that line, as the text was.
  const line = style ? parseFloat(style.lineHeight) : NaN;
  const middle = Number.isFinite(line) && line < h ? line / 2 : h / 2;
  rows.forEach((tr, r) => {
    let c = 0;
    for (const square of tr.querySelectorAll<HTMLElement>('a[data-cell]')) {
      const id = square.getAttribute('data-cell')!;
      const text = square.getAttribute('data-text') ?? '';
      const box = { text, x: left[c]!, y: top[r]!, w: square.hasAttribute('data-wide') ? wideW : w, h };
      c += 1;
      squares.set(id, box);
      const old = same ? before.squares.get(id) : undefined;
      if (old && old.text === box.text && old.w === box.w) continue;
      if (old) context.clearRect(old.x, old.y, old.w, old.h);
      if (text) context.fillText(text, box.x + box.w / 2, box.y + middle);
    }
  });
  return { layout, squares };
}
