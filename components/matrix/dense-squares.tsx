import { memo } from 'react';
import type { CellView, MatrixView } from '@/lib/reshape';
import { formatStance } from '@/lib/stance';
import { noPositionWords, unplacedInline } from '@/lib/format';
import { EVIDENCE_GLYPHS } from './evidence-glyphs';
import { AsOfLink as Link } from '@/components/time/as-of-link';
import { hrefOnDay } from '@/lib/url';
import type { CellMarkers } from '@/lib/time/core';
import { changeWords } from '@/lib/time/words';
import { keyOf } from './matrix-cell';

/*
 * The compact matrix's squares: what each says and prints (one reading per drawn position), its markers,
 * and the table body that draws them — as links with text (the server's matrix) or as buttons whose
 * numbers and markers a canvas draws (the as-of view: PaintedTable). Shared by DenseMatrix and
 * PaintedTable, which draw the same body.
 */

/** What a dense cell's markers say, for its accessible name and (to a mouse) its tooltip. */
function markerWords(markers?: CellMarkers): string {
  return [
    markers?.change ? changeWords(markers.change).spoken : '',
    // Short: at scale most squares may carry it, twice over in the page (HTML and its React payload).
    markers?.stale ? `stale, ${markers.stale.atLeast ? 'at least ' : ''}${markers.stale.age} days old` : '',
  ]
    .filter(Boolean)
    .join('. ');
}

/** The square of a position not placed on the scale: a dash, not a letter (it is a stated position, not a verdict). */
export const UNPLACED_GLYPH = '–';
/** Readings already worked out, by drawn position: an as-of view draws each position once and shows it on many days. */
const readings = new WeakMap<NonNullable<CellView['current']>, { text: string; spoken: string }>();

/**
 * What a dense cell prints, and says to a screen reader. A position with no stance says what it is in
 * the one set of words (UNPLACED_WORDS, by the side's role): for a party, its stated position the
 * analysts did not place. Only one resting on analyst assessments (evidence kind "analyst-assessment")
 * is called an assessment, a judgement, and drawn with the key's ◆.
 */
function readingOf({ current, side, uncited }: CellView): { text: string; spoken: string } {
  // No position: a dot, and in words whether the side said nothing on the issue or no position is drawn from what it said.
  if (!current) return { text: '·', spoken: noPositionWords(uncited.length).toLowerCase() };
  let reading = readings.get(current);
  if (!reading) {
    const assessed = current.counts.some((c) => c.kind === 'analyst-assessment');
    reading = current.stance
      ? {
          text: formatStance(current.stance, 'bare'),
          spoken: `stance ${formatStance(current.stance, 'spoken')}: ${current.headline}`,
        }
      : {
          text: assessed ? EVIDENCE_GLYPHS['analyst-assessment'] : UNPLACED_GLYPH,
          spoken: `${unplacedInline(side.role)}${assessed ? ', an analyst assessment (judgement)' : ''}: ${current.headline}`,
        };
    readings.set(current, reading);
  }
  return reading;
}

/** A square's markers, space-separated (`conflict`, `change`, `stale`; '' for none). */
function squareMarks(cell: CellView, found: CellMarkers | undefined): string {
  return [cell.current?.conflicts.length && 'conflict', found?.change && 'change', found?.stale && 'stale']
    .filter(Boolean)
    .join(' ');
}

/** Whether a square's text takes the wide square: a range ("40–60"; in a one-number square it was cut to "40–"). */
export const isWide = (text: string) => text.length > 3;

/**
 * One square as the canvas draws it: its number (a range, a dash, a dot), whether it is wide (isWide),
 * and its markers. The painted squares' own data attributes say the same (for print).
 */
export type PaintedSquare = { text: string; wide: boolean; marks: string };

/** What the canvas draws for each row of squares (rows in the table's order, squares in the sides'). */
export function paintedRows(rows: MatrixView['rows'], markers: Record<string, CellMarkers>): PaintedSquare[][] {
  return rows.map(({ cells }) =>
    cells.map((cell) => {
      const { text } = readingOf(cell);
      return { text, wide: isWide(text), marks: squareMarks(cell, markers[keyOf(cell)]) };
    }),
  );
}

/**
 * The compact matrix's body: one row per issue, its head a link to the issue page, then one square per
 * side. Drawn again only when its rows, markers, links' day or kind change (an as-of view may hand it the
 * view a render behind: PaintedTable).
 */
