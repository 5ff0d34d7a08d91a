import { plural } from '../../format';
import type { SlideFactsBase, SlideKind, SlideViewBase } from '../types';

export type TitleFacts = SlideFactsBase<'title'> & { subject: string; asOf: string };
export type TitleSlide = SlideViewBase<'title'> & {
  subject: string;
  asOf: string;
  sources: number;
  statements: number;
};

/** The counts line, as HTML and PowerPoint both print it. */
export const titleCounts = (s: TitleSlide) =>
  `As of ${s.asOf} · ${plural(s.sources, 'source')} · ${plural(s.statements, 'statement')}`;

const titleNote = (s: Pick<TitleSlide, 'asOf' | 'statements' | 'sources'>) =>
  `As of ${s.asOf}. ${plural(s.statements, 'statement')}; ${plural(s.sources, 'source')} cited, listed at the end. Stances are analyst judgements.`;

/**
 * The title slide counts the statements of the chosen sides and issues, and the sources the deck
 * cites (the ones its Sources slides list: `close` sets the count once every slide is composed).
 */
export const title: SlideKind<TitleFacts, TitleSlide> = {
  compose: ({ id, kind, title, subject, asOf }, scope) => {
    const sources = new Set(scope.statements.map((s) => s.source));
    const statements = scope.statements.length;
    return {
      id,
      kind,
      title,
      subject,
      asOf,
      sources: sources.size,
      statements,
      notes: [titleNote({ asOf, statements, sources: sources.size })],
      footnote: scope.cite(sources),
    };
  },
  close: (slide, cited) => ({
    ...slide,
    sources: cited.size,
    footnote: cited.size > 0 ? `${plural(cited.size, 'source')} — listed at the end` : slide.footnote,
    notes: [titleNote({ ...slide, sources: cited.size }), ...slide.notes.slice(1)],
  }),
};
