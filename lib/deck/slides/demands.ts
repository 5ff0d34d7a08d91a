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

/** What a side's column says for a demand: its answer, (own) for its own demand, blank for none. */
export const answerOf = (row: Row, side: string) =>
  side === row.stakeholder ? '(own)' : (row.responses.find((x) => x.stakeholder === side)?.label ?? '');

export const demands: SlideKind<DemandsFacts, DemandsSlide> = {
  compose: ({ id, kind, title, notes, rows }, scope) => {
    const kept = rows
      .filter((r) => scope.keepSide(r.stakeholder) && scope.keepIssue(r.issue))
      .map((r) => ({ ...r, responses: r.responses.filter((x) => scope.keepSide(x.stakeholder)) }));
    const sources = kept.flatMap((r) => [...r.sources, ...r.responses.flatMap((x) => x.sources)]);
    return { id, kind, title, rows: kept, notes: scope.notes(notes), footnote: scope.cite(sources) };
  },
  fit: (slide, { shown, sideNote }) => {
    const rows = slide.rows
      .slice(0, SLIDE_FIT.rows)
      .map((r) => ({ ...r, responses: r.responses.filter((x) => shown.has(x.stakeholder)) }));
    return { ...slide, rows, omitted: joinNotes(cut('demands', rows.length, slide.rows.length), sideNote) };
  },
};
