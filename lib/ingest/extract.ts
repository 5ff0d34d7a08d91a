/**
 * From an article's paragraphs to candidate statements: every quoted span with who said it, the
 * passage that carries it, when, and how sure we are; plus reported speech without quotation marks
 * as paraphrase candidates. Attribution follows news English in general:
 *   "…," X said / "…," said X / X said: "…" / according to X / X told … / a colon introduction /
 *   a pronoun or "the minister" referring back / a quotation run on over paragraphs / a quotation
 *   standing alone, which continues the last speaker.
 */
import { findQuotes, splitSentences, type QuoteSpan, type Sentence } from './quotes';
import {
  TITLE_WORDS,
  fold,
  nameRuns,
  readObject,
  readPhrase,
  readRun,
  readSubject,
  surname,
  type Phrase,
} from './names';
import { saidOn } from './dates';
import nlp from 'compromise';

export type CandidateEvidence = 'direct-quote' | 'paraphrase' | 'anonymous-officials' | 'document';

export type Extracted = {
  quote: string | null;
  speaker: string | null;
  /** Title and role words the article puts around the speaker's name ("Kremlin spokesman"). */
  role: string;
  speakerKind: 'person' | 'organisation' | 'anonymous' | 'document' | 'unknown';
  passage: string;
  paragraph: number;
  evidence: CandidateEvidence;
  date: string | null;
  dateApprox: boolean;
  confidence: number;
  /** Why this speaker: the rule that matched, for the reviewer. */
  rule: string;
};

const VERBS =
  'said|says|say|told|tells|added|adds|wrote|writes|stated|states|declared|declares|insisted|insists|argued|argues|warned|warns|noted|notes|explained|continued|replied|responded|asked|asks|tweeted|posted|claimed|claims|recalled|remarked|stressed|stresses|emphasi[sz]ed|underlined|concluded|suggested|suggests|acknowledged|admitted|conceded|confirmed|announced|predicted|cautioned|complained|promised|vowed|pledged|urged|urges|repeated|reiterated|observed|commented|quipped|maintained|contended|countered|retorted|called|calls|described|describes|dismissed|denied|accused|hailed|praised|critici[sz]ed|labell?ed|reads|read|put it|went on|shot back|told reporters|saying|telling|adding|writing|calling|describing|insisting|warning|arguing|noting|according to|let it be known|made clear|made it clear|provides|stipulates';
const VERB_RE = new RegExp(`\\b(${VERBS}|According to)\\b`, 'g');
const PARTICIPLE = /^(saying|telling|adding|writing|calling|describing|insisting|warning|arguing|noting)$/i;
const NOT_A_STATEMENT =
  /\b(?:so-called|titled|entitled|dubbed|named|headlined|known as|nicknamed|codenamed|code-named|slogan|motto|banner|hashtag|(?:a|an|the)\s+[\p{L}-]+\s+called)\s*$/iu;
const OUTLET =
  /\b(agency|news|newspaper|daily|television|tv|radio|channel|broadcaster|outlet|media|wire|magazine|website|paper)\b/i;

type Person = { name: string; title: string };

/** Role words that name the same office in news copy. */
const SYNONYMS: Record<string, string> = {
  premier: 'premier|prime minister',
  leader: 'leader|president|prime minister|premier|chancellor',
  head: 'head|chief|director|chair',
  chief: 'chief|head|director',
  spokesman: 'spokes(?:man|woman|person)',
  spokeswoman: 'spokes(?:man|woman|person)',
  spokesperson: 'spokes(?:man|woman|person)',
  negotiator: 'negotiator|envoy',
  envoy: 'envoy|negotiator',
};
type Found = { phrase: Phrase; rule: string; confidence: number; verb?: string };

/** Blanks the words inside quotation marks so rules read only the reporter's own words. */
function mask(p: string, quotes: QuoteSpan[]): string {
  let out = p;
  for (const q of quotes)
    out = out.slice(0, q.open + 1) + ' '.repeat(Math.max(0, q.close - q.open - 1)) + out.slice(q.close);
  return out;
}

