import type { SlideFactsBase, SlideKind, SlideViewBase } from '../types';

/** Every source, whatever the selection: the list a reader checks the briefing against. */
export type SourcesFacts = SlideFactsBase<'sources'> & { citations: string[] };
export type SourcesSlide = SlideViewBase<'sources'> & { citations: string[] };

export const sources: SlideKind<SourcesFacts, SourcesSlide> = {
  compose: ({ id, kind, title, notes, citations }, scope) => ({
    id,
    kind,
    title,
    citations,
    notes: scope.notes(notes),
    footnote: '',
  }),
};
