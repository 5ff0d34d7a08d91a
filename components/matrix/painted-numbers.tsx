'use client';

import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PaintedTableProps } from './matrix-head';
import { DenseBody, paintedRows, type PaintedSquare } from './dense-squares';

/**
 * The compact matrix's table as an as-of view draws it in the browser: its squares are buttons (DenseBody,
 * painted), their numbers and markers drawn on a canvas over them (PaintedNumbers). A new day is drawn in
 * two renders: first the canvas (what a reader sees) from the new view, then — deferred, after that frame
 * is painted — the squares' own words (their spoken names, and the numbers and markers they carry for
 * print) from the same view. Measured at the bench's scale, the squares' words were two thirds of a
 * switch's work (1,500 of 1,800 names change with a day: a stale position's age does every day), and
 * the reader waited on them for nothing. Only when a square changes width (a number becomes a range or
 * back) are the squares drawn in the first render too: the canvas's places are theirs.
 */
export function PaintedTable({ size, heads, matrix, markers }: PaintedTableProps) {
  const rows = useMemo(() => paintedRows(matrix.rows, markers), [matrix, markers]);
  // The view a render behind, and what the canvas drew for it (the three settle in the same render).
  const settledMatrix = useDeferredValue(matrix);
  const settledMarkers = useDeferredValue(markers);
  const settledRows = useDeferredValue(rows);
  // The squares as laid out: the settled view's, unless a square's width would differ from the new one's.
  const sameWidths = rows.every((row, r) => row.every((square, c) => square.wide === settledRows[r]![c]!.wide));
  const [bodyMatrix, bodyMarkers, bodyRows] = sameWidths
    ? [settledMatrix, settledMarkers, settledRows]
    : [matrix, markers, rows];
  return (
    // The canvas covers the table exactly: both in a box as wide as the table, whatever moves it.
    <div className="relative w-max">
      <table className="dense-matrix border-collapse leading-none" data-size={size}>
        {heads}
        <DenseBody rows={bodyMatrix.rows} markers={bodyMarkers} linkDay={undefined} painted />
      </table>
      <PaintedNumbers rows={rows} words={bodyRows} />
    </div>
  );
}

/**
 * The compact matrix's numbers and markers drawn on one canvas laid over its squares, for the as-of view
 * in the browser. A new day changes the numbers in most squares at once (about 900 of 1,800 at the
 * bench's scale) and the markers of as many (a stale position's age changes every day): as text, classes
 * and titles in the squares, the browser restyles, lays out and paints each again (measured 25–50 ms a
 * switch on this 2-core machine, about as much as the budget for the whole switch). On a canvas the same
 * take a few milliseconds, and the squares keep everything else: size, colour, focus, the button that
 * opens the panel, and the spoken name (which already holds the stance and the markers' words).
 *
 * What each square holds comes in `rows` (its number, and its markers: `conflict`, `change`, `stale`, as
 * the server's squares draw them with classes — a ring, an underline, a dashed outline). The canvas draws the number at the
 * square's centre in the square's own computed font and colour (so forced colours and the breakpoints'
 * sizes apply as they do to text), and the markers in the key's colours (in forced colours, the text's).
 * Drawn again after every render that brings new rows, and when the table is resized or fonts load.
 * A mouse over a square shows what it says to a screen reader (side, issue, stance, headline, markers'
 * words): a title would have to change with the day on every square (it restyles each, ~10 ms a switch).
 */