class Registry {
  readonly people: Person[] = [];
  private order = new Map<Person, number>();
  private clock = 0;

  /** Notes that the article has just mentioned this person (role words refer to recent mentions). */
  mention(person: Person | undefined): Person | undefined {
    if (person) this.order.set(person, ++this.clock);
    return person;
  }

  add(name: string, title: string): Person {
    const existing = this.find(name);
    if (existing) {
      if (name.split(' ').length > existing.name.split(' ').length) existing.name = name;
      if (title && !existing.title.includes(title)) existing.title = `${existing.title} ${title}`.trim();
      return existing;
    }
    const person = { name, title };
    this.people.push(person);
    return person;
  }

  find(name: string): Person | undefined {
    const target = fold(name);
    const whole = this.people.find((p) => fold(p.name) === target);
    if (whole) return whole;
    const sur = surname(name);
    const same = this.people.filter(
      (p) =>
        surname(p.name) === sur &&
        (name.split(' ').length === 1 || p.name.split(' ').length === 1 || fold(p.name)[0] === target[0]),
    );
    return same.length >= 1 ? same[same.length - 1] : undefined;
  }

  /** "the minister", "Kestrian envoy": the most recently mentioned person with that title (and that country word). */
  byRole(role: string, qualifier = ''): Person | undefined {
    const word = role.replace(/[^\p{L}-]/gu, '').toLowerCase();
    const pattern = SYNONYMS[word] ?? word;
    const matching = this.people.filter((p) => new RegExp(`\\b(?:${pattern})`, 'iu').test(p.title));
    const stem = fold(qualifier).slice(0, 5);
    const fits = (p: Person) => (stem.length >= 3 && fold(p.title).includes(stem) ? 1 : 0);
    return matching.sort((a, b) => fits(b) - fits(a) || (this.order.get(b) ?? 0) - (this.order.get(a) ?? 0))[0];
  }
}

function lastVerb(text: string): { index: number; verb: string } | null {
  let found: { index: number; verb: string } | null = null;
  for (const m of text.matchAll(VERB_RE)) found = { index: m.index!, verb: m[1]! };
  return found;
}

/** The main clause's first named person: "While X …, Y said" → Y. */
function sentenceSubject(masked: string, registry: Registry): Person | undefined {
  let text = masked;
  if (
    /^\s*(?:while|although|though|as|after|before|when|if|because|since|even as|whereas|despite|hours after|days after)\b/i.test(
      text,
    ) &&
    text.includes(',')
  ) {
    text = text.slice(text.indexOf(',') + 1);
  }
  const role =
    /^\s*(?:but\s+|and\s+)?the\s+(president|minister|prime minister|spokes(?:man|woman|person)|envoy|chancellor|premier|leader|secretary|general|ambassador|negotiator|official)\b/i.exec(
      text,
    );
  if (role) return registry.byRole(role[1]!.split(' ').pop()!);
  const according = /^\s*according to\s+/i.exec(text);
  if (according) {
    const named = nameRuns(text.slice(according[0].length)).map(readRun)[0];
    if (named?.kind === 'person') return registry.find(named.name);
  }
  for (const run of nameRuns(text)) {
    // "outside Velmora", "with Trump": a name after a preposition is not the subject.
    if (
      /\b(?:in|at|of|outside|from|to|with|by|for|near|against|about|into|on|over|between|than)\s+(?:the\s+)?$/i.test(
        text.slice(0, run.start),
      )
    )
      continue;
    const named = readRun(run);
    if (named?.kind === 'person') {
      const person = registry.find(named.name);
      if (person) return person;
    }
  }
  return undefined;
}

