import { continued, pageBy, wrappedLines, type SlideFactsBase, type SlideKind, type SlideViewBase } from '../types';

/** Every source with its id (the deck lists those it cites), in the data's order. */
export type SourcesFacts = SlideFactsBase<'sources'> & { citations: string[]; ids?: string[] };
export type SourcesSlide = SlideViewBase<'sources'> & {
  citations: string[];
  /** The number the first citation on this slide carries (the list continues over slides). */
  start: number;
  /** Source ids beside the citations, until the list is closed over the sources the deck cites. */
  ids?: string[];
};

/**
 * The list at 1.5 cqw (about 19 px at 1280 wide, 14 pt in the .pptx): about this many characters a
 * line and this many lines a slide (rendered, a line holds about 120 characters and the body about
 * 19 lines with the space between items: some room is kept).
 */
export const SOURCE_LIST = { charsPerLine: 110, lines: 18 } as const;
const sourceLines = (citation: string) => wrappedLines(citation, SOURCE_LIST.charsPerLine, 0.4);

export const sources: SlideKind<SourcesFacts, SourcesSlide> = {
  compose: ({ id, kind, title, notes, citations, ids }, scope) => ({
    id,
    kind,
    title,
    citations,
    start: 1,
    ...(ids ? { ids } : {}),
    notes: scope.notes(notes),
    footnote: '',
  }),
  // Only the sources the deck cites, so the title slide's count and this list agree.
  close: (slide, cited) => {
    if (!slide.ids) return slide;
    const ids = slide.ids;
    const citations = slide.citations.filter((_, i) => cited.has(ids[i]!));
    return { ...slide, citations, ids: undefined };
  },
  fit: (slide) => {
    const pages = pageBy(slide.citations, sourceLines, SOURCE_LIST.lines);
    let start = 1;
    return continued(slide, pages.length, (n) => {
      const page = { citations: pages[n]!, start };
      start += pages[n]!.length;
      return page;
    });
  },
};
