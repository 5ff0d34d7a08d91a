import { cut, joinNotes, SLIDE_FIT, type SlideFactsBase, type SlideKind, type SlideViewBase } from '../types';
import type { SideLine } from './side-line';
import { noPositionWords } from '../../format';

type Row = { issue: string; cells: (SideLine & { conflict: boolean })[] };
export type MatrixFacts = SlideFactsBase<'matrix'> & { rows: Row[] };
export type MatrixSlide = SlideViewBase<'matrix'> & { rows: Row[] };

type Cell = Row['cells'][number];
/**
 * Where a cell's stance sits, short: the named point alone in a cell this small, and a range just
 * "A range" (its ends follow in numbers: six sides' range words do not fit a slide).
 */
export const cellPlace = (c: Cell) => c.stanceShort;

/** A cell with no position drawn, as every view says it: with the side's related statements on the issue. */
export const cellNoPosition = (c: Cell) => noPositionWords(c.related ?? 0);

/** Said on the slide itself, not only in the notes: the stances are ours, placed on each issue's scale. */
export const MATRIX_CAPTION =
  'Stances: where each side sits on the issue’s scale (0–100) — an analyst judgement, not the side’s own number.';

export const matrix: SlideKind<MatrixFacts, MatrixSlide> = {
  compose: ({ id, kind, title, notes, rows }, scope) => {
    const kept = rows
      .filter((r) => scope.keepIssue(r.issue))
      .map((r) => ({ ...r, cells: r.cells.filter((c) => scope.keepSide(c.stakeholder)) }));
    return {
      id,
      kind,
      title,
      rows: kept,
      notes: scope.notes(notes),
      footnote: scope.cite(kept.flatMap((r) => r.cells.flatMap((c) => c.sources))),
    };
  },
  fit: (slide, { shown, sideNote }) => {
    const rows = slide.rows
      .slice(0, SLIDE_FIT.issues)
      .map((r) => ({ ...r, cells: r.cells.filter((c) => shown.has(c.stakeholder)) }));
    return { ...slide, rows, omitted: joinNotes(cut('issues', rows.length, slide.rows.length), sideNote) };
  },
};