/** Who the reporter's words after a closing quotation mark name: `," X said` / `," said X` / `," according to X`. */
function attributeAfter(after: string): Found | null {
  const m =
    /^[\s,.;!?—–-]*(.{0,200}?)\b(said|says|told|tells|added|adds|wrote|writes|stated|declared|insisted|insists|argued|argues|warned|warns|noted|explained|continued|replied|responded|asked|tweeted|posted|claimed|recalled|remarked|stressed|emphasi[sz]ed|underlined|concluded|suggested|acknowledged|admitted|conceded|confirmed|announced|predicted|cautioned|complained|promised|vowed|pledged|urged|repeated|reiterated|observed|commented|quipped|maintained|contended|countered|retorted|reads|read|went on|shot back|according to|reported)\b(.*)$/s.exec(
      after,
    );
  if (!m) return null;
  const [, subject, verb, rest] = m;
  // "…," the news agency reported: the outlet that carried the words, not their speaker.
  if (verb === 'reported' && OUTLET.test(subject!)) return null;
  if (subject!.split(/\s+/).filter(Boolean).length > 22 || /[.!?]\s/.test(subject!)) return null;
  if (!subject!.trim() || /^according to$/i.test(verb!)) {
    const phrase = readObject(rest!);
    return phrase.kind === 'none'
      ? null
      : { phrase, rule: /^according/i.test(verb!) ? 'according to X' : '"…," said X', confidence: 0.9, verb };
  }
  const phrase = readSubject(subject!);
  if (phrase.kind === 'none') return null;
  return { phrase, rule: '"…," X said', confidence: 0.92, verb };
}

