/**
 * For the studio's save tests: a fictional one-quote article and the records an analyst would accept
 * from it (its source, its speaker on the Analysts side, the quoted statement), built from a few words
 * so each test names only what makes its article its own.
 */
import type { Statement } from '../../lib/schema';
import type { SaveRequest } from './save';

export type Article = {
  id: string;
  title: string;
  outlet: string;
  published: string;
  /** The quoted words, without the comma the passage puts after them. */
  quote: string;
  /** Who said it, as the passage names them after "said". */
  saidBy: string;
  speaker: { id: string; name: string; role: string };
  statementId: string;
  summary: string;
};

const passage = (a: Article) => `"${a.quote}," said ${a.saidBy}.`;
export const articleText = (a: Article) => `${a.title}\n\n${passage(a)}\n`;

export const articleStatement = (a: Article, over: Partial<Statement> = {}): Statement => ({
  id: a.statementId,
  actor: a.speaker.id,
  source: a.id,
  date: a.published,
  dateApprox: false,
  channel: `Remarks to the ${a.outlet}`,
  issues: ['summit-format'],
  evidence: 'direct-quote',
  quotes: [`${a.quote},`],
  passage: passage(a),
  summary: a.summary,
  ...over,
});

export const articleSave = (
  versions: SaveRequest['versions'],
  a: Article,
  over: Partial<SaveRequest> = {},
): SaveRequest => ({
  versions,
  source: {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    publishedApprox: false,
    language: 'en',
    kind: 'news-report',
    extent: 'full',
    inferred: [],
  },
  text: articleText(a),
  actors: [{ ...a.speaker, stakeholder: 'analysts', kind: 'person', anonymous: false }],
  statements: [articleStatement(a)],
  ...over,
});
