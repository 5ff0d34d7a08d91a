'use client';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * The compact matrix's numbers and markers drawn on one canvas laid over its squares, for the as-of view
 * in the browser. A new day changes the numbers in most squares at once (about 900 of 1,800 at the
 * bench's scale) and the markers of as many (a stale position's age changes every day): as text, classes
 * and titles in the squares, the browser restyles, lays out and paints each again (measured 25–50 ms a
 * switch on this 2-core machine, about as much as the budget for the whole switch). On a canvas the same
 * take a few milliseconds, and the squares keep everything else: size, colour, focus, the button that
 * opens the panel, and the spoken name (which already holds the stance and the markers' words).
 *
 * Each square (a `[data-cell]` inside the table) carries its number in `data-text`, its markers in
 * `data-marks` (`conflict`, `change`, `stale`, as the server's squares draw them with classes: a ring, an
 * underline, a dashed outline). The canvas draws the number at the
 * square's centre in the square's own computed font and colour (so forced colours and the breakpoints'
 * sizes apply as they do to text), and the markers in the key's colours (in forced colours, the text's).
 * Drawn again after every render that changes `version`, and when the table is resized or fonts load.
 * A mouse over a square shows what it says to a screen reader (side, issue, stance, headline, markers'
 * words): a title would have to change with the day on every square (it restyles each, ~10 ms a switch).
 */
export function PaintedNumbers({ version }: { version: unknown }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<Drawn>(undefined);
  const [tip, setTip] = useState<Tip>();

  // Each render that changes the numbers: drawn again if any square changed.
  useLayoutEffect(() => {
    const el = canvas.current;
    const table = el?.parentElement?.querySelector('table');
    if (el && table) drawn.current = paint(el, table, drawn.current);
    // The square under the mouse may now say something else.
    setTip((shown) => shown && tipFor(table?.querySelector(`[data-cell="${CSS.escape(shown.cell)}"]`)));
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

/** A square as drawn: its number, markers and box. */
type Square = { text: string; marks: string; x: number; y: number; w: number; h: number };
/** What the canvas shows: the layout it was drawn for, and each square by cell id. */
type Drawn = { layout: string; squares: Map<string, Square> };

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
 * square alone cannot be cleared without clearing part of another's). The squares' places come from the
 * table's rows and columns (a few hundred reads, not one per square): every square sits 1 px inside its
 * cell, all of one height, narrow or wide (data-wide) by its number.
 */
function paint(canvas: HTMLCanvasElement, table: HTMLTableElement, before: Drawn | undefined): Drawn {
  const rows = [...table.tBodies[0]!.rows];
  const narrow = table.querySelector<HTMLElement>('[data-cell]:not([data-wide])');
  const wide = table.querySelector<HTMLElement>('[data-cell][data-wide]');
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
  const left = rows[0] ? [...rows[0].querySelectorAll('[data-cell]')].map((a) => box(a)!.x) : [];
  const top = rows.map((tr) => box(tr.querySelector('[data-cell]'))?.y ?? 0);
  const width = origin.width;
  const height = origin.height;
  // A page zoomed in or out draws the canvas at its new pixel ratio, all of it again; never more pixels than
  // a phone's browser draws on one canvas (iOS: 16.7 million), where it would draw none.
  const ratio = Math.min(window.devicePixelRatio || 1, Math.sqrt(MAX_PIXELS / Math.max(1, width * height)));
  const layout = [ratio, width, height, w, wideW, h, left.join(','), top.join(',')].join('|');
  const squares: Drawn['squares'] = new Map();
  rows.forEach((tr, r) => {
    let c = 0;
    for (const square of tr.querySelectorAll<HTMLElement>('[data-cell]')) {
      squares.set(square.getAttribute('data-cell')!, {
        text: square.getAttribute('data-text') ?? '',
        marks: square.getAttribute('data-marks') ?? '',
        x: left[c]!,
        y: top[r]!,
        w: square.hasAttribute('data-wide') ? wideW : w,
        h,
      });
      c += 1;
    }
  });
  const context = canvas.getContext('2d');
  if (!context) return { layout, squares };
  const same = before?.layout === layout;
  if (same && sameSquares(before.squares, squares)) return before;
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
  const text = style?.color ?? '#0f172b';
  // In forced colours the markers take the text's colour, as an outline there does.
  const forced = window.matchMedia?.('(forced-colors: active)').matches;
  const root = getComputedStyle(document.documentElement);
  const colour = (mark: keyof typeof MARK_COLOURS) =>
    forced ? text : root.getPropertyValue(MARK_COLOURS[mark][0]).trim() || MARK_COLOURS[mark][1];
  const conflict = colour('conflict');
  const change = colour('change');
  const stale = colour('stale');
  const radius = style ? parseFloat(style.borderTopLeftRadius) || 0 : 0;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  // The number sits in the square's first line, which on a phone is shorter than the square (its change
  // underline stays clear of the text): centred on that line, as the text was.
  const line = style ? parseFloat(style.lineHeight) : NaN;
  const middle = Number.isFinite(line) && line < h ? line / 2 : h / 2;
  context.fillStyle = text;
  for (const square of squares.values())
    if (square.text) context.fillText(square.text, square.x + square.w / 2, square.y + middle);
  // The markers, as the classes draw them: a 2-px ring outside the square, a 2-px underline inside its
  // foot, a 1-px dashed outline on its edge.
  for (const { marks, x, y, w: sw, h: sh } of squares.values()) {
    if (!marks) continue;
    if (marks.includes('change')) {
      context.fillStyle = change;
      context.fillRect(x, y + sh - 2, sw, 2);
    }
    if (marks.includes('conflict')) {
      context.strokeStyle = conflict;
      context.lineWidth = 2;
      context.setLineDash([]);
      context.beginPath();
      context.roundRect(x - 1, y - 1, sw + 2, sh + 2, radius + 1);
      context.stroke();
    }
    if (marks.includes('stale')) {
      context.strokeStyle = stale;
      context.lineWidth = 1;
      context.setLineDash([3, 3]);
      context.beginPath();
      context.roundRect(x - 0.5, y - 0.5, sw + 1, sh + 1, radius + 0.5);
      context.stroke();
    }
  }
  context.setLineDash([]);
  return { layout, squares };
}

/** Whether two drawings hold the same squares with the same numbers, markers and sizes. */
function sameSquares(a: Drawn['squares'], b: Drawn['squares']): boolean {
  if (a.size !== b.size) return false;
  for (const [id, x] of b) {
    const y = a.get(id);
    if (!y || y.text !== x.text || y.marks !== x.marks || y.w !== x.w) return false;
  }
  return true;
}
