/**
 * An article → a proposed source record and candidate statements, matched against the dataset's
 * actors, stakeholders and issues. Pure: the caller reads the file and the data folder.
 * This is the stable shape `npm run ingest -- --json` prints and the studio reviews.
 */
import type { Actor, Issue, Source, Stakeholder } from '../schema';
import { readArticle, type Article } from './article';
import { extractCandidates, type Attribution, type CandidateEvidence } from './extract';
import { guessStakeholder, matchActor, slug, suggestIssues } from './match';

export type Candidate = {
  /** The words inside the quotation marks, verbatim; null for a paraphrase. */
  quote: string | null;
  /** The resolved speaker's name as the article gives it in full. */
  speaker: string | null;
  /** Actor id, or null when the speaker is not in actors.json yet. */
  actor: string | null;
  passage: string;
  evidence: CandidateEvidence;
  date: string | null;
  dateApprox: boolean;
  issues: string[];
  confidence: number;
  /** The title and role words the article gives the speaker. */
  speakerRole: string;
  /** The attribution rule that found the speaker, for the reviewer. */
  why: string;
  /** Why this speaker: the rule, the words that named them, confidence, and whether to check (lib/ingest/extract.ts). */
  attribution: Attribution;
};

/** A new actor proposed for a speaker the dataset does not know. */
export type ProposedActor = Pick<Actor, 'id' | 'name' | 'role' | 'kind' | 'anonymous'> & { stakeholder: string | null };

export type Proposal = {
  source: Source;
  /** The article's text as it will be saved to data/sources/<id>.txt. */
  text: string;
  candidates: Candidate[];
  proposedActors: ProposedActor[];
};

export type DatasetView = {
  actors: Actor[];
  stakeholders: Stakeholder[];
  issues: Issue[];
  sources?: Pick<Source, 'id'>[];
};

export type IngestOptions = Partial<
  Pick<Source, 'title' | 'outlet' | 'published' | 'url' | 'language' | 'author' | 'kind' | 'extent'>
> & {
  id?: string;
  today?: string;
};

const round = (n: number) => Math.max(0, Math.min(1, Math.round(n * 100) / 100));

export function proposeSource(article: Article, options: IngestOptions, taken: Set<string>): Source {
  const facts = article.facts;
  const inferred: Source['inferred'] = [];
  const notes: string[] = [];
  const fact = <K extends keyof typeof facts>(
    key: K & Source['inferred'][number],
    given: string | undefined,
    fallback: string,
    why: string,
  ): string => {
    const read = facts[key];
    if (read) return read;
    inferred.push(key);
    notes.push(given ? `${key} given by the analyst at intake` : `${key}: ${why}`);
    return given ?? fallback;
  };
  const title = fact(
    'title',
    options.title,
    (article.paragraphs[0] ?? 'Untitled article').slice(0, 120).replace(/\s+\S*$/, '') + '…',
    'not stated; the opening words stand in until an analyst writes one',
  );
  const outlet = fact('outlet', options.outlet, 'Outlet not stated', 'not stated in the file');
  const published = fact(
    'published',
    options.published,
    options.today ?? new Date().toISOString().slice(0, 10),
    'not stated; the day of intake stands in',
  );
  const language = fact('language', options.language, 'en', 'not stated; English assumed');
  const url = facts.url ?? options.url;
  if (!facts.url && options.url) {
    inferred.push('url');
    notes.push('url given by the analyst at intake');
  }
  const author = facts.author ?? options.author;
  const outletWord =
    outlet === 'Outlet not stated' ? '' : (outlet.split(/\s+/).find((w) => !/^(?:the|a|an)$/i.test(w)) ?? '');
  let id = options.id ?? (slug(`${outletWord} ${title}`).split('-').slice(0, 8).join('-') || 'article');
  for (let n = 2; taken.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
  return {
    id,
    title,
    outlet,
    ...(author ? { author } : {}),
    published,
    publishedApprox: inferred.includes('published'),
    ...(url ? { url } : {}),
    language,
    // What kind of text it is and whether the file is all of it are the analyst's to confirm:
    // intake proposes a full news report and says so.
    kind: options.kind ?? 'news-report',
    extent: options.extent ?? 'full',
    inferred: [
      ...inferred,
      ...(options.kind ? [] : (['kind'] as const)),
      ...(options.extent ? [] : (['extent'] as const)),
    ],
    ...(notes.length ? { inferenceNote: `Intake: ${notes.join('; ')}.` } : {}),
  };
}

/** Builds the proposal for an already-read article. */
export function proposeFromArticle(article: Article, data: DatasetView, options: IngestOptions = {}): Proposal {
  const source = proposeSource(article, options, new Set((data.sources ?? []).map((s) => s.id)));
  const extracted = extractCandidates(article.paragraphs, { published: source.published, headline: article.headline });
  const proposedActors = new Map<string, ProposedActor>();
  const taken = new Set(data.actors.map((a) => a.id));
  const candidates: Candidate[] = extracted.map((c) => {
    let actor: string | null = null;
    let confidence = c.confidence;
    if (c.speaker) {
      const known = matchActor(c.speaker, data.actors);
      if (known) actor = known.id;
      else {
        confidence -= 0.05;
        const key = c.speaker.toLowerCase();
        if (!proposedActors.has(key)) {
          let id = slug(c.speaker) || 'speaker';
          for (let n = 2; taken.has(id); n++) id = `${slug(c.speaker)}-${n}`;
          taken.add(id);
          proposedActors.set(key, {
            id,
            name: c.speaker,
            role: c.role.trim() || 'Role not stated in the source',
            stakeholder: guessStakeholder(`${c.role} ${c.speaker}`, data.stakeholders, data.actors),
            kind: c.speakerKind === 'person' ? 'person' : 'group',
            anonymous: c.speakerKind === 'anonymous',
          });
        }
      }
    }
    return {
      quote: c.quote,
      speaker: c.speaker,
      actor,
      passage: c.passage,
      evidence: c.evidence,
      date: c.date,
      dateApprox: c.dateApprox || source.publishedApprox,
      issues: suggestIssues(c.passage, data.issues),
      confidence: round(confidence),
      speakerRole: c.role.trim(),
      why: c.rule,
      attribution: c.attribution,
    };
  });
  return {
    source,
    text: article.paragraphs.join('\n\n') + '\n',
    candidates,
    proposedActors: [...proposedActors.values()],
  };
}

/** File name and bytes → proposal. Throws ArticleError for input that is not a readable article. */
export function ingest(file: string, bytes: Uint8Array, data: DatasetView, options: IngestOptions = {}): Proposal {
  return proposeFromArticle(readArticle(file, bytes), data, options);
}
