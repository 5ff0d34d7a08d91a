import { memo } from 'react';
import type { MatrixView } from '@/lib/reshape';
import { UNPLACED } from '@/lib/format';
import { EVIDENCE_GLYPHS } from './evidence-glyphs';
import { MatrixHead, type MatrixProps } from './matrix-head';
import { DenseBody, UNPLACED_GLYPH } from './dense-squares';

/**
 * How large the squares are drawn on a wide screen: a compact matrix of a few sides more than fit as
 * cards takes larger squares a room can read from a projector (still one screen across at 1280 px, even
 * when every square holds a range); many sides take the smallest. A phone draws 24-px squares at any count.
 */
export function denseSize(sideCount: number): 'large' | 'medium' | 'small' {
  return sideCount <= 12 ? 'large' : sideCount <= 20 ? 'medium' : 'small';
}

/**
 * The matrix when there are too many sides for readable cells (more than fit one 1280-px screen): one
 * small square per side and issue with the stance number, a dash for a stated position the analysts did
 * not place (◆ for an analyst assessment), a dot for no position, and a ring where the side's own statements
 * conflict. Sides are columns by abbreviation, named in full in a key beside the table (below it on a
 * phone). The issue column stays put while the squares scroll sideways, and a line says they do.
 * Every square opens the same detail panel (or, without JavaScript, the side's place on the issue page).
 */
export function DenseMatrix({ matrix, markers = {}, linkDay, painted: PaintedTable }: MatrixProps) {
  const { sides, rows } = matrix;
  const size = denseSize(sides.length);
  const heads = <SideHeads sides={sides} />;
  return (
    <div>
      <p className="text-xs text-slate-700">
        {sides.length} sides: each square is a stance on the issue’s 0–100 scale (analyst judgement); {UNPLACED_GLYPH} a
        position {UNPLACED}; {EVIDENCE_GLYPHS['analyst-assessment']} an analyst assessment (judgement) {UNPLACED}; a dot
        no position; a ring a conflict among the side’s own statements; a thick underline a stance changed in the
        marking window, a dashed box a stale position (each says so when focused).
      </p>
      <div className="mt-1 flex flex-wrap items-start gap-x-6 gap-y-2">
        <div
          className="dense-scroll max-w-full overflow-x-auto"
          role="region"
          aria-label="Position matrix (compact)"
          tabIndex={0}
        >
          {/* Shown only while the table is wider than its box (app/globals.css, .dense-scroll-cue). */}
          <p className="dense-scroll-cue sticky left-0 text-xs font-semibold text-slate-800">
            Scroll sideways for all {sides.length} sides <span aria-hidden="true">→</span>
          </p>
          {PaintedTable ? (
            <PaintedTable size={size} heads={heads} matrix={matrix} markers={markers} />
          ) : (
            <table className="dense-matrix border-collapse leading-none" data-size={size}>
              {heads}
              <DenseBody rows={rows} markers={markers} linkDay={linkDay} painted={false} />
            </table>
          )}
        </div>
        <SideKey sides={sides} />
      </div>
    </div>
  );
}

/**
 * Who each column is: abbreviation, colour and full name, visible (the heads print only abbreviations,
 * which a projector or a phone cannot hover for a title). Beside the table on a wide screen, below it
 * when there is no room; drawn once, like the heads.
 */
const SideKey = memo(function SideKey({ sides }: { sides: MatrixView['sides'] }) {
  // Short markup (classes in app/globals.css, a colour swatch rather than the SVG mark): at scale the
  // key is 60 entries, twice in the page (HTML and its React payload), under the home page's size budget.
  return (
    <dl aria-label="Sides" data-testid="side-key" className="side-key">
      {sides.map((s) => (
        <div key={s.id} data-stakeholder={s.id}>
          <dt>
            <i style={{ background: s.style.color }} />
            {s.abbreviation}
          </dt>
          <dd>{s.name}</dd>
        </div>
      ))}
    </dl>
  );
});

/** The sides across the top: the same for every day an as-of view shows, so drawn once. */
const SideHeads = memo(function SideHeads({ sides }: { sides: MatrixView['sides'] }) {
  return (
    <MatrixHead
      sides={sides}
      cornerClass="dense-issue p-0.5 text-left align-bottom text-xs"
      sideClass="h-10 w-4 p-0 align-bottom text-[10px] [writing-mode:vertical-rl]"
      sideStyle={(s) => ({ color: s.style.color })}
      label={(s) => (
        <abbr title={s.name} className="font-semibold text-slate-900 no-underline">
          {s.abbreviation}
        </abbr>
      )}
    />
  );
});
