/**
 * An article → a proposed source record and candidate statements, matched against the dataset's
 * actors, stakeholders and issues. Pure: the caller reads the file and the data folder.
 * This is the stable shape `npm run ingest -- --json` prints and the studio reviews.
 */
import type { Actor, Issue, Source, Stakeholder } from '../schema';
import { readArticle, type Article } from './article';
import { dateStatement } from './dates';
import { extractCandidates, type Attribution, type CandidateEvidence } from './extract';
import { guessStakeholder, matchActor, slug, suggestIssues } from './match';
import { normalisedText } from '../text';

export type Candidate = {
  /** The words inside the quotation marks, verbatim; null for a paraphrase. */
  quote: string | null;
  /** The resolved speaker's name as the article gives it in full. */
  speaker: string | null;
  /** Actor id, or null when the speaker is not in actors.json yet. */
  actor: string | null;
  passage: string;
  evidence: CandidateEvidence;
  /** Null when it cannot be known without the publication date; `dateNote` then says why. */
  date: string | null;
  dateApprox: boolean;
  /** How the date was arrived at when the article does not state it, or why it is unresolved. */
  dateNote: string | null;
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

/** The source record as intake proposes it: the publication date and the extent are null until the
 * file states them or the analyst gives them — never guessed. */
export type ProposedSource = Omit<Source, 'published' | 'extent'> & {
  published: string | null;
  extent: Source['extent'] | null;
};

export type Proposal = {
  source: ProposedSource;
  /** The article's text as it will be saved to data/sources/<id>.txt (a .txt byte for byte). */
  text: string;
  /** The article's paragraphs (whitespace squashed), the headline first: what passages are cut from. */
  paragraphs: string[];
  /** Set when the file states no publication date and none was given: what the analyst must supply. */
  needsPublished: boolean;
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
};

const round = (n: number) => Math.max(0, Math.min(1, Math.round(n * 100) / 100));

export function proposeSource(article: Article, options: IngestOptions, taken: Set<string>): ProposedSource {
  const facts = article.facts;
  const inferred: Source['inferred'] = [];
  const notes: string[] = [];
  // A fact the file states, or the analyst gives, is taken as is; one intake works out is listed as inferred.
  const fact = (
    key: 'title' | 'outlet' | 'language',
    given: string | undefined,
    fallback: string,
    why: string,
  ): string => {
    const read = facts[key] ?? given;
    if (read) return read;
    inferred.push(key);
    notes.push(`${key}: ${why}`);
    return fallback;
  };
  const title = fact(
    'title',
    options.title,
    (article.paragraphs[0] ?? 'Untitled article').slice(0, 120).replace(/\s+\S*$/, '') + '…',
    'not stated; the opening words stand in until an analyst writes one',
  );
  const outlet = fact('outlet', options.outlet, 'Outlet not stated', 'not stated in the file');
  const published = facts.published ?? options.published ?? null;
  const language = fact('language', options.language, 'en', 'not stated; English assumed');
  const url = facts.url ?? options.url;
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
    publishedApprox: false,
    ...(url ? { url } : {}),
    language,
    // What kind of text it is is proposed (a news report) and listed as inferred; whether the file is
    // all of it is asked, never assumed.
    kind: options.kind ?? 'news-report',
    extent: options.extent ?? null,
    inferred: [...inferred, ...(options.kind ? [] : (['kind'] as const))],
    ...(notes.length ? { inferenceNote: `Intake: ${notes.join('; ')}.` } : {}),
  };
}

/** Builds the proposal for an already-read article. */
export function proposeFromArticle(article: Article, data: DatasetView, options: IngestOptions = {}): Proposal {
  const source = proposeSource(article, options, new Set((data.sources ?? []).map((s) => s.id)));
  const published = source.published ?? undefined;
  const extracted = extractCandidates(article.paragraphs, { published, headline: article.headline });
  const body = article.headline ? 1 : 0;
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
            stakeholder: guessStakeholder(`${c.role} ${c.speaker}`, data.stakeholders, data.actors, c.speaker ?? ''),
            kind: c.speakerKind === 'person' ? 'person' : 'group',
            anonymous: c.speakerKind === 'anonymous',
          });
        }
      }
    }
    const when = dateStatement(
      {
        sentence: c.passage,
        paragraph: article.paragraphs[c.paragraph] ?? c.passage,
        earlier: () => article.paragraphs.slice(body, Math.max(body, c.paragraph)).join('\n\n'),
      },
      published,
    );
    return {
      quote: c.quote,
      speaker: c.speaker,
      actor,
      passage: c.passage,
      evidence: c.evidence,
      date: when.date,
      dateApprox: when.approx,
      dateNote: when.note,
      issues: suggestIssues(c.passage, data.issues),
      confidence: round(confidence),
      speakerRole: c.role.trim(),
      why: c.rule,
      attribution: c.attribution,
    };
  });
  return {
    source,
    text: article.text,
    paragraphs: article.paragraphs,
    needsPublished: source.published === null,
    candidates,
    proposedActors: [...proposedActors.values()],
  };
}

/**
 * The source already in the data folder whose text is this article's (whitespace aside), if any:
 * statements from it are added to that source rather than to a second copy.
 */
export function existingSourceOf<S extends Pick<Source, 'id'>>(
  text: string,
  sources: S[],
  texts: Map<string, string>,
): S | undefined {
  const wanted = normalisedText(text);
  return sources.find((s) => {
    const saved = texts.get(s.id);
    return saved !== undefined && normalisedText(saved) === wanted;
  });
}

/** File name and bytes → proposal. Throws ArticleError for input that is not a readable article. */
export function ingest(file: string, bytes: Uint8Array, data: DatasetView, options: IngestOptions = {}): Proposal {
  return proposeFromArticle(readArticle(file, bytes), data, options);
}
