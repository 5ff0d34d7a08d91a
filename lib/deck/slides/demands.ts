import { RESPONSE_HEAD, RESPONSE_LABELS } from '../../format';
import { cut, joinNotes, SLIDE_FIT, type SlideFactsBase, type SlideKind, type SlideViewBase } from '../types';

type Row = {
  stakeholder: string;
  issue: string;
  /** The demand in our words ("Rules out: …" for a red line); never printed in quotation marks. */
  text: string;
  responses: { stakeholder: string; label: string; sources: string[] }[];
  sources: string[];
};
export type DemandsFacts = SlideFactsBase<'demands'> & { rows: Row[] };
export type DemandsSlide = SlideViewBase<'demands'> & { rows: Row[] };

/** What a side's column says for a demand: its answer, (own) for its own demand, or that it stated none. */
export const answerOf = (row: Row, side: string) =>
  side === row.stakeholder
    ? '(own)'
    : (row.responses.find((x) => x.stakeholder === side)?.label ?? RESPONSE_LABELS.none);

/**
 * The demand column's head, which also says once for the whole table that the side columns' verdicts
 * ("Accepts", "Partly", "Rejects") are the analysts' reading (a label in each narrow cell would clip).
 */
export const DEMAND_HEAD = `Demand · side columns: ${RESPONSE_HEAD}`;

/**
 * The demand table at 14 pt on a 16:9 slide: the demand column holds about this many characters a
 * line, and the table area this many lines (header included). Rows are split across slides by
 * these, so a long table continues on the next slide instead of shrinking or running off it.
 */
export const DEMAND_TABLE = { charsPerLine: 48, lines: 21, head: 2.4 } as const;

/**
 * Lines a row takes: its demand text wrapped in the demand column, at least two (an answer such as
 * "No stated response" wraps in a side's narrow column), plus the cell padding.
 */
export const demandRowLines = (row: Pick<Row, 'text'>) =>
  Math.max(2, Math.ceil((row.text.length + 5) / DEMAND_TABLE.charsPerLine)) + 0.4;

/** Rows split into pages that each fit the table area; a row too long for a page gets one to itself. */
export function pageDemandRows<R extends Pick<Row, 'text'>>(rows: R[], lines: number = DEMAND_TABLE.lines): R[][] {
  const pages: R[][] = [];
  let page: R[] = [];
  let used = DEMAND_TABLE.head; // the header row: DEMAND_HEAD takes two lines
  for (const row of rows) {
    const need = demandRowLines(row);
    if (page.length > 0 && used + need > lines) {
      pages.push(page);
      page = [];
      used = DEMAND_TABLE.head;
    }
    page.push(row);
    used += need;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

export const demands: SlideKind<DemandsFacts, DemandsSlide> = {
  compose: ({ id, kind, title, notes, rows }, scope) => {
    const kept = rows
      .filter((r) => scope.keepSide(r.stakeholder) && scope.keepIssue(r.issue))
      .map((r) => ({ ...r, responses: r.responses.filter((x) => scope.keepSide(x.stakeholder)) }));
    const sources = kept.flatMap((r) => [...r.sources, ...r.responses.flatMap((x) => x.sources)]);
    return { id, kind, title, rows: kept, notes: scope.notes(notes), footnote: scope.cite(sources) };
  },
  fit: (slide, { shown, sideNote }) => {
    // A demand of a side the deck does not show has no column or mark to draw with: named as cut.
    const ofShown = slide.rows.filter((r) => shown.has(r.stakeholder));
    const rows = ofShown
      .slice(0, SLIDE_FIT.demandRows)
      .map((r) => ({ ...r, responses: r.responses.filter((x) => shown.has(x.stakeholder)) }));
    const pages = pageDemandRows(rows);
    const omitted = joinNotes(cut('demands', rows.length, slide.rows.length), sideNote);
    return pages.map((page, n) => ({
      ...slide,
      id: n === 0 ? slide.id : `${slide.id}-${n + 1}`,
      title: pages.length > 1 ? `${slide.title} (${n + 1} of ${pages.length})` : slide.title,
      rows: page,
      omitted: n === pages.length - 1 ? omitted : sideNote,
    }));
  },
};
