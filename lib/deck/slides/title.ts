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

/** The title slide counts the statements and sources of the chosen sides and issues. */
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
      notes: [
        `As of ${asOf}. ${plural(statements, 'statement')} from ${plural(sources.size, 'source')}. Stances are analyst judgements.`,
      ],
      footnote: scope.cite(sources),
    };
  },
};