export function PaintedNumbers({ rows, words = rows }: { rows: PaintedSquare[][]; words?: unknown }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<Drawn>(undefined);
  // The rows last drawn, for a redraw on resize.
  const current = useRef(rows);
  const [tip, setTip] = useState<Tip>();

  // Each render with new rows: drawn again if any square changed.
  useLayoutEffect(() => {
    current.current = rows;
    const el = canvas.current;
    const table = el?.parentElement?.querySelector('table');
    if (el && table) drawn.current = paint(el, table, rows, drawn.current);
  }, [rows]);

  // Once the squares' words are drawn (`words`: the rows their body was drawn from, a render after the
  // canvas's), the square under the mouse may say something else.
  useLayoutEffect(() => {
    const table = canvas.current?.parentElement?.querySelector('table');
    setTip((shown) => shown && tipFor(table?.querySelector(`[data-cell="${CSS.escape(shown.cell)}"]`)));
  }, [words]);

  // A new size, zoom or a font that has loaded lays the squares out anew: all of them are drawn again.
  useLayoutEffect(() => {
    const el = canvas.current;
    const table = el?.parentElement?.querySelector('table');
    if (!el || !table) return;
    // Drawn again whole when the layout (or pixel ratio) is new; a resize that moved nothing draws nothing.
    const again = () => (drawn.current = paint(el, table, current.current, drawn.current));
    // (Its first call reports the size already drawn for: nothing to draw.)
    const observer = new ResizeObserver(again);
    observer.observe(table);
    // Zooming keeps the table's size in CSS pixels but changes the pixel ratio (and fires resize).
    window.addEventListener('resize', again);
    let live = true;
    // A font that loads late draws the same numbers in new shapes: all of them again.
    void document.fonts?.ready.then(() => live && (drawn.current = paint(el, table, current.current, undefined)));
    return () => {
      live = false;
      observer.disconnect();
      window.removeEventListener('resize', again);
    };
  }, []);

  // The square's words under the mouse (where the server's squares have a title).
  useEffect(() => {
    const table = canvas.current?.parentElement?.querySelector('table');
    if (!table) return;
    const over = (event: PointerEvent) => setTip(tipFor((event.target as Element).closest('[data-cell]')));
    const out = () => setTip(undefined);
    table.addEventListener('pointerover', over);
    table.addEventListener('pointerleave', out);
    return () => {
      table.removeEventListener('pointerover', over);
      table.removeEventListener('pointerleave', out);
    };
  }, []);

  return (
    <>
      <canvas
        ref={canvas}
        aria-hidden="true"
        data-painted-numbers=""
        className="pointer-events-none absolute top-0 left-0 z-0"
      />
      {tip ? (
        // Hidden from screen readers: it is the square's spoken name.
        <p
          aria-hidden="true"
          data-painted-tip=""
          className="pointer-events-none absolute z-20 w-max max-w-xs rounded bg-slate-900 px-1.5 py-0.5 text-xs leading-snug text-white"
          style={{ left: tip.x, top: tip.y }}
        >
          {tip.text}
        </p>
      ) : null}
    </>
  );
}

type Tip = { cell: string; text: string; x: number; y: number };

/** The tip for a square (below it, at its left edge): its spoken name. */
function tipFor(square: Element | null | undefined): Tip | undefined {
  const text = square?.getAttribute('aria-label');
  const table = square?.closest('table');
  if (!square || !text || !table) return undefined;
  const at = square.getBoundingClientRect();
  const origin = table.getBoundingClientRect();
  return {
    cell: square.getAttribute('data-cell') ?? '',
    text,
    x: at.left - origin.left,
    y: at.bottom - origin.top + 4,
  };
}

/** The most pixels one canvas may hold (below iOS Safari's limit of 16,777,216). */
const MAX_PIXELS = 16_000_000;

/** What the canvas shows: the layout it was drawn for, and the rows of squares it drew there. */
type Drawn = { layout: string; rows: PaintedSquare[][] };

/** The markers' colours, as the server's squares draw them (Tailwind's amber-700, blue-900, slate-700). */
const MARK_COLOURS = {
  conflict: ['--color-amber-700', '#b45309'],
  change: ['--color-blue-900', '#1c398e'],
  stale: ['--color-slate-700', '#314158'],
} as const;

/**
 * Size the canvas to the table (in device pixels) and draw each square's number at its centre, and its
 * markers around it. Given what was drawn before for the same layout, nothing is drawn when no square
 * changed; otherwise the canvas is drawn again whole (a ring reaches over its neighbour's edge, so a
 * square alone cannot be cleared without clearing part of another's). What each square holds comes from
 * `rows` (the table's rows, in order, without their heads); where it sits, from the table's first row
 * and first column (a hundred reads, not one per square): every square sits 1 px inside its cell, all
 * of one height, narrow or wide by its number (a range).
 */