export const DenseBody = memo(function DenseBody({
  rows,
  markers,
  linkDay,
  painted,
}: {
  rows: MatrixView['rows'];
  markers: Record<string, CellMarkers>;
  linkDay: string | undefined;
  painted: boolean;
}) {
  return (
    <tbody>
      {rows.map(({ issue, cells }) => {
        // The row's page on the view's day, by the one rule (hrefOnDay), asked once per row: each
        // square adds its side's place as a fragment after it, which is where the rule puts it too
        // (a fragment never decides whether or where the day goes). 30 calls a switch, not 1,800.
        const page = painted ? undefined : hrefOnDay(`/issues/${issue.id}/`, linkDay);
        return (
          <tr key={issue.id} className="border-t border-slate-200">
            <IssueHead id={issue.id} title={issue.title} />
            {cells.map((cell) => {
              const id = keyOf(cell);
              const found = markers[id];
              const { text, spoken } = readingOf(cell);
              const marked = markerWords(found);
              const marks = squareMarks(cell, found);
              return (
                <DenseCell
                  key={cell.side.id}
                  id={id}
                  side={cell.side.id}
                  issue={issue.id}
                  href={page && `${page}#side-${cell.side.id}`}
                  text={text}
                  label={`${cell.side.name} on ${issue.title}: ${spoken}${marked ? `. ${marked}` : ''}`}
                  title={painted ? '' : marked}
                  marks={marks}
                />
              );
            })}
          </tr>
        );
      })}
    </tbody>
  );
});

/** An issue's row heading, a link to its page (drawn once, like the sides). */
const IssueHead = memo(function IssueHead({ id, title }: { id: string; title: string }) {
  return (
    <th scope="row" className="dense-issue max-w-36 truncate p-0 pr-2 text-left text-xs font-semibold">
      <Link href={`/issues/${id}/`} className="text-blue-900 underline decoration-slate-400">
        {title}
      </Link>
    </th>
  );
});

/**
 * One square. Its props are plain strings and flags, so when an as-of view switches days the squares
 * that read the same are not drawn again. A plain anchor, no component per square: the day is already
 * in `href` (hrefOnDay, the rule every link follows).
 *
 * Painted (the as-of view in the browser, where a new day changes most squares at once at scale): a
 * button that opens the cell's panel, carrying what the canvas draws over it (PaintedNumbers) in data
 * attributes — its number (`data-text`) and its markers (`data-marks`): data attributes no style rule
 * reads on a screen, so setting them on a thousand squares restyles and lays out nothing (a class or a
 * title did: ~10 ms a switch each, measured). A mouse over it shows its spoken name (PaintedNumbers'
 * tip) in place of a title. It carries no link: a link would have to carry the day, and every square's
 * address would change with it.
 */
const DenseCell = memo(function DenseCell(props: {
  id: string;
  side: string;
  issue: string;
  /** Undefined when painted (see above): the square is a button, not a link. */
  href: string | undefined;
  text: string;
  label: string;
  title: string;
  /** Its markers, space-separated: `conflict`, `change`, `stale` (or none). */
  marks: string;
}) {
  const { id, side, issue, href, text, label, title, marks } = props;
  // Attributes a square may not have are left out, not set to undefined: at scale the server's React
  // payload would carry each of them as "$undefined", 1,800 times (the home page's size budget).
  const wide = isWide(text) && { 'data-wide': true };
  if (href === undefined)
    return (
      <td data-stakeholder={side} data-issue={issue} className="p-px">
        <button
          type="button"
          data-cell={id}
          aria-label={label}
          className="dense-cell"
          data-text={text}
          {...wide}
          {...(marks && { 'data-marks': marks })}
        />
      </td>
    );
  // Every marker is drawn over the square (a shadow, a ring, an outline), none takes room in it:
  // a marker that comes or goes on a new day then repaints the square without laying it out again.
  const classes = marks.split(' ').map((mark) => MARKER_CLASSES[mark as keyof typeof MARKER_CLASSES] ?? '');
  return (
    <td data-stakeholder={side} data-issue={issue} className="p-px">
      <a
        href={href}
        data-cell={id}
        aria-label={label}
        className={['dense-cell', ...classes].filter(Boolean).join(' ')}
        {...wide}
        {...(title && { title })}
      >
        {text}
      </a>
    </td>
  );
});

/** How the server's squares draw each marker (the canvas draws the same when painted: PaintedNumbers). */
const MARKER_CLASSES = {
  conflict: 'ring-2 ring-amber-700',
  change: 'shadow-[inset_0_-2px_0_var(--color-blue-900)]',
  stale: 'outline-1 outline-dashed outline-slate-700',
};