/** Who the reporter's words before an opening quotation mark name: `X said: "…"`, `X said that "…"`. */
function attributeBefore(before: string): Found | null {
  const colonName = /([\p{Lu}][\p{L}'’.\- ]{1,60})\s*:\s*$/u.exec(before);
  if (colonName && !lastVerb(before)) {
    const phrase = readPhrase(colonName[1]!, 'end');
    if (phrase.kind === 'name' || phrase.kind === 'organisation') return { phrase, rule: 'X: "…"', confidence: 0.85 };
  }
  const issued =
    /^(.*)\b(?:issued|released|published|put out|posted|sent)\s+(?:a|an|the|its|their|his|her)\s+[^:"“«]*?\b(?:statement|communiqu[eé]|declaration|readout|note|letter|post|message)\b[^:"“«]*:\s*$/isu.exec(
      before,
    );
  if (issued) {
    const phrase = readSubject(issued[1]!);
    if (phrase.kind !== 'none')
      return { phrase, rule: 'X issued a statement: "…"', confidence: 0.85, verb: 'statement' };
  }
  const verb = lastVerb(before);
  if (!verb) return null;
  if (/^according to$/i.test(verb.verb)) {
    const phrase = readObject(before.slice(verb.index + verb.verb.length));
    return phrase.kind === 'none' ? null : { phrase, rule: 'according to X, "…"', confidence: 0.88 };
  }
  const head = before.slice(0, verb.index);
  if (PARTICIPLE.test(verb.verb) && /,\s*$/.test(head))
    return { phrase: { kind: 'pronoun', text: 'clause subject' }, rule: 'X …, saying "…"', confidence: 0.8 };
  // "X said in a statement" / "the statement said": the subject may be a document.
  const phrase = readSubject(head);
  if (phrase.kind === 'none')
    return { phrase: { kind: 'pronoun', text: 'clause subject' }, rule: '…, and added "…"', confidence: 0.75 };
  const inStatement =
    /^\s*in\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+)?(statement|communiqu[eé]|letter|post|decree|memo)/iu.test(
      before.slice(verb.index + verb.verb.length),
    );
  return {
    phrase,
    rule: inStatement ? 'X said in a statement: "…"' : 'X said: "…"',
    confidence: 0.9,
    verb: inStatement ? 'statement' : verb.verb,
  };
}

export type ExtractOptions = { published?: string; /** The first paragraph is the headline. */ headline?: boolean };

/** Candidate statements of an article given as paragraphs (the first may be its headline). */
export function extractCandidates(paragraphs: string[], options: ExtractOptions = {}): Extracted[] {
  const registry = new Registry();
  const parsed = paragraphs.map((p) => {
    const quotes = findQuotes(p);
    return { p, quotes, sentences: splitSentences(p, quotes), masked: mask(p, quotes) };
  });

  // First pass: people the article names with a title, as someone who speaks, or whom the NLP library
  // (compromise) takes for a person.
  const known = new Set<string>();
  for (const { masked } of parsed)
    for (const person of nlp(masked).people().out('array') as string[])
      for (const w of person.split(/\s+/)) known.add(fold(w.replace(/[,.;:]$/, '').replace(/['’]s$/, '')));
  for (const { masked } of parsed) {
    for (const run of nameRuns(masked)) {
      const named = readRun(run);
      if (!named || named.kind !== 'person') continue;
      const after = masked.slice(run.end, run.end + 80);
      const before = masked.slice(Math.max(0, run.start - 80), run.start);
      const titled =
        named.title !== '' ||
        /^,\s+(?:an?|the)\s+[\p{Ll}]/u.test(after) ||
        /^,\s+[\p{Ll}]+\s+(?:of|at)\b/u.test(after) ||
        /\b(?:spokes\w+|minister|president|analyst|aide|adviser|official|envoy|chief|head|leader|negotiator|ombuds\w+|director|fellow|professor|ambassador|commander|secretary|governor|mayor)\b(?:[^,.;:]{0,40},)?\s*$/i.test(
          before,
        );
      const speaks = new RegExp(`^\\s*(?:,[^,]{0,120},\\s*)?(?:\\w+ly\\s+)?(?:${VERBS})\\b`, 'i').test(after);
      const recognised = named.name.split(' ').some((w) => known.has(fold(w)));
      if (titled || speaks || (recognised && named.name.split(' ').length >= 2)) {
        // Title words before the name, without the speech verb or punctuation around them ("…," said X).
        const lead = before
          .split(/[.;:!?"“”«»]/)
          .pop()!
          .replace(new RegExp(`\\b(?:${VERBS})\\b`, 'g'), ' ')
          .replace(/^[\s,]+|[\s,]+$/g, '')
          .replace(/\s+/g, ' ');
        const role = [lead, named.title].join(' ').trim();
        const appositive = /^,\s+((?:an?|the)\s+[^,]+|[\p{Ll}][^,]+)/u.exec(after)?.[1] ?? '';
        const isRole =
          /^(?:an?|the)\s/.test(appositive) || appositive.split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase()));
        registry.add(named.name, `${role} ${isRole ? appositive.replace(/[.;:]+$/, '') : ''}`.trim());
      }
    }
  }

  const candidates: Extracted[] = [];
  // The first person the body of the article names (after a headline, byline and dateline).
  let firstNamed: Person | undefined;
  for (const { masked } of parsed.slice(1)) {
    if (/^\s*by\s/i.test(masked) || masked.length < 80) continue;
    firstNamed = nameRuns(masked)
      .map(readRun)
      .filter((n) => n?.kind === 'person')
      .map((n) => registry.find(n!.name))
      .find((p) => p);
    if (firstNamed) break;
  }
  let headlineParagraph = false;
  let lastQuoteSpeaker: { speaker: Extracted; paragraph: number } | null = null;
  let lastSubject: Person | undefined;
  let runningOn: Extracted | null = null;
  let introduction: Found | null = null;
  let lastDocument: string | null = null;
  let lastAnonymous: Extracted | null = null;

  const resolve = (
    found: Found,
    sameSentence: Extracted | null,
    masked: string,
    quoteAt: number,
  ): (Pick<Extracted, 'speaker' | 'role' | 'speakerKind' | 'evidence'> & { confidence: number }) | null => {
    const { phrase } = found;
    switch (phrase.kind) {
      case 'name': {
        const person = registry.mention(registry.find(phrase.name!) ?? registry.add(phrase.name!, phrase.title ?? ''))!;
        return {
          speaker: person.name,
          role: person.title,
          speakerKind: 'person',
          evidence: found.verb === 'statement' ? 'document' : 'direct-quote',
          confidence: found.confidence,
        };
      }
      case 'organisation': {
        if (OUTLET.test(phrase.name!) && found.verb === 'reported') return null;
        return {
          speaker: phrase.name!,
          role: '',
          speakerKind: 'organisation',
          evidence: found.verb === 'statement' ? 'document' : 'direct-quote',
          confidence: found.confidence - 0.05,
        };
      }
      case 'anonymous':
        return {
          speaker: phrase.text,
          role: phrase.text,
          speakerKind: 'anonymous',
          evidence: 'anonymous-officials',
          confidence: found.confidence - 0.05,
        };
      case 'document': {
        if (phrase.text === 'it' && !lastDocument) return null;
        const speaker = phrase.text === 'it' ? lastDocument! : (phrase.name ?? phrase.text);
        lastDocument = speaker;
        return {
          speaker,
          role: phrase.text,
          speakerKind: phrase.name ? 'organisation' : 'document',
          evidence: 'document',
          confidence: found.confidence - 0.1,
        };
      }
      case 'role': {
        // "the minister" is the person under discussion when nothing says otherwise, else the last one with that title.
        const fits = (p: Person | undefined) =>
          !!p && new RegExp(`\\b${phrase.role!.replace(/[^\p{L}-]/gu, '')}`, 'iu').test(p.title);
        const qualifier = /^(?:the\s+)?([\p{Lu}][\p{L}]+)/u.exec(phrase.text)?.[1] ?? '';
        // "the official" after an unnamed official is that official again.
        const stem = phrase.role!.slice(0, Math.max(5, phrase.role!.length - 3));
        if (!registry.byRole(phrase.role!) && lastAnonymous && fold(lastAnonymous.speaker ?? '').includes(stem)) {
          return {
            speaker: lastAnonymous.speaker,
            role: lastAnonymous.role,
            speakerKind: 'anonymous',
            evidence: 'anonymous-officials',
            confidence: found.confidence - 0.2,
          };
        }
        const person = registry.mention(
          !qualifier && (fits(lastSubject) || (lastSubject && !lastSubject.title))
            ? lastSubject
            : (registry.byRole(phrase.role!, qualifier) ?? lastSubject),
        );
        // A headline's "says Kestrian premier" is about the person the article goes on to name first.
        const first = !person && headlineParagraph ? firstNamed : undefined;
        if (first)
          return {
            speaker: first.name,
            role: first.title,
            speakerKind: 'person',
            evidence: 'direct-quote',
            confidence: 0.5,
          };
        if (!person)
          return {
            speaker: phrase.text,
            role: phrase.text,
            speakerKind: 'unknown',
            evidence: 'direct-quote',
            confidence: 0.4,
          };
        return {
          speaker: person.name,
          role: person.title,
          speakerKind: 'person',
          evidence: 'direct-quote',
          confidence: found.confidence - 0.15,
        };
      }
      case 'pronoun': {
        if (/^(we|i)$/i.test(phrase.text) && !sameSentence) return null;
        if (sameSentence?.speaker)
          return {
            speaker: sameSentence.speaker,
            role: sameSentence.role,
            speakerKind: sameSentence.speakerKind,
            evidence: sameSentence.evidence,
            confidence: found.confidence - 0.05,
          };
        const subject = sentenceSubject(masked.slice(0, quoteAt), registry) ?? lastSubject;
        if (!subject) return null;
        return {
          speaker: subject.name,
          role: subject.title,
          speakerKind: 'person',
          evidence: 'direct-quote',
          confidence: found.confidence - 0.15,
        };
      }
      default:
        return null;
    }
  };

  parsed.forEach(({ p, quotes, sentences, masked }, paragraph) => {
    headlineParagraph = paragraph === 0 && options.headline === true;
    const continuing = runningOn;
    runningOn = null;
    const intro = introduction;
    introduction = null;
    for (const sentence of sentences) {
      const inSentence = quotes.filter((q) => q.open >= sentence.start && q.open < sentence.end);
      const sentenceMasked = masked.slice(sentence.start, sentence.end);
      let previous: Extracted | null = null;
      const reporterWords = sentenceMasked.replace(/["“”«»„]/g, '');
      inSentence.forEach((q, k) => {
        const beforeStart = k > 0 ? inSentence[k - 1]!.close + 1 : sentence.start;
        const afterEnd = k + 1 < inSentence.length ? inSentence[k + 1]!.open : sentence.end;
        const before = masked.slice(beforeStart, q.open);
        const after = masked.slice(Math.min(q.close + 1, p.length), afterEnd);
        if (NOT_A_STATEMENT.test(masked.slice(sentence.start, q.open))) return;
        const candidate = quoteCandidate(p, q, sentence, paragraph);
        const standsAlone =
          !/\p{L}/u.test(reporterWords.slice(0, q.open - sentence.start)) &&
          q.open === sentence.start + (sentence.text.length - sentence.text.trimStart().length);
        let found: Found | null = null;
        let resolved: ReturnType<typeof resolve> = null;
        const tryFound = (f: Found | null) => {
          if (resolved || !f) return;
          const r = resolve(f, previous, masked.slice(sentence.start, sentence.end), q.open - sentence.start);
          if (r) {
            found = f;
            resolved = r;
          }
        };
        // The speaker carries over from an earlier quotation: same person, a lower confidence.
        const inherit = (
          from: Pick<Extracted, 'speaker' | 'role' | 'speakerKind' | 'evidence'>,
          rule: string,
          confidence: number,
        ) => {
          resolved = {
            speaker: from.speaker,
            role: from.role,
            speakerKind: from.speakerKind,
            evidence: from.evidence,
            confidence,
          };
          found = { phrase: { kind: 'none', text: '' }, rule, confidence };
        };
        tryFound(attributeAfter(after));
        tryFound(attributeBefore(before));
        if (!resolved && continuing && paragraph > 0 && k === 0 && q.open === 0) {
          inherit(continuing, 'quotation continued from the previous paragraph', 0.85);
        }
        if (!resolved && intro && k === 0) tryFound({ ...intro, rule: 'colon introduction in the previous paragraph' });
        if (!resolved && previous?.speaker) {
          inherit(previous, 'same sentence as the previous quotation', 0.8);
        }
        if (!resolved && standsAlone && lastQuoteSpeaker && paragraph - lastQuoteSpeaker.paragraph <= 2) {
          const s = lastQuoteSpeaker.speaker;
          inherit(s, 'a quotation standing alone continues the last speaker', 0.7);
        }
        if (!resolved) {
          const subject = sentenceSubject(masked.slice(sentence.start, q.open), registry) ?? lastSubject;
          if (subject) {
            resolved = {
              speaker: subject.name,
              role: subject.title,
              speakerKind: 'person',
              evidence: 'direct-quote',
              confidence: 0.45,
            };
            found = {
              phrase: { kind: 'none', text: '' },
              rule: 'nearest person named before the quotation (unsure)',
              confidence: 0.45,
            };
          }
        }
        const r = resolved as ReturnType<typeof resolve>;
        Object.assign(
          candidate,
          r ?? { speaker: null, role: '', speakerKind: 'unknown', evidence: 'direct-quote', confidence: 0.2 },
        );
        candidate.rule = (found as Found | null)?.rule ?? 'no speaker found';
        const when = saidOn(sentenceMasked, options.published) ?? saidOn(masked, options.published);
        candidate.date = when ? when.date : (options.published ?? null);
        candidate.dateApprox = when ? when.approx : true;
        // A run-on quotation's head takes the speaker named later in the run, when it had none of its own.
        if (continuing && q.open === 0 && k === 0 && continuing.confidence < 0.7 && candidate.confidence >= 0.8) {
          Object.assign(continuing, {
            speaker: candidate.speaker,
            role: candidate.role,
            speakerKind: candidate.speakerKind,
            evidence: candidate.evidence,
            confidence: 0.8,
            rule: 'quotation continued in the next paragraph names the speaker',
          });
        }
        candidates.push(candidate);
        previous = candidate;
        if (candidate.speaker) lastQuoteSpeaker = { speaker: candidate, paragraph };
        if (candidate.speakerKind === 'anonymous') lastAnonymous = candidate;
        if (q.runsOn) runningOn = candidate;
        if (candidate.speakerKind === 'person' && candidate.speaker)
          lastSubject = registry.find(candidate.speaker) ?? lastSubject;
      });
      if (inSentence.length === 0) {
        const paraphrase = paraphraseCandidate(sentence, sentenceMasked, paragraph, registry, options.published);
        if (paraphrase) {
          const resolvedParaphrase = resolve(paraphrase.found, null, sentenceMasked, sentenceMasked.length);
          if (resolvedParaphrase?.speakerKind === 'anonymous')
            lastAnonymous = { ...paraphrase.candidate, ...resolvedParaphrase };
          if (resolvedParaphrase?.speaker)
            candidates.push({
              ...paraphrase.candidate,
              ...resolvedParaphrase,
              evidence: resolvedParaphrase.evidence === 'direct-quote' ? 'paraphrase' : resolvedParaphrase.evidence,
              confidence: Math.min(0.7, resolvedParaphrase.confidence - 0.2),
            });
        }
        const subject = registry.mention(sentenceSubject(sentenceMasked, registry));
        if (subject) lastSubject = subject;
      }
      if (/:\s*$/.test(sentenceMasked) && sentence.end >= p.trimEnd().length - 1)
        introduction = attributeBefore(sentenceMasked.replace(/:\s*$/, ':'));
    }
  });
  return candidates;
}

function quoteCandidate(p: string, q: QuoteSpan, sentence: Sentence, paragraph: number): Extracted {
  return {
    quote: q.text,
    speaker: null,
    role: '',
    speakerKind: 'unknown',
    passage: sentence.text.trim(),
    paragraph,
    evidence: 'direct-quote',
    date: null,
    dateApprox: true,
    confidence: 0,
    rule: '',
  };
}

/** Reported speech: "X said (that) …" with no quotation marks. */
function paraphraseCandidate(
  sentence: Sentence,
  masked: string,
  paragraph: number,
  registry: Registry,
  published?: string,
): { candidate: Extracted; found: Found } | null {
  const m =
    /^(.{0,160}?)\b(said|says|told|warned|stated|announced|insisted|insists|argued|suggested|added|cautioned|confirmed|acknowledged|claimed|noted|stressed|has said|have said|according to|According to)\b/.exec(
      masked,
    );
  if (!m) return null;
  const found = /according to/i.test(m[2]!)
    ? {
        phrase: readObject(masked.slice(m.index + m[0].length)),
        rule: 'according to X (no quotation marks)',
        confidence: 0.8,
      }
    : { phrase: readSubject(m[1]!), rule: 'X said (no quotation marks)', confidence: 0.8 };
  if (found.phrase.kind === 'none' || found.phrase.kind === 'pronoun') return null;
  void registry;
  const when = saidOn(masked, published);
  return {
    candidate: {
      quote: null,
      speaker: null,
      role: '',
      speakerKind: 'unknown',
      passage: sentence.text.trim(),
      paragraph,
      evidence: 'paraphrase',
      date: when ? when.date : (published ?? null),
      dateApprox: when ? when.approx : true,
      confidence: 0,
      rule: found.rule,
    },
    found,
  };
}