function paint(
  canvas: HTMLCanvasElement,
  table: HTMLTableElement,
  rows: PaintedSquare[][],
  before: Drawn | undefined,
): Drawn {
  const trs = table.tBodies[0]!.rows;
  // The square in row r, column c (the row's first cell is its issue's head).
  const squareAt = (r: number, c: number) => trs[r]?.cells[c + 1]?.firstElementChild ?? undefined;
  const origin = table.getBoundingClientRect();
  // Places to the fraction of a pixel (offsetLeft rounds), relative to the table.
  const box = (el: Element | undefined) => {
    const r = el?.getBoundingClientRect();
    return r ? { x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height } : undefined;
  };
  const find = (wide: boolean) => {
    for (let r = 0; r < rows.length; r++) {
      const c = rows[r]!.findIndex((s) => s.wide === wide);
      if (c >= 0) return squareAt(r, c);
    }
    return undefined;
  };
  const narrow = find(false);
  const wide = find(true);
  const w = box(narrow)?.w ?? 0;
  const h = box(narrow ?? wide)?.h ?? 0;
  const wideW = box(wide)?.w ?? w;
  // Columns' left edges (the same in every row) and rows' tops.
  const left = (rows[0] ?? []).map((_, c) => box(squareAt(0, c))?.x ?? 0);
  const top = rows.map((_, r) => box(squareAt(r, 0))?.y ?? 0);
  const width = origin.width;
  const height = origin.height;
  // A page zoomed in or out draws the canvas at its new pixel ratio, all of it again; never more pixels than
  // a phone's browser draws on one canvas (iOS: 16.7 million), where it would draw none.
  const ratio = Math.min(window.devicePixelRatio || 1, Math.sqrt(MAX_PIXELS / Math.max(1, width * height)));
  const layout = [ratio, width, height, w, wideW, h, left.join(','), top.join(',')].join('|');
  const context = canvas.getContext('2d');
  if (!context) return { layout, rows };
  const same = before?.layout === layout;
  if (same && sameRows(before.rows, rows)) return before;
  if (!same) {
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  // Every square shares one font, colour and corner (app/globals.css, .dense-cell): read once.
  const style = (narrow ?? wide) ? getComputedStyle((narrow ?? wide)!) : undefined;
  if (style) context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const ink = style?.color ?? '#0f172b';
  // In forced colours the markers take the text's colour, as an outline there does.
  const forced = window.matchMedia?.('(forced-colors: active)').matches;
  const root = getComputedStyle(document.documentElement);
  const colour = (mark: keyof typeof MARK_COLOURS) =>
    forced ? ink : root.getPropertyValue(MARK_COLOURS[mark][0]).trim() || MARK_COLOURS[mark][1];
  const radius = style ? parseFloat(style.borderTopLeftRadius) || 0 : 0;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  // The number sits in the square's first line, which on a phone is shorter than the square (its change
  // underline stays clear of the text): centred on that line, as the text was.
  const line = style ? parseFloat(style.lineHeight) : NaN;
  const middle = Number.isFinite(line) && line < h ? line / 2 : h / 2;
  context.fillStyle = ink;
  rows.forEach((row, r) =>
    row.forEach(({ text, wide }, c) => {
      const sw = wide ? wideW : w;
      if (text) context.fillText(text, left[c]! + sw / 2, top[r]! + middle);
    }),
  );
  // The markers, as the classes draw them: a 2-px ring outside the square, a 2-px underline inside its
  // foot, a 1-px dashed outline on its edge.
  const marked = (mark: string, draw: (x: number, y: number, sw: number) => void) =>
    rows.forEach((row, r) =>
      row.forEach(({ wide, marks }, c) => {
        if (marks.includes(mark)) draw(left[c]!, top[r]!, wide ? wideW : w);
      }),
    );
  context.fillStyle = colour('change');
  marked('change', (x, y, sw) => context.fillRect(x, y + h - 2, sw, 2));
  context.strokeStyle = colour('conflict');
  context.lineWidth = 2;
  context.beginPath();
  marked('conflict', (x, y, sw) => context.roundRect(x - 1, y - 1, sw + 2, h + 2, radius + 1));
  context.stroke();
  context.strokeStyle = colour('stale');
  context.lineWidth = 1;
  context.setLineDash([3, 3]);
  context.beginPath();
  marked('stale', (x, y, sw) => context.roundRect(x - 0.5, y - 0.5, sw + 1, h + 1, radius + 0.5));
  context.stroke();
  context.setLineDash([]);
  return { layout, rows };
}

/** Whether two drawings hold the same squares with the same numbers and markers. */
function sameRows(a: PaintedSquare[][], b: PaintedSquare[][]): boolean {
  return (
    a.length === b.length &&
    a.every((row, r) => {
      const other = b[r]!;
      return (
        row.length === other.length && row.every((s, c) => s.text === other[c]!.text && s.marks === other[c]!.marks)
      );
    })
  );
}
