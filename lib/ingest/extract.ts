/**
 * From an article's paragraphs to candidate statements: every quoted span with who said it, the
 * passage that carries it, when, and how sure we are; plus reported speech without quotation marks
 * as paraphrase candidates.
 *
 * Attribution is a list of named rules (ATTRIBUTION_RULES), tried in order for each quotation; the first
 * that names a speaker wins, and the candidate records which rule it was, the words that named the
 * speaker, a confidence and whether a reviewer should check it (`attribution`). A description ("the
 * Northland leader", "the minister", "she") is resolved to the person the article named earlier; an
 * adjective, a place or an event never speaks; a document's words go to the document and its issuer;
 * where no rule names anyone the candidate says so ("unknown — check") rather than guess.
 *
 * Every step is linear in the paragraph (or bounded): the reporter's words around a quotation are read in
 * windows of at most CONTEXT characters.
 */
import { findQuotes, splitSentences, type QuoteSpan, type Sentence } from './quotes';
import {
  TITLE_WORDS,
  fold,
  isAdverbialOpening,
  isCommonCapitalised,
  isPersonNoun,
  inPrepositionalPhrase,
  nameRuns,
  qualifiesNextName,
  readObject,
  readPhrase,
  readRun,
  departmentOfficeName,
  type Named,
  readSubject,
  surname,
  type Phrase,
} from './names';
import { saidOn } from './dates';
import {
  dashCredit,
  descriptionCue,
  isConduit,
  issuerInPhrase,
  issuerName,
  namedNotSaid,
  isTreatyName,
  personalOffice,
  resolveDescription,
  sameOffice,
  treatyRelative,
  unsignedText,
} from './referents';

export type CandidateEvidence = 'direct-quote' | 'paraphrase' | 'anonymous-officials' | 'document';

export type SpeakerKind = 'person' | 'organisation' | 'anonymous' | 'document' | 'collective' | 'unknown';

/** Why intake names this speaker: shown to the reviewer (the studio) and printed by `ingest --json`. */
export type Attribution = {
  /**
   * The rule that named the speaker: one of ATTRIBUTION_RULES' names ("saidAfter", …), a headline pass's
   * ("headlineInBody", "headlineInAnswer", "headlineRole", "headlineColonSpeaker"), "continuedQuotation" (a run-on
   * quotation named later), "reportedSpeechRule" (a paraphrase: reported speech without quotation marks), or
   * "none" when no rule named anyone.
   */
  rule: string;
  /** The article's words that named the speaker ("the Northland leader said"), or null. */
  words: string | null;
  confidence: number;
  /** True when the speaker was not named in the quotation's own or the previous sentence, or confidence is low. */
  needsCheck: boolean;
  /** For the reviewer: the pattern that matched and how the speaker was resolved. */
  reason: string;
};

export type Extracted = {
  quote: string | null;
  speaker: string | null;
  /** Title and role words the article puts around the speaker's name ("Kremlin spokesman"). */
  role: string;
  speakerKind: SpeakerKind;
  passage: string;
  paragraph: number;
  evidence: CandidateEvidence;
  date: string | null;
  dateApprox: boolean;
  confidence: number;
  /** Why this speaker: the rule that matched, for the reviewer (same as attribution.rule). */
  rule: string;
  attribution: Attribution;
};

/** How far around a quotation the rules read the reporter's words. Bounds the work per quotation. */
const CONTEXT = 300;
/** Below this confidence a candidate is marked for checking. */
const CHECK_BELOW = 0.6;

const VERBS =
  'agreed to|interjected|interrupted|cut in|chimed in|broke in|shouted|snapped|joked|mused|murmured|whispered|objected|protested|pleaded|boasted|scoffed|exclaimed|yelled|pointed out|assured|reminded|proposes|proposed|said|says|say|told|tells|added|adds|wrote|writes|stated|states|declared|declares|insisted|insists|argued|argues|warned|warns|noted|notes|explained|continued|replied|responded|asked|asks|tweeted|posted|claimed|claims|recalled|remarked|stressed|stresses|emphasi[sz]ed|underlined|concluded|suggested|suggests|acknowledged|admitted|conceded|confirmed|announced|predicted|cautioned|complained|promised|vowed|pledged|urged|urges|repeated|reiterated|observed|commented|quipped|maintained|contended|countered|retorted|called|calls|described|describes|dismissed|denied|accused|hailed|praised|critici[sz]ed|labell?ed|reads|read|put it|puts it|went on|shot back|told reporters|saying|telling|adding|writing|calling|describing|insisting|warning|arguing|noting|according to|let it be known|made clear|made it clear|provides|stipulates|recommends|warns|begins|opens|committed|commits|welcomed|welcomes|answered|lists|sets out';
const VERB_RE = new RegExp(`(?<!-)\\b(${VERBS}|According to)\\b`, 'g');
const AFTER_VERBS =
  'interjected|interrupted|cut in|chimed in|broke in|shouted|snapped|joked|mused|murmured|whispered|objected|protested|pleaded|boasted|scoffed|exclaimed|yelled|pointed out|assured|reminded|said|says|told|tells|added|adds|wrote|writes|stated|states|declared|insisted|insists|argued|argues|warned|warns|noted|explained|continued|replied|responded|asked|tweeted|posted|claimed|recalled|remarked|stressed|emphasi[sz]ed|underlined|concluded|suggested|acknowledged|admitted|conceded|confirmed|announced|predicted|cautioned|complained|promised|vowed|pledged|urged|repeated|reiterated|observed|commented|quipped|maintained|contended|countered|retorted|reads|read|went on|shot back|according to|reported|answered|recommends|provides|stipulates|begins|concludes';
const AFTER_RE = new RegExp(`^[\\s,.;!?—–-]*(.{0,200}?)\\b(${AFTER_VERBS})\\b(.*)$`, 's');
const PARTICIPLE = /^(saying|telling|adding|writing|calling|describing|insisting|warning|arguing|noting)$/i;
const NOT_A_STATEMENT =
  /\b(?:so-called|the (?:word|term|phrase|label|expression|slogan)|titled|entitled|dubbed|named|headlined|headed|known as|marked|stamped|classified as|nicknamed|codenamed|code-named|slogan|motto|banner|hashtag|(?:a|an|the)\s+[\p{L}-]+\s+called|(?:likes?|liked|love|loves|prefers?|preferred) to call)[\s,]*$/iu;

/** An attribution right after a quotation ("…," she said; "…," Lomberg's envoy told reporters). */
const ATTRIBUTION_FOLLOWS = new RegExp(`^\\s*[,.]?\\s*(?:[\\p{L}'’-]+\\s+){0,4}?(?:${AFTER_VERBS})\\b`, 'iu');

/** Small words a title keeps in lower case ("Rivers Without Borders" has none; "Bread and Salt" has one). */
const TITLE_SMALL = /^(?:a|an|the|and|or|of|for|in|on|at|to|by|with|without|from|over|under|de|la|le|von|van)$/;

/** "“The Quay and the Tide”, by Halvar Quist": quotation marks followed by ", by" and a name hold a work's title. */
export function workByAuthor(after: string): boolean {
  return /^\s*,?\s*by\s+[\p{Lu}]/u.test(after);
}

/**
 * A name or a title in quotation marks, not a quotation: a short phrase (two to five words, no sentence inside) whose
 * words are all capitalised but the small ones ("Evening Line", "Summit Cake") — unless a speech verb or a colon
 * introduces it or an attribution follows it, which makes it someone's words ("Never Again," she said).
 */
export function isNameInQuotes(quote: string, before: string, after: string): boolean {
  const words = quote.trim().replace(/[,.]$/, '').split(/\s+/);
  if (words.length < 2 || words.length > 5 || /[.!?;:]/.test(quote.trim().replace(/[,.]$/, ''))) return false;
  const capital = (w: string) => /^[\p{Lu}\d]/u.test(w);
  // "the Aquarium", "the Embassy": a name may keep its article in lower case inside the marks.
  const first = words[0] === 'the' && words.length >= 2 ? words[1]! : words[0]!;
  if (!capital(first) || !capital(words[words.length - 1]!)) return false;
  if (!words.every((w) => capital(w) || TITLE_SMALL.test(w))) return false;
  if (/(?::|\b(?:said|says|say|told|added|wrote|shouted|chanted|replied|declared|asked))\s*$/i.test(before))
    return false;
  return !ATTRIBUTION_FOLLOWS.test(after);
}
const OUTLET =
  /\b(agency|news|newspaper|daily|television|tv|radio|channel|broadcaster|outlet|media|wire|magazine|website|paper)\b/i;
const DOCUMENT_MENTION =
  /(?:\b(?:a|an|the|its|their|this|that|his|her)|(?<=\b[\p{Ll}]+['’]s))\s+((?:(?!(?:of|the|a|an|and|to|in)\s)[\p{L}'’-]+\s+){0,4}?)(memorandum|memo|paper|draft|plan|communiqu[eé]|statement|letter|declaration|note|programme|program|report|proposal|text|readout|decree|resolution|document|agreement|treaty|framework|accord|charter|pact|judgment|judgement|ruling|verdict|outlook|forecast)(?![\p{L}])/giu;
/** A second document noun after the first ("draft plan", "memorandum text"): part of the same mention. */
const DOCUMENT_COMPOUND =
  /^\s+(?:(?!(?:of|the|a|an|and|to|in|for|on|by|with|from|is|was|has)\s)[\p{Ll}-]+\s+){0,2}?(?:memorandum|memo|plan|proposal|framework|agreement|text|document|statement|report|resolution|declaration|paper|accord|charter|pact)\b/iu;
const DOCUMENT_PARTS =
  /^(?:its|their|the)\s+(?:[\p{L}-]+\s+)?(?:preamble|article|clause|annex|section|paragraph|part|chapter|conclusions?|introduction|opening|text)\b/iu;

/** A person the article names; `gender` once its pronouns tell ("she said", "his ministry"), for pronoun agreement. */
type Person = {
  name: string;
  title: string;
  namedAt: number;
  gender?: Gender;
  /** The paragraph where the article first names them (read before attribution starts). */
  firstSeen?: number;
};

type Gender = 'f' | 'm';

/** The gender of the third-person singular pronouns in a text, when all agree ("she … her"); else null. */
export function pronounGender(text: string): Gender | null {
  const f = /\b(?:she|her|hers|herself)\b/i.test(text);
  const m = /\b(?:he|his|him|himself)\b/i.test(text);
  return f === m ? null : f ? 'f' : 'm';
}

/** A person's gender as the article gives it: learnt from pronouns, else from gendered title words ("Ms", "spokeswoman"). */
export function genderOf(p: Pick<Person, 'title' | 'gender'>): Gender | null {
  if (p.gender) return p.gender;
  if (/\b(?:Ms|Mrs|Miss|Madam|Dame|Lady|[\p{L}]+woman|queen|princess|duchess)\b/iu.test(p.title)) return 'f';
  if (/\b(?:Mr|Sir|Lord|[\p{L}]+man|king|prince|duke)\b/iu.test(p.title)) return 'm';
  return null;
}

/** Nouns for people the article usually leaves unnamed: "the official" is never a named minister by default. */
const UNNAMED_HEADS =
  /^(?:officials?|officers?|diplomats?|aides?|sources?|advisers?|advisors?|delegates?|staffers?|soldiers?|residents?|witnesses?|captains?|members?|fishermen|fisherman)$/;

/** Role words that name the same office in news copy. */
const SYNONYMS: Record<string, string> = {
  premier: 'premier|prime minister',
  'prime minister': 'prime minister|premier',
  leader: 'leader|president|prime minister|premier|chancellor',
  head: 'head|chief|director|chair',
  chief: 'chief|head|director',
  spokesman: 'spokes(?:man|woman|person)',
  spokeswoman: 'spokes(?:man|woman|person)',
  spokesperson: 'spokes(?:man|woman|person)',
  negotiator: 'negotiator|envoy',
  envoy: 'envoy|negotiator|mediator',
  mediator: 'mediator|envoy',
  // An aide is whoever serves a leader: "chief of staff to President X", "adviser to the premier".
  aide: 'aide|adviser|advisor|assistant|chief of staff',
  // A noun for a kind of person covers the offices of that kind: an ambassador is a diplomat, a professor an academic.
  diplomat: 'diplomat|ambassador|envoy|consul|attach[eé]',
  academic: 'academic|professor|lecturer|researcher|scholar',
  expert: 'expert|analyst|researcher|economist|professor|fellow',
  lawmaker: 'lawmaker|legislator|senator|deputy|mp\\b|congress(?:man|woman)',
  judge: 'judge|justice',
  chair: 'chair|chairman|chairwoman|president',
};

/** Blanks the words inside quotation marks so rules read only the reporter's own words. Linear. */
function mask(p: string, quotes: QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    parts.push(p.slice(at, q.open + 1), ' '.repeat(Math.max(0, q.close - q.open - 1)));
    at = Math.max(at, q.close);
  }
  parts.push(p.slice(at));
  return parts.join('');
}

export class Registry {
  readonly people: Person[] = [];
  /** Single words the article uses as places (placesOf): never a person. */
  readonly places = new Set<string>();
  private order = new Map<Person, number>();
  private clock = 0;

  /** The person of this gender the article spoke of last, other than `not`: whom "she" means when "he" was just named. */
  recentOfGender(gender: Gender, not?: Person): Person | undefined {
    return this.people
      .filter((p) => p !== not && p.namedAt >= 0 && genderOf(p) === gender)
      .sort((a, b) => (this.order.get(b) ?? 0) - (this.order.get(a) ?? 0))[0];
  }

  /** Notes that the article has just spoken of this person (role words refer to recent mentions). */
  mention(person: Person | undefined): Person | undefined {
    if (person) this.order.set(person, ++this.clock);
    return person;
  }

  add(name: string, title: string, at = -1): Person {
    const existing = this.find(name);
    if (existing) {
      if (name.split(' ').length > existing.name.split(' ').length) existing.name = name;
      if (title && !existing.title.includes(title)) existing.title = `${existing.title} ${title}`.trim();
      return existing;
    }
    const person = { name, title, namedAt: at };
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
    // Two people share a surname (a minister and her daughter): the bare surname is the one the article introduced
    // first — writers name the second in full ("Nadia Varga") or by relation ("her daughter").
    const bare = name.split(' ').length === 1;
    return same.length >= 1 ? (bare ? same[0] : same[same.length - 1]) : undefined;
  }

  /**
   * "the minister", "the Northland leader": the person with that office — the one whose title carries the
   * qualifier, else the person under discussion if the office fits, else the most recently mentioned one
   * whose title names no other country.
   */
  byRole(role: string, qualifier: string, current: Person | undefined, exclude?: Person): Person | undefined {
    const words = role
      .replace(/[^\p{L}\s-]/gu, '')
      .toLowerCase()
      .trim();
    const head = words.split(/\s+/).pop() ?? '';
    if (!head) return undefined;
    const headPattern = SYNONYMS[head] ?? head;
    const re = new RegExp(`\\b(?:${headPattern})`, 'iu');
    // "adviser to Prime Minister X": the office after "to" is someone else's.
    const office = (p: Person) => ownOffice(p.title);
    // A description refers back: only to someone the article has already named (not a person it names later), and
    // "the leader" never to someone who held the office once ("the former prime minister", "the late president").
    const former = new RegExp(
      `\\b(?:former|late|ex-|one-time|then)\\s*(?:[\\p{L}-]+\\s+){0,2}(?:${headPattern})`,
      'iu',
    );
    // Someone named earlier first; a lead's "Valdoria's foreign minister said …" may name her only in the next paragraph.
    const earlier = this.people.some((p) => p !== exclude && p.namedAt >= 0 && re.test(office(p)));
    const named = (p: Person) => p !== exclude && (p.namedAt >= 0 || !earlier);
    const holders = this.people.filter((p) => named(p) && !former.test(office(p)));
    // Only when no one holds the office now does it go to someone who held it ("the diplomat", a former ambassador).
    const current_ = /\b(?:former|late|ex)\b/.test(words) || !holders.some((p) => re.test(office(p)));
    const eligible = (p: Person) => named(p) && (current_ || !former.test(office(p)));
    let matching = this.people.filter((p) => eligible(p) && re.test(office(p)));
    const recent = (list: Person[]) => [...list].sort((a, b) => (this.order.get(b) ?? 0) - (this.order.get(a) ?? 0))[0];
    // "the defence minister": a title with the same modifier first; one with another modifier ("foreign minister") never.
    // "former" says when the office was held, not which office: "the former ambassador" is any ambassador's title.
    const officeWords = words.replace(/\b(?:former|late|one-time|ex)\b-?\s*/g, '').trim();
    if (officeWords.includes(' ') && !SYNONYMS[officeWords]) {
      const exact = this.people.filter(
        (p) => eligible(p) && officeWords.split(/\s+/).every((w) => new RegExp(`\\b${w}`, 'iu').test(office(p))),
      );
      if (exact.length) matching = exact;
      else {
        const modifier = officeWords.split(/\s+/).slice(-2, -1)[0]!;
        matching = matching.filter(
          (p) => !new RegExp(`\\b(?!${modifier})[\\p{L}-]+\\s+(?:${headPattern})`, 'iu').test(p.title.toLowerCase()),
        );
      }
    } else if (SYNONYMS[words])
      matching = this.people.filter(
        (p) => eligible(p) && new RegExp(`\\b(?:${SYNONYMS[words]})`, 'iu').test(office(p)),
      );
    if (qualifier) {
      const stem = demonymStem(qualifier);
      const fitting = matching.filter((p) => fold(p.title).includes(stem));
      if (fitting.length) return recent(fitting);
      matching = matching.filter((p) => !namesAnotherPlace(p.title, stem));
    }
    if (current && current !== exclude && matching.includes(current)) return current;
    // The person under discussion, whose office the article has not given yet ("Tomas Brenner … The defence minister"),
    // when no one else holds it.
    if (
      matching.length === 0 &&
      !UNNAMED_HEADS.test(head) &&
      current &&
      current !== exclude &&
      // Only someone the article named as a person (a full name or a courtesy title), never a lone capitalised word
      // ("Orle says …" may be a country).
      (current.name.includes(' ') || /\b(?:mr|mrs|ms|dr)\b/i.test(current.title)) &&
      !/\p{L}/u.test(current.title.replace(/\b(?:mr|mrs|ms|dr)\b/gi, ''))
    ) {
      current.title = words;
      return current;
    }
    return recent(matching);
  }
}

/**
 * The office a title gives its holder, without the offices of the people it relates them to: "a close ally of
 * President Edda Sorvik" and "adviser to Prime Minister X" do not make their holder a president or premier.
 */
export function ownOffice(title: string): string {
  return (
    title
      .replace(/\b(?:to|for|with)\s+.*$/i, '')
      // "who advises President Fairclough": an office followed by its holder's name, after a verb, is that person's.
      .replace(
        /\bwho\s+[\p{Ll}]+\s+(?:the\s+)?(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|[Mm]inister|[Kk]ing|[Qq]ueen|[Ll]eader)\s+[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)*/gu,
        '',
      )
      .replace(
        /\b(?:ally|allies|aide|adviser|advisor|friend|confidant|confidante|associate|critic|rival|opponent|successor|predecessor|appointee|protégé|protege)\s+of\b.*$/i,
        '',
      )
  );
}

/**
 * Transcripts with named turns ("Interviewer: …" / "Pellow: …"): the interviewer's label becomes "Q:" and the
 * interviewee's "A:" in the masked text (offsets kept), so the Q/A rules read them. Returns the interviewee's
 * label. The interviewer is the label "Q", "Question", "Interviewer" or an outlet's, else the one whose turns
 * end in question marks.
 */
function markInterviewTurns(parsed: { p: string; masked: string }[]): string | null {
  const label = (m: string) => /^\s*([\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*)?)\s*:\s/u.exec(m);
  const counts = new Map<string, { n: number; asks: number }>();
  for (const { masked } of parsed) {
    const m = label(masked);
    if (!m) continue;
    const c = counts.get(m[1]!) ?? { n: 0, asks: 0 };
    c.n++;
    if (/\?\s*$/.test(masked)) c.asks++;
    counts.set(m[1]!, c);
  }
  const turns = [...counts].filter(([, c]) => c.n >= 2);
  if (turns.length !== 2 || turns.some(([l]) => /^[QA]$/.test(l))) return null;
  const byName = turns.find(([l]) => /^(?:Q|Question|Interviewer|Reporter|Host)$/i.test(l));
  const asker = byName ?? [...turns].sort((a, b) => b[1].asks / b[1].n - a[1].asks / a[1].n)[0]!;
  const answerer = turns.find((t) => t !== asker)!;
  for (const item of parsed) {
    const m = label(item.masked);
    if (!m || (m[1] !== asker[0] && m[1] !== answerer[0])) continue;
    const mark = m[1] === asker[0] ? 'Q:' : 'A:';
    const width = m[0].length - 1;
    item.masked = (mark + ' '.repeat(Math.max(0, width - mark.length))).slice(0, width) + item.masked.slice(width);
  }
  return answerer[0];
}

/** A transcript turn's label, after an optional bracketed tag ("[CLIP] KESTREL: …"); group 2 is the tag. */
const TURN_LABEL = /^\s*(?:(\[[^\]]{1,20}\])\s*)?([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s*:\s/u;

/**
 * The turn labels of a transcript ("PRESIDENT KORD:", "CHANCELLOR LUSK:"): labels that open two paragraphs or
 * more, other than a questioner's ("QUESTION", "Q", "Interviewer").
 */
function transcriptLabels(parsed: { masked: string }[]): Set<string> {
  const counts = new Map<string, number>();
  const tagged = new Set<string>();
  for (const { masked } of parsed) {
    const m = TURN_LABEL.exec(masked);
    if (m) counts.set(m[2]!, (counts.get(m[2]!) ?? 0) + 1);
    if (m?.[1] && m[2] === m[2]!.toUpperCase()) tagged.add(m[2]!);
  }
  const labels = [...counts].filter(
    ([label, n]) =>
      n >= 2 && !/^(?:Q|A|QUESTION|Question|INTERVIEWER|Interviewer|REPORTER|Reporter|HOST|Host)$/.test(label),
  );
  // "[CLIP] KESTREL: …" once, in a transcript whose turns are labelled: a clip's speaker, labelled like the turns.
  return new Set([...labels.map(([label]) => label), ...(labels.length ? tagged : [])]);
}

/**
 * A parliamentary report's turn heading: "The Minister for Transport (Kasimir Drevland):" (an office, its holder in
 * brackets) or "Alvina Cordray (Gessin Foothills) (Rail):" (a member, the constituency, the party). Returns the
 * person's name and the words the report uses for them ("minister for transport"; "member for Gessin Foothills"),
 * which the register learns, so "the Minister" and "the hon. Member for Gessin Foothills" later mean them.
 */
export function parliamentaryHeading(paragraph: string): { name: string; title: string } | null {
  const office =
    /^\s*(?:The\s+)?((?:[\p{Lu}][\p{Ll}]+\s+)*?(?:Minister|Secretary|Chancellor|President|Speaker|Leader|Attorney)[^():]{0,60}?)\s*\(([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3})\)\s*:/u.exec(
      paragraph,
    );
  if (office) return { name: office[2]!, title: office[1]!.toLowerCase() };
  const member =
    /^\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+)?([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3})\s*\(([\p{Lu}][^()]{1,50})\)(?:\s*\([^()]{1,40}\))?\s*:/u.exec(
      paragraph,
    );
  return member ? { name: member[1]!, title: `member for ${member[2]!.trim()}` } : null;
}

/**
 * In a parliamentary report, "the hon. Member for Gessin Foothills" and "the Minister" (an office in capitals) mean the
 * person whose turn heading gives that constituency or office (parliamentaryHeading) — by the report's convention, not
 * by recency. Undefined when no heading says so, or two headings fit.
 */
export function headingHolder(text: string, state: Pick<State, 'headings'>): Person | undefined {
  const member = /\bMember\s+for\s+((?:[\p{Lu}][\p{L}'’-]*\s*)+)/u.exec(text);
  const office = /^(?:the\s+)?((?:[\p{Lu}][\p{Ll}]+\s+){0,2}[\p{Lu}][\p{Ll}]+)$/u.exec(text.trim());
  const wanted = member
    ? `member for ${fold(member[1]!)}`
    : office && office[1]!.split(/\s+/).every((w) => TITLE_WORDS.has(w.toLowerCase()))
      ? fold(office[1]!)
      : null;
  if (!wanted) return undefined;
  const fits = state.headings.filter((h) => fold(h.title) === wanted || fold(h.title).startsWith(`${wanted} `));
  const people = [...new Set(fits.map((h) => h.person))];
  return people.length === 1 ? people[0] : undefined;
}

/**
 * "His letter said:", "Her prepared remarks … say", "Her office's English version:": a text the article gives by its
 * owner's pronoun (or the owner's office) is that person's words, so it speaks for whom the pronoun means. Returns the pronoun ("he", "she", "they"), or null.
 */
export function pronounOwnedText(text: string): 'he' | 'she' | 'they' | null {
  const m =
    /^\s*(his|her|their)\s+(?:office['’]s\s+)?(?:[\p{L}-]+\s+){0,2}(?:letter|remarks|statement|speech|note|message|post|memo|memoir|words|reply|answer|email|diary|notes|column|version|translation)\s*$/iu.exec(
      text.split(',')[0]!,
    );
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  return word === 'his' ? 'he' : word === 'her' ? 'she' : 'they';
}

/** The person whose turn a transcript paragraph is ("PRESIDENT KORD: …" → Kord), or undefined. */
function transcriptTurn(masked: string, labels: Set<string>, registry: Registry): Person | undefined {
  const m = TURN_LABEL.exec(masked);
  if (!m || !labels.has(m[2]!)) return undefined;
  // "PRESIDENT KORD" reads as "President Kord".
  const words = m[2]!.split(/\s+/).map((w) => (w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w));
  const named = readRun({ words, start: 0, end: m[2]!.length });
  if (named?.kind !== 'person') return undefined;
  const person = registry.find(named.name) ?? registry.add(named.name, named.title, -1);
  // The label's capitals ("VOLL") are typography, not the name.
  if (person.name === person.name.toUpperCase()) person.name = named.name;
  return person;
}

/** The person an interview question speaks of: a person it names, else an office it mentions ("the president"). */
function questionSubject(masked: string, state: State): Person | undefined {
  for (const run of nameRuns(masked.replace(/^\s*Q\s*[:.]/, '  '))) {
    const named = readRun(run);
    if (named?.kind === 'person') {
      const p = state.registry.find(named.name);
      if (p) return p;
    }
  }
  const role =
    /\b(?:the|your)\s+((?:[\p{Ll}-]+\s+)?(?:president|minister|chancellor|premier|leader|prime minister|secretary|ambassador|envoy))\b/u.exec(
      masked,
    );
  return role ? state.registry.byRole(role[1]!, '', undefined, state.interviewee) : undefined;
}

/**
 * Whether the pronoun's own sentence names, before it, a person it can mean (of its gender when known): then no
 * earlier sentence's person (an interview question's subject, a previous speaker) is considered.
 */
function pronounInOwnSentence(pronoun: string, ctx: QuoteContext): Person | undefined {
  const at = [...ctx.sentenceBefore.matchAll(new RegExp(`\\b${pronoun}\\b`, 'gi'))].pop()?.index ?? -1;
  if (at <= 0) return undefined;
  const own = sentenceSubject(ctx.sentenceBefore.slice(0, at), ctx.state);
  const gender = pronounGender(pronoun);
  const theirs = own ? genderOf(own) : null;
  return own && (!gender || !theirs || gender === theirs) ? own : undefined;
}

/** "She told me: …" in an answer: the person the question asked about, never the interviewee (who says "I"). */
function answerPronoun(pronoun: string, ctx: QuoteContext): Person | undefined {
  const asked = ctx.state.questionAbout;
  if (!ctx.answer || !/^(?:he|she)$/i.test(pronoun) || !asked || asked === ctx.state.interviewee) return undefined;
  return asked;
}

/**
 * The part of a country word that its demonym and its name share: "Orsan" → "ors" (Orsa), "Kestrian" → "kestr"
 * (Kestria), "Quellmark" → "quell". At most five letters, at least three.
 */
export function demonymStem(qualifier: string): string {
  const folded = fold(qualifier);
  const bare = folded.replace(/(?:ian|ean|an|ese|ish|i)$/, '');
  return (bare.length >= 3 ? bare : folded).slice(0, 5);
}

/** A title that carries a capitalised place word other than the one asked for ("Kestrian" vs "Northland"). */
function namesAnotherPlace(title: string, stem: string): boolean {
  return title
    .split(/\s+/)
    .filter((w) => /^[\p{Lu}]/u.test(w) && !TITLE_WORDS.has(w.toLowerCase()) && !isCommonCapitalised(w))
    .some((w) => !fold(w).includes(stem));
}

function lastVerb(text: string): { index: number; verb: string } | null {
  let found: { index: number; verb: string } | null = null;
  for (const m of text.matchAll(VERB_RE)) {
    // "both states", "the notes", "member states": a noun after a determiner, not the verb "states".
    if (
      /^(?:states|notes|reads|claims|calls|warns|lists|opens|begins|posts)$/i.test(m[1]!) &&
      /\b(?:both|the|two|three|all|these|those|its|their|our|member|other|many|some|several|of|and)\s+$/i.test(
        text.slice(Math.max(0, m.index! - 12), m.index!),
      )
    )
      continue;
    found = { index: m.index!, verb: m[1]! };
  }
  return found;
}

/** Drops a subordinate opening ("While X …, Y said" → "Y said") and an interview's "Q:"/"A:" mark. */
function mainClause(text: string): string {
  let t = text.replace(/^\s*(?:[QA]\s*[:.]|\d{1,2}[:.]\d{2}\s*[—–-])\s*/, '');
  if (
    /^\s*(?:while|although|though|as|after|before|when|if|because|since|even as|whereas|despite|hours after|days after|asked|pressed|questioned|speaking|reached|contacted|interviewed|writing)\b/i.test(
      t,
    ) &&
    t.includes(',')
  )
    t = t.slice(t.indexOf(',') + 1);
  return t;
}

/** The person a clause is about: its first named person (not after a preposition), a role, or a pronoun. */
function sentenceSubject(masked: string, state: State, at?: number): Person | undefined {
  const text = mainClause(masked);
  if (/^\s*(?:but\s+|and\s+)?(?:he|she)\b/i.test(text)) return state.lastSubject;
  const role = roleOpening(text);
  if (
    role &&
    state.pendingOffice?.qualifier === role.qualifier &&
    state.pendingOffice.role === personalOffice(role.role)
  )
    return undefined;
  if (role) return state.registry.byRole(role.role, role.qualifier, state.lastSubject);
  const office = capitalisedOffice(text);
  if (office) return state.registry.byRole(office, '', state.lastSubject);
  const described = describedPerson(text, state.registry, at);
  if (described) return described;
  const according = /^\s*according to\s+/i.exec(text);
  if (according) {
    const named = nameRuns(text.slice(according[0].length)).map(readRun)[0];
    if (named?.kind === 'person') return state.registry.find(named.name);
  }
  let possessor: Person | undefined;
  for (const run of nameRuns(text)) {
    // "outside Velmora", "with Trump", "thanked Idowu": a name after a preposition or a verb is not the subject.
    const lead = text.slice(0, run.start);
    if (
      /\b(?:in|at|of|outside|from|to|with|by|for|near|against|about|into|on|over|between|than)\s+(?:the\s+)?$/i.test(
        lead,
      ) ||
      inPrepositionalPhrase(text, run.start) ||
      isObjectPosition(lead)
    )
      continue;
    if (qualifiesNextName(text, run) || state.registry.places.has(fold(run.words.join(' ')))) continue;
    // "Ombrelia's allies …", "Vornecka's spokesman …": a possessor, not the subject — the noun after it is; a person
    // the article has described stays the topic ("Belden's team modelled …") when the clause names no one else.
    if (/^['’]s\s+[\p{Ll}]/u.test(text.slice(run.end))) {
      const owner = readRun(run);
      const person = owner?.kind === 'person' ? state.registry.find(owner.name) : undefined;
      if (person && /\p{L}/u.test(person.title)) possessor ??= person;
      continue;
    }
    const named = readRun(run);
    if (named?.kind === 'person') {
      const person = state.registry.find(named.name);
      if (person) return person;
    }
  }
  return possessor;
}

/**
 * A clause opening with a description the article has used for someone ("The engineer …" after "Valentin Lorne, the
 * dam's chief engineer"; "Counsel for Ombrelia …"): that person, by the register's scoring (lib/ingest/referents.ts);
 * undefined when no one or two people fit.
 */
export function describedPerson(text: string, registry: Registry, at?: number): Person | undefined {
  const cue = descriptionCue(text);
  if (!cue) return undefined;
  const named = registry.people.filter((p) => p.namedAt >= 0);
  const now = at ?? Math.max(-1, ...named.map((p) => p.namedAt));
  const found = resolveDescription(
    named.map((p) => ({ name: p.name, title: p.title, gender: genderOf(p), lastAt: p.namedAt })),
    cue,
    now,
  );
  return found.referent ? named.find((p) => p.name === found.referent.name) : undefined;
}

/**
 * Minutes' style: "The General Secretary reported …", "The Chair welcomed …" — an office capitalised after "The",
 * every word a title word, opens the sentence as its subject. The office in lower case, or null.
 */
export function capitalisedOffice(text: string): string | null {
  const m =
    /^\s*(?:[Bb]ut\s+|[Aa]nd\s+)?The\s+((?:[\p{Lu}][\p{Ll}-]+\s+){0,2}[\p{Lu}][\p{Ll}-]+)\b(?!\s+[\p{Lu}])/u.exec(text);
  if (!m) return null;
  const words = m[1]!.toLowerCase().split(/\s+/);
  return words.every((w) => TITLE_WORDS.has(w) && w !== 'of') ? words.join(' ') : null;
}

/**
 * A clause that opens with an office ("The premier …", "Quellmark's premier …", "The Sarnavian leader …"): the
 * office and the country word that qualifies it, for resolving to the person who holds it.
 */
export function roleOpening(text: string): { role: string; qualifier: string } | null {
  const m =
    /^\s*(?:[Bb]ut\s+|[Aa]nd\s+)?(?:[Tt]he\s+(?:([\p{Lu}][\p{L}-]+)\s+)?|([\p{Lu}][\p{L}-]+)['’]s\s+)((?:[\p{Ll}-]+\s+)?(?:president|minister|spokes(?:man|woman|person)|envoy|chancellor|premier|leader|secretary|general|ambassador|negotiator|official|mediator|hydrologist|analyst|professor|mayor|governor|chair|chief))\b/u.exec(
      text,
    );
  if (!m || (m[2] && isCommonCapitalised(m[2]))) return null;
  return { role: m[3]!, qualifier: m[1] ?? m[2] ?? '' };
}

/**
 * A name right after a lower-case word that is not a conjunction, a time word or an office ("thanked Idowu",
 * "met Koval", "after meeting Brenner's envoy", "told Orrell") stands as that verb's object, never as the subject.
 */
export function isObjectPosition(lead: string): boolean {
  const m = /(?:^|\s)([\p{Ll}][\p{Ll}'’-]*)\s+$/u.exec(lead);
  if (!m) return false;
  const word = m[1]!;
  if (TITLE_WORDS.has(word)) return false;
  // A verb's form: past ("thanked"), present ("meets"), participle ("meeting"), or a common irregular past ("met").
  // A lower-case office before a name ("harbourmaster Fenella Roake") is none of these.
  return /(?:ed|ing|[^su'’]s)$/.test(word) || IRREGULAR_PAST.test(word);
}

const IRREGULAR_PAST =
  /^(?:met|told|gave|sent|saw|took|left|let|put|brought|caught|fought|taught|sought|heard|kept|led|found|won|made|rang|chose|beat|hit|struck|overtook|succeeded|replaced|joined|named|appointed|blamed|urged)$/;

/**
 * "X asked Y whether …" or "X asked whether the envoy had …": the person asked (or the one the question is about)
 * answers, never the asker. A passive "Asked whether …, X said" names its answerer as the subject and is left to
 * sentenceSubject.
 */
function questionAnswerer(masked: string, state: State): Person | undefined {
  // "When a reporter asked X whether …, she paused": the main clause's pronoun is the one asked.
  const main = mainClause(masked);
  const clause =
    /^\s*(?:when|after|as|once)\s/i.test(masked) && /^\s*(?:he|she)\b/i.test(main)
      ? masked.replace(/^\s*\w+/, ' ')
      : main;
  const m =
    /\S\s+(?:asked|asks|pressed|presses|questioned|questions)\s+(.{0,80}?)\b(whether|if|why|how|what|when|about)\b(.{0,160})/u.exec(
      clause,
    );
  // "Yet asked about X, Y was generous": a passive question after a conjunction or adverb; Y answers.
  if (
    !m ||
    /^\s*(?:[\p{L}]+ly|yet|but|and|so|when|once|if|later|then|also|even|though|although|while|after|before)?\s*$/iu.test(
      clause.slice(0, m.index + 1),
    )
  )
    return undefined;
  const asker = sentenceSubject(masked.slice(0, m.index + 1), state);
  const find = (text: string): Person | undefined => {
    for (const run of nameRuns(text)) {
      const named = readRun(run);
      const person = named?.kind === 'person' ? state.registry.find(named.name) : undefined;
      if (person && person !== asker) return person;
    }
    const role =
      /\b(?:the|her|his)\s+((?:[\p{Ll}-]+\s+)?(?:president|minister|premier|chancellor|envoy|ambassador|leader|spokes(?:man|woman|person)|negotiator|mediator|chair|secretary|general|governor|mayor))\b/u.exec(
        text,
      );
    return role ? state.registry.byRole(role[1]!, '', undefined, asker) : undefined;
  };
  return find(m[1]!) ?? (/\p{L}/u.test(m[1]!) ? undefined : find(m[3]!));
}

/** A plural group that is the subject of a clause ("Officials travelling with Blix were …", "bargemen shrugged"). */
function groupSubject(masked: string): string | null {
  // "Two Lowenfell officials, speaking on background, say …": the aside between commas is dropped first.
  for (const segment of mainClause(masked)
    .replace(/,\s*[\p{Ll}][^,]{0,120},/gu, '')
    .split(/,\s*/)) {
    const m =
      /^\s*((?:(?:the|his|her|their|its|of|several|some|many|two|three|four|[\p{Lu}][\p{L}'’-]*)\s+){0,3}(?:[\p{Ll}'’-]+\s+)?(?:[\p{L}]+(?:ials|ats|ides|ers|ors|bers|ants|ists|men|people|sources|delegates))\b(?:\s+(?:travelling|traveling|close|familiar|in|at|from|with|of)\b[^,.;:]{0,40}?)?)\s+(?:were|are|have|had|say|said|shrugged|told|insisted|agreed|disagreed|remained|share|want|fear|see|hold|believe|think|agree|argue|insist|oppose|support|reject|accept|prefer|call|use|doubt|expect|hope|worry|dispute|deny|question|speak|describe|[\p{Ll}]+ed)\b/u.exec(
        segment,
      );
    if (m && !/^(?!(?:Two|Three|Four|Five|Several|Some|Many)\s)(?:[\p{Lu}][\p{L}'’-]*\s+){2,}/u.test(m[1]!))
      return m[1]!.trim();
  }
  return null;
}

/** A group a sentence cites as its source: "according to two members of her staff" ("one of them" later). */
function accordingToGroup(masked: string): string | null {
  const m =
    /\baccording to\s+((?:two|three|four|five|several|some|many|\d+)\s+[\p{L}'’ -]{3,60}?)\s*(?=[,.;:]|$)/iu.exec(
      masked,
    );
  return m ? m[1]!.trim() : null;
}

type Speaker = Pick<Extracted, 'speaker' | 'role' | 'speakerKind' | 'evidence'>;

/** A rule's answer: who, how sure, which words, and the sentence (article-wide count) that names them. */
type Resolution = Speaker & {
  confidence: number;
  rule: string;
  words: string | null;
  reason: string;
  namedAt: number;
  /** Words someone else's sentence recalls ("asked about X's remark that "…""): not the speaker a next quotation continues. */
  recalled?: boolean;
};

type DocumentMention = { words: string; issuer: string | null; at: number };

type State = {
  registry: Registry;
  lastSubject: Person | undefined;
  /** The person the last sentence without a quotation was about. */
  lastSentenceSubject: { person: Person; at: number; words: string } | null;
  lastQuote: { res: Resolution; paragraph: number } | null;
  lastAnonymous: Resolution | null;
  /** In a transcript with named turns ("PRESIDENT KORD: …"), the person whose turn the paragraph is. */
  turn: Person | undefined;
  /** The people quoted so far, most recent first, each once: "his guest" is the other one of the last two. */
  speakers: Person[];
  lastGroup: { text: string; at: number } | null;
  lastOrganisation: { name: string; at: number } | null;
  /** Bodies the article has described ("Lowenfell's finance ministry", "the hauliers' federation"): "the ministry" later. */
  bodies: { name: string; head: string; at: number }[];
  documents: DocumentMention[];
  /** The last several speakers named together as a sentence's subject ("Orsa and Veld said …"): "the two governments". */
  lastCollective: { text: string; members: string[]; at: number } | null;
  /** Institutions the article has named in full, latest last: "the Council" later is the latest of them it shortens. */
  institutions: string[];
  interviewee: Person | undefined;
  /** The person the interview's last question spoke of ("What did the president tell you?"). */
  questionAbout: Person | undefined;
  headlineEnd: number;
  /** The body's first paragraph (a wire story's lead), headline matter or not. */
  lead: number;
  /** The person the previous sentence was about (its quotation's speaker, else its subject): whom an opening "She" means. */
  subjectBefore: Person | undefined;
  /** The people each of the last two sentences named: "the two negotiators" are the two just named. */
  namedLately: { at: number; people: Person[] }[];
  /** An office the article spoke of before naming its holder ("Ombrelia's prime minister was unmoved."): the next person
   * it introduces without an office of their own is that holder. */
  pendingOffice: { role: string; qualifier: string; at: number } | null;
  /** A parliamentary report's turn headings so far: the office or constituency each gives its speaker. */
  headings: { title: string; person: Person }[];
  /** The writer the byline names, when there is one: whom "I" means outside quotations and transcript turns. */
  author: Person | undefined;
  /** Publications the article has called "the paper": their words are editorials, documents with the paper as issuer. */
  publications: Set<string>;
  /** The author of the book the article is about ("“Title”, by X", "X's memoir", "His memoir"): "the book" is theirs. */
  bookAuthor: string | null;
};

/** What a rule sees of one quotation. */
type QuoteContext = {
  state: State;
  /** The reporter's words between the previous quotation (or the sentence's start) and this one. */
  before: string;
  /** The reporter's words between this quotation and the next (or the sentence's end). */
  after: string;
  /** The sentence (masked) up to the quotation. */
  sentenceBefore: string;
  /** The next sentence of the paragraph (masked), for a quotation whose speaker is named after it. */
  nextSentence: string;
  k: number;
  quoteAtParagraphStart: boolean;
  standsAlone: boolean;
  /** An interview answer ("A: …"). */
  answer: boolean;
  paragraph: number;
  sentenceNo: number;
  previous: Resolution | null;
  continuing: Extracted | null;
  introduction: Found | null;
  /** The paragraph opens with a time ("16:48 — …"): a live blog's entry, into which nothing from an earlier entry carries. */
  liveEntry: boolean;
  /** The paragraph (masked) up to the quotation, at most 4 × CONTEXT characters: whom "the paper" means. */
  paragraphBefore: string;
  /** The quoted words themselves (only their form is read: whether they open with a verb). */
  quote: string;
};

type Found = { phrase: Phrase; rule: string; words: string; confidence: number; verb?: string };

const trimWords = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Turns a phrase a rule found into a speaker, resolving descriptions and pronouns as a reader would. */
function resolvePhrase(found: Found, ctx: QuoteContext): Resolution | null {
  const { phrase } = found;
  const { state } = ctx;
  const base = { rule: found.rule, words: trimWords(found.words), namedAt: ctx.sentenceNo };
  const asDocument = found.verb === 'statement';
  const person = (p: Person, confidence: number, reason: string): Resolution => {
    state.registry.mention(p);
    return {
      ...base,
      speaker: p.name,
      role: p.title,
      speakerKind: 'person',
      evidence: asDocument ? 'document' : 'direct-quote',
      confidence,
      reason,
      namedAt: p.namedAt,
    };
  };
  // An institution or several speakers together: named as the article names them.
  const body = (speaker: string, speakerKind: SpeakerKind, reason: string): Resolution => ({
    ...base,
    speaker,
    role: '',
    speakerKind,
    evidence: asDocument ? 'document' : 'direct-quote',
    confidence: found.confidence - 0.05,
    reason,
  });
  const owner = pronounOwnedText(phrase.text);
  if (owner && phrase.kind !== 'pronoun') {
    // The owner is the person of that gender the article spoke of last, when it did so in this sentence or the one
    // before; otherwise whom the pronoun means by the usual reading. Either way the words are the owner's text.
    const recent = owner === 'they' ? undefined : state.registry.recentOfGender(owner === 'she' ? 'f' : 'm');
    const textOf = { ...found, verb: 'statement' };
    if (recent && recent.namedAt >= ctx.sentenceNo - 1)
      return person(
        recent,
        found.confidence - 0.1,
        `"${phrase.text}" is the text of ${recent.name}, whom "${owner}" means`,
      );
    return resolvePhrase({ ...textOf, phrase: { kind: 'pronoun', text: owner } }, ctx);
  }
  const member = headingHolder(phrase.text, state);
  if (member)
    return person(member, found.confidence - 0.05, `"${phrase.text}" is how the report's headings name ${member.name}`);
  switch (phrase.kind) {
    case 'name': {
      if (isTreatyName(phrase.name))
        return resolvePhrase({ ...found, phrase: { kind: 'organisation', text: phrase.text, name: phrase.name } }, ctx);
      // A place the article names as such ("in Tarnhold") that speaks is its government ("Tarnhold said"), not a person.
      if (state.registry.places.has(fold(phrase.name)) && !phrase.title)
        return resolvePhrase({ ...found, phrase: { kind: 'organisation', text: phrase.text, name: phrase.name } }, ctx);
      const p = state.registry.find(phrase.name) ?? state.registry.add(phrase.name, phrase.title, ctx.sentenceNo);
      return { ...person(p, found.confidence, `the article names ${p.name} as the speaker`), namedAt: ctx.sentenceNo };
    }
    case 'organisation': {
      if (OUTLET.test(phrase.name) && found.verb === 'reported') return null;
      // "the Ilvar Convention says": a treaty's words are a document's, quoted under its own name.
      if (isTreatyName(phrase.name))
        return { ...body(phrase.name, 'document', `the words of a treaty, ${phrase.name}`), evidence: 'document' };
      // "the Council" after "the Maritime Council of the North": the one-word short form of a body named in full.
      const name = phrase.name.includes(' ') ? phrase.name : institutionInFull(phrase.name, state);
      state.lastOrganisation = { name, at: ctx.sentenceNo };
      return body(name, 'organisation', `the article names ${name} as the speaker`);
    }
    case 'collective':
      // Whom a following "they" means: the speakers just quoted together.
      state.lastCollective = { text: phrase.text, members: phrase.members, at: ctx.sentenceNo };
      return body(phrase.text, 'collective', `several speakers together: ${phrase.members.join(', ')}`);
    case 'anonymous': {
      // "A spokeswoman for the Council said in a statement": the statement is the Council's.
      const issuer = asDocument ? spokespersonFor(phrase.text, state) : null;
      if (issuer)
        return {
          ...body(issuer, 'organisation', `a statement from a spokesperson for ${issuer} is ${issuer}'s`),
          role: phrase.text,
        };
      const pair = theTwo(phrase.text, ctx);
      if (pair) return body(pair, 'collective', `"${phrase.text}" are the two named together just before: ${pair}`);
      // "one of them": one of the group the previous sentences spoke of.
      const group = state.lastGroup && ctx.sentenceNo - state.lastGroup.at <= 2 ? state.lastGroup.text : null;
      // "one of them", "one of the officials", "the other", "another": one of the group just named, which is as
      // far as the article identifies the speaker.
      const ofGroup = /^(?:one of (?:them|those|the\s+[\p{L}\s]+)|(?:the\s+)?other|another(?:\s+one)?)$/iu.test(
        phrase.text,
      );
      // "One fisherman said … Another was less generous": another of the same kind.
      const one = /^one\s+(.+)$/i.exec(state.lastAnonymous?.speaker ?? '');
      if (/^another$/i.test(phrase.text) && one && ctx.sentenceNo - state.lastAnonymous!.namedAt <= 2)
        return unnamedSpeaker(
          base,
          `another ${one[1]}`,
          found.confidence - 0.15,
          `"${phrase.text}" is a second ${one[1]}, after the one quoted just before`,
        );
      if (ofGroup && group) {
        const text = `${group} (${phrase.text.replace(/^\S+/, (w) => w.toLowerCase())})`;
        return {
          ...unnamedSpeaker(
            base,
            text,
            found.confidence - 0.1,
            `"${phrase.text}" refers to ${group}, named just before`,
          ),
          namedAt: state.lastGroup!.at,
        };
      }
      const named = unnamedThenNamed(ctx.sentenceBefore);
      if (named)
        return resolvePhrase(
          {
            ...found,
            phrase: { kind: 'name', text: named, name: named, title: '' },
            confidence: found.confidence - 0.05,
          },
          ctx,
        );
      return unnamedSpeaker(base, phrase.text, found.confidence - 0.05, 'the article does not name this speaker');
    }
    case 'document':
      return resolveDocument(phrase, found, ctx);
    case 'role':
      return resolveRole(phrase, found, ctx, person);
    case 'pronoun': {
      if (/^(we|i)$/i.test(phrase.text)) {
        if (ctx.previous?.speaker)
          return { ...ctx.previous, ...base, confidence: found.confidence - 0.05, namedAt: ctx.previous.namedAt };
        if (ctx.answer && state.interviewee)
          return person(state.interviewee, 0.75, `"${phrase.text}" in an interview answer is the interviewee`);
        if (state.turn)
          return person(
            state.turn,
            0.8,
            `"${phrase.text}" in a transcript's turn is ${state.turn.name}, whose turn it is`,
          );
        return null;
      }
      const previousPerson =
        ctx.previous?.speakerKind === 'person' ? state.registry.find(ctx.previous.speaker!) : undefined;
      const other = previousPerson && otherOfGender(previousPerson, phrase.text, ctx);
      if (other)
        return person(
          other,
          found.confidence - 0.15,
          `"${phrase.text}" cannot be ${previousPerson!.name}: ${other.name}`,
        );
      if (ctx.previous?.speaker)
        return {
          ...ctx.previous,
          ...base,
          confidence: found.confidence - 0.05,
          reason: `"${phrase.text}" is the speaker of the sentence's previous quotation`,
          namedAt: ctx.previous.namedAt,
        };
      // "Drelsk and Cassaro said … They also agreed to "…"": the speakers the last sentence named together.
      const together = state.lastCollective;
      if (/^they$/i.test(phrase.text) && together && ctx.sentenceNo - together.at <= 1)
        return body(together.text, 'collective', `"they" are ${together.text}, named together just before`);
      if (/^they$/i.test(phrase.text)) return null;
      // "Chancellor X was clear when she said …": a person the pronoun's own sentence names before it comes first.
      const asked = pronounInOwnSentence(phrase.text, ctx) ? undefined : answerPronoun(phrase.text, ctx);
      if (asked)
        return person(
          asked,
          found.confidence - 0.15,
          `"${phrase.text}" in the answer is the person the question asked about, ${asked.name}`,
        );
      // "The minister, she insisted, "…"": the minister is what she speaks of; "she" is the person before.
      // ("The minister, she said, had "…"": the aside may stand before more of the reporter's words.)
      const parenthetical =
        /,\s*(?:he|she)\s+[\p{Ll}]+(?:\s+[\p{Ll}]+)?\s*,?\s*$/u.test(ctx.sentenceBefore) ||
        /^[^,]{1,60},\s*(?:he|she)\s+[\p{Ll}]+(?:\s+[\p{Ll}]+)?\s*,/u.test(mainClause(ctx.sentenceBefore));
      // Only the words before the pronoun can name whom it stands for: "he said only that Kelvennia …" is not Kelvennia.
      const at = [...ctx.sentenceBefore.matchAll(new RegExp(`\\b${phrase.text}\\b`, 'gi'))].pop()?.index ?? -1;
      const own = parenthetical
        ? undefined
        : sentenceSubject(at >= 0 ? ctx.sentenceBefore.slice(0, at) : ctx.sentenceBefore, state);
      // "A senior officer, who asked not to be named, said … "…," he said": the unnamed speaker of the sentence before.
      const anonymous = state.lastAnonymous;
      if (
        !own &&
        anonymous &&
        anonymous.namedAt === ctx.sentenceNo - 1 &&
        state.lastSentenceSubject?.at !== ctx.sentenceNo - 1
      )
        return {
          ...anonymous,
          ...base,
          confidence: found.confidence - 0.15,
          reason: `"${phrase.text}" refers to the unnamed speaker of the previous sentence`,
          namedAt: anonymous.namedAt,
        };
      // "A ministry official, speaking privately, was blunt: the press, he said, "…"": the unnamed subject before it.
      const unnamedOwn = own ? null : unnamedSubject(at >= 0 ? ctx.sentenceBefore.slice(0, at) : ctx.sentenceBefore);
      if (unnamedOwn)
        return unnamedSpeaker(
          base,
          unnamedOwn,
          found.confidence - 0.15,
          `"${phrase.text}" is ${unnamedOwn}, the unnamed subject of its own sentence`,
        );
      const subject = own ?? state.lastSubject;
      if (!subject) return null;
      // In a transcript's turn the speaker says "I": "he" and "she" are never the turn's own speaker.
      if (state.turn && subject === state.turn && !ctx.answer) return null;
      // "She said, …" in an answer is never the interviewee, who says "I": someone the article did not name.
      if (ctx.answer && subject === state.interviewee)
        return {
          ...base,
          speaker: null,
          role: '',
          speakerKind: 'unknown',
          evidence: 'direct-quote',
          confidence: 0.3,
          reason: `"${phrase.text}" in an answer is not the interviewee, and the question names no one`,
        };
      const agreeing = otherOfGender(subject, phrase.text, ctx);
      if (agreeing)
        return person(
          agreeing,
          found.confidence - 0.15,
          `"${phrase.text}" cannot be ${subject.name}: ${agreeing.name}`,
        );
      return person(subject, found.confidence - 0.15, `"${phrase.text}" refers back to ${subject.name}`);
    }
    default:
      return null;
  }
}

/**
 * The body an unnamed spokesperson speaks for ("a spokeswoman for the Council" → the Maritime Council of the North,
 * the Council the article named in full before), or null.
 */
export function spokespersonFor(text: string, state: Pick<State, 'institutions'>): string | null {
  const m = /\bspokes(?:man|woman|person)\s+(?:for|of|at)\s+(?:the\s+)?([\p{Lu}][^,;:]*)$/u.exec(text);
  return m ? institutionInFull(m[1]!.trim(), state) : null;
}

/**
 * An institution as the article first named it in full: "the Council" after "the Maritime Council of the North" is
 * that council — the latest institution named whose name holds all the short name's words. Else the short name.
 */
export function institutionInFull(short: string, state: Pick<State, 'institutions'>): string {
  const words = fold(short.replace(/^the\s+/i, '')).split(/\s+/);
  for (let i = state.institutions.length - 1; i >= 0; i--) {
    const full = state.institutions[i]!;
    const fullWords = fold(full).split(/\s+/);
    if (fullWords.length > words.length && words.every((w) => fullWords.includes(w))) return full;
  }
  return short.replace(/^the\s+/i, '');
}

/**
 * "the two negotiators", "both men", "the pair": the two people named in this or the previous sentence, together —
 * when exactly two were named; else null.
 */
function theTwo(text: string, ctx: QuoteContext): string | null {
  if (!/^(?:(?:the\s+)?two\s+[\p{Ll}-]+|both(?:\s+[\p{Ll}-]+)?|the pair)$/iu.test(text.trim())) return null;
  // People introduced in full ("Runa Osgood"): a lone capitalised word before "'s" is as often a country as a person.
  const people = [
    ...new Set(ctx.state.namedLately.filter((n) => n.at >= ctx.sentenceNo - 1).flatMap((n) => n.people)),
  ].filter((p) => p.name.includes(' '));
  if (people.length === 2) return `${people[0]!.name} and ${people[1]!.name}`;
  return theTwoStates(text, ctx);
}

/**
 * "the two governments", "both sides", "the two capitals": the two states or bodies a recent sentence named together
 * as its subject ("Orsa and Veld said on Monday …"), within the last three sentences; else null.
 */
export function theTwoStates(text: string, ctx: Pick<QuoteContext, 'state' | 'sentenceNo'>): string | null {
  if (
    !/^(?:the\s+)?(?:two|both)\s+(?:governments|countries|sides|states|capitals|nations|neighbours|neighbors|parties|delegations|administrations)$/iu.test(
      text.trim(),
    )
  )
    return null;
  const together = ctx.state.lastCollective;
  return together && together.members.length === 2 && ctx.sentenceNo - together.at <= 3 ? together.text : null;
}

/**
 * Pronoun agreement: "she" never stands for a man the article has called "he". When the person a pronoun would refer
 * to is of the other gender, the person of the pronoun's gender named in the words before it, else the one the
 * article spoke of last; undefined when the person agrees (or either gender is unknown).
 */
function otherOfGender(p: Person, pronoun: string, ctx: QuoteContext): Person | undefined {
  const wanted = /^she$/i.test(pronoun) ? 'f' : /^he$/i.test(pronoun) ? 'm' : null;
  const has = genderOf(p);
  if (!wanted || !has || has === wanted) return undefined;
  const named = nameRuns(ctx.sentenceBefore)
    .map(readRun)
    .map((n) => (n?.kind === 'person' ? ctx.state.registry.find(n.name) : undefined))
    .filter((x): x is Person => !!x && genderOf(x) === wanted)
    .pop();
  return named ?? ctx.state.registry.recentOfGender(wanted, p);
}

/**
 * "One analyst, the political scientist Ana Brill, puts it this way:": an indefinite description named at once in
 * apposition is that person, not an unnamed source. The name, or null.
 */
export function unnamedThenNamed(sentenceBefore: string): string | null {
  const m =
    /\b(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+,\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2}),/u.exec(
      sentenceBefore,
    );
  return m && readRun({ words: m[1]!.split(/\s+/), start: 0, end: m[1]!.length })?.kind === 'person' ? m[1]! : null;
}

/** An unnamed speaker, named by the article's description of them ("a senior official", "a Koldish minister"). */
function unnamedSpeaker(
  base: { rule: string; words: string; namedAt: number },
  text: string,
  confidence: number,
  reason: string,
): Resolution {
  return {
    ...base,
    speaker: text,
    role: text,
    speakerKind: 'anonymous',
    evidence: 'anonymous-officials',
    confidence,
    reason,
  };
}

function resolveRole(
  phrase: Extract<Phrase, { kind: 'role' }>,
  found: Found,
  ctx: QuoteContext,
  person: (p: Person, confidence: number, reason: string) => Resolution,
): Resolution | null {
  const { state } = ctx;
  const base = { rule: found.rule, words: trimWords(found.words), namedAt: ctx.sentenceNo };
  phrase = { ...phrase, role: personalOffice(phrase.role) };
  // "Ombrelia's prime minister … the head of government said": the office the article has not yet given a name.
  const pending = state.pendingOffice;
  if (
    pending &&
    ctx.sentenceNo - pending.at <= 1 &&
    /^the\s/i.test(phrase.text) &&
    sameOffice(phrase.role, pending.role) &&
    (!phrase.qualifier || demonymStem(phrase.qualifier) === demonymStem(pending.qualifier))
  ) {
    const holder = pendingHolder(state, ctx.paragraph);
    if (holder)
      return person(
        holder,
        0.5,
        `"${phrase.text}" is ${pending.qualifier}'s ${pending.role}, whom the article names next: ${holder.name} (to check)`,
      );
    return {
      ...base,
      speaker: null,
      role: phrase.text,
      speakerKind: 'unknown',
      evidence: 'direct-quote',
      confidence: 0.4,
      reason: `"${phrase.text}" is ${pending.qualifier}'s ${pending.role}, whom the article has not named`,
    };
  }
  // "a Koldish minister told him …": an indefinite description introduces someone new, never a person named before.
  if (/^an?\s/i.test(phrase.text))
    return unnamedSpeaker(
      base,
      phrase.text,
      found.confidence - 0.15,
      `"${phrase.text}" is someone the article does not name`,
    );
  const other = counterpart(phrase, state);
  if (other)
    return person(
      other,
      found.confidence - 0.2,
      `"${phrase.text}" is the other of the two people just quoted, ${other.name}`,
    );
  // "the members", "the officials": the group the article just spoke of.
  if (/[^s]s$/.test(phrase.role) && !/(?:ss|us)$/.test(phrase.role)) {
    const pair = theTwo(phrase.text.replace(/^the\s+/i, ''), ctx);
    if (pair)
      return {
        ...base,
        speaker: pair,
        role: '',
        speakerKind: 'collective',
        evidence: found.verb === 'statement' ? 'document' : 'direct-quote',
        confidence: found.confidence - 0.05,
        reason: `"${phrase.text}" are the two named together just before: ${pair}`,
      };
    const group = state.lastGroup && ctx.sentenceNo - state.lastGroup.at <= 3 ? state.lastGroup.text : phrase.text;
    return {
      ...base,
      speaker: group,
      role: group,
      speakerKind: 'anonymous',
      evidence: 'anonymous-officials',
      confidence: found.confidence - 0.15,
      reason: `"${phrase.text}" refers to a group the article does not name`,
    };
  }
  // "the ministry", "the federation": the body of that kind the article described; "her office": the office of
  // the person under discussion.
  const bodyHead = phrase.role.split(/\s+/).pop() ?? '';
  if (BODY_HEADS.test(bodyHead) || GROUP_BODY_HEADS.test(bodyHead)) {
    const owner = /^(?:his|her)\s/i.test(phrase.text) ? state.lastSubject : undefined;
    // The latest body of that kind described in the last eight sentences (read backwards: bounded, not quadratic).
    let described: string | undefined;
    for (let i = state.bodies.length - 1; i >= 0 && !described; i--) {
      const b = state.bodies[i]!;
      if (ctx.sentenceNo - b.at > 8) break;
      if (b.head === bodyHead && b.at <= ctx.sentenceNo && fold(b.name).includes(fold(phrase.role))) described = b.name;
    }
    // "the defence ministry" that the article did not describe before is that body, as the article names it.
    const name = owner
      ? `${owner.name}'s ${phrase.role}`
      : /^(?:the|its)\s/i.test(phrase.text)
        ? (described ?? (phrase.role.includes(' ') ? phrase.role : undefined))
        : undefined;
    if (name)
      return {
        ...base,
        speaker: name,
        role: '',
        speakerKind: 'organisation',
        evidence: found.verb === 'statement' ? 'document' : 'direct-quote',
        confidence: found.confidence - 0.15,
        reason: owner
          ? `"${phrase.text}" is the ${phrase.role} of ${owner.name}`
          : `"${phrase.text}" refers back to ${name}`,
      };
    // "Your own party", "their government": a body, never a person — named as the article names it.
    return {
      ...base,
      speaker: phrase.role,
      role: '',
      speakerKind: 'organisation',
      evidence: found.verb === 'statement' ? 'document' : 'direct-quote',
      confidence: found.confidence - 0.3,
      reason: `"${phrase.text}" is a body the article does not name`,
    };
  }
  // "the 72-year-old": the person of that age (an age never contradicts an office).
  const aged = ageHolder(phrase, ctx);
  if (aged) return person(aged, found.confidence - 0.2, `"${phrase.text}" is ${aged.name}, the person spoken of`);
  // "the official" after an unnamed official is that official again.
  const stem = phrase.role.slice(0, Math.max(5, phrase.role.length - 3));
  const again = sameUnnamedSpeaker(phrase, ctx);
  if (again) return { ...again, ...base, confidence: found.confidence - 0.2, namedAt: again.namedAt };
  // "my president", "our chancellor" in an interview answer: someone other than the interviewee.
  const exclude = /^(?:my|our)\s/i.test(phrase.text) ? (state.interviewee ?? undefined) : undefined;
  const known = state.registry.byRole(phrase.role, phrase.qualifier, state.lastSubject, exclude);
  if (!known && state.lastAnonymous && fold(state.lastAnonymous.speaker ?? '').includes(stem)) {
    return {
      ...state.lastAnonymous,
      ...base,
      confidence: found.confidence - 0.2,
      reason: `"${phrase.text}" is the unnamed speaker mentioned before`,
      namedAt: state.lastAnonymous.namedAt,
    };
  }
  // "Ayoola was asked … He did not hesitate. "…," the analyst said": the person the last sentences were about,
  // when the article gave them no office the description contradicts.
  const about = state.lastSentenceSubject;
  if (
    !known &&
    about &&
    ctx.sentenceNo - about.at <= 2 &&
    about.person === state.lastSubject &&
    !UNNAMED_HEADS.test(phrase.role.split(/\s+/).pop()!) &&
    // An office held once ("the former admiral") never contradicts the one held now ("Brastavel's president").
    (/^(?:the\s+)?(?:former|ex-|one-time)\b/i.test(phrase.text) ||
      !/\b(?:president|minister|chancellor|premier|prime|leader|spokes\w*|ambassador|general|secretary|mayor|governor)\b/i.test(
        ownOffice(about.person.title),
      ))
  )
    return person(
      about.person,
      // A reading the rule itself calls doubtful is marked to check, whatever the verb's confidence.
      Math.min(found.confidence - 0.3, CHECK_BELOW - 0.05),
      `"${phrase.text}" is the person the previous sentences are about, ${about.person.name} (to check: the article gave no such office)`,
    );
  // Not in the headline: the headline's rules give its words the body's speaker.
  // Nor in an interview, where the next person named is whom a question asks about, not the office's holder.
  const next =
    !known && ctx.paragraph >= state.headlineEnd && !ctx.answer && !state.interviewee
      ? officeNamedNext(phrase, state, ctx.paragraph)
      : undefined;
  if (next)
    return person(
      next,
      0.5,
      `"${phrase.text}" is held by no one named before; the article names ${next.name} next (to check)`,
    );
  if (!known) {
    // "the officer" with no officer named: an unnamed speaker. "the president" with no president named: nobody
    // the article names — unknown, to check, rather than a guess from the rules after this one.
    const unnamed =
      /^(?:officials?|officers?|diplomats?|aides?|sources?|advisers?|advisors?|delegates?|staffers?|negotiators?|soldiers?|commanders?|residents?|witnesses?|captains?)$/.test(
        phrase.role.split(/\s+/).pop()!,
      );
    return {
      ...base,
      speaker: unnamed ? phrase.text.replace(/^the\s+/i, '') : null,
      role: phrase.text,
      speakerKind: unnamed ? 'anonymous' : 'unknown',
      evidence: unnamed ? 'anonymous-officials' : 'direct-quote',
      confidence: 0.4,
      reason: `"${phrase.text}" refers to no one the article has named`,
    };
  }
  // The qualifier is learnt: "the Northland leader" is Sorvik from now on.
  if (phrase.qualifier && !fold(known.title).includes(fold(phrase.qualifier).slice(0, 5)))
    known.title = `${known.title} ${phrase.qualifier}`.trim();
  const ago = ctx.sentenceNo - known.namedAt;
  return person(
    known,
    found.confidence - 0.15,
    `"${phrase.text}" refers back to ${known.name}${ago > 1 ? `, last named ${ago} sentences earlier` : ''}`,
  );
}

/**
 * An office named before its holder — wire copy's lead ("Orsa's prime minister on Tuesday turned down …"; the next
 * paragraph: "Ada Rusk, who has led the Orsan delegation since May, said …"), or any paragraph ("Ombrelia's prime
 * minister gave it a cool welcome … the head of government said"): an office no one named holds goes to the next
 * person the article introduces, in this paragraph or the next — when that person is named in full and has no office
 * of their own yet. They take the office; at confidence 0.5, and the reviewer is asked to check.
 */
export function officeNamedNext(
  phrase: Pick<Extract<Phrase, { kind: 'role' }>, 'text' | 'role' | 'qualifier'>,
  state: Pick<State, 'registry'>,
  paragraph: number,
): Person | undefined {
  if (/^(?:an?|one)\s/i.test(phrase.text) || UNNAMED_HEADS.test(phrase.role.split(/\s+/).pop() ?? '')) return undefined;
  const next = state.registry.people.find(
    (p) =>
      p.namedAt < 0 &&
      p.name.includes(' ') &&
      (p.firstSeen === undefined || (p.firstSeen >= paragraph && p.firstSeen <= paragraph + 1)),
  );
  if (!next || holdsOffice(next)) return undefined;
  const office = phrase.qualifier ? `${phrase.qualifier}'s ${phrase.role}` : phrase.role;
  if (!fold(next.title).includes(fold(phrase.role))) next.title = `${next.title} ${office}`.trim();
  return next;
}

/** The article has given this person an office or profession of their own. */
function holdsOffice(p: Person): boolean {
  return /\b(?:president|minister|premier|chancellor|leader|spokes\w*|ambassador|envoy|general|secretary|mayor|governor|chief|head|director|analyst|economist|professor|editor|correspondent|reporter)\b/i.test(
    ownOffice(p.title).replace(/\b(?:mr|mrs|ms|dr)\b/gi, ''),
  );
}

/**
 * "Ombrelia's prime minister gave the plan a cool welcome.": an office with its country, held by no one the article
 * has named, is someone the reader does not know yet — noted as pending (whom a following "the head of government"
 * means) rather than given to another country's leader. Returns true when the office is pending.
 */
function notePendingOffice(role: { role: string; qualifier: string }, state: State, at: number): boolean {
  if (!role.qualifier) return false;
  const stem = demonymStem(role.qualifier);
  const office = personalOffice(role.role);
  // Held by someone named whose title gives no other country ("Premier Marisol Tenbrook" is Quellmark's premier).
  const word = new RegExp(`\\b(?:${SYNONYMS[office] ?? office})\\b`, 'iu');
  const held = state.registry.people.some(
    (p) => p.namedAt >= 0 && word.test(ownOffice(p.title)) && !namesAnotherPlace(p.title, stem),
  );
  // A live blog, newest first, names the holder in an older entry further down ("Sabine Lode, Orle's economy
  // minister, …"): the register already knows who holds it.
  const namedBelow = state.registry.people.some(
    (p) => p.namedAt < 0 && word.test(ownOffice(p.title)) && fold(p.title).includes(stem),
  );
  if (held || namedBelow) return false;
  state.pendingOffice = { role: office, qualifier: role.qualifier, at };
  return true;
}

/**
 * The holder of a pending office, when the article names them next: the first person named for the first time in
 * this paragraph or the next, with no office of their own. They take the office. At confidence 0.5, to check.
 */
function pendingHolder(state: State, paragraph: number): Person | undefined {
  const pending = state.pendingOffice;
  if (!pending) return undefined;
  return officeNamedNext(
    { text: `the ${pending.role}`, role: pending.role, qualifier: pending.qualifier },
    state,
    paragraph,
  );
}

/**
 * "his guest", "her host", "his counterpart": a relation between the two people of an exchange — the one quoted
 * most recently other than the person "his"/"her" stands for (the last person spoken of).
 */
function counterpart(phrase: Extract<Phrase, { kind: 'role' }>, state: State): Person | undefined {
  if (!/^(?:his|her|their)\s+(?:guest|host|counterpart|visitor|opposite number|interlocutor)$/i.test(phrase.text))
    return undefined;
  const owner = state.lastSubject;
  return state.speakers.find((p) => p !== owner);
}

/**
 * "the official" (or "the diplomat", "the officer") within two sentences of an unnamed official: that same
 * unnamed speaker, never a named person of that office nearby.
 */
function sameUnnamedSpeaker(phrase: Extract<Phrase, { kind: 'role' }>, ctx: QuoteContext): Resolution | null {
  const last = ctx.state.lastAnonymous;
  const head = phrase.role.split(/\s+/).pop() ?? '';
  if (!last || ctx.sentenceNo - last.namedAt > 2) return null;
  // "A senior negotiator … was blunter. "…," the negotiator said": the same noun refers back to the unnamed one,
  // whatever the noun; a noun for a kind of official also covers one described by another ("the official").
  const same = new RegExp(`\\b${head.replace(/s$/, '')}`, 'i').test(fold(last.speaker ?? ''));
  if (!same && !(UNNAMED_HEADS.test(head) && fold(last.speaker ?? '').includes(head.replace(/s$/, '')))) return null;
  return { ...last, reason: `"${phrase.text}" is the unnamed speaker mentioned just before` };
}

function resolveDocument(
  phrase: Extract<Phrase, { kind: 'document' }>,
  found: Found,
  ctx: QuoteContext,
): Resolution | null {
  const { state } = ctx;
  const last = state.documents[state.documents.length - 1];
  const recentDoc = last && ctx.sentenceNo - last.at <= 3 ? last : undefined;
  let doc: DocumentMention | undefined;
  let issuer: string | null = phrase.issuer;
  if (phrase.text === 'it') {
    // "The ministry responded within the hour. It called the remarks "…"": an institution, not a text.
    const body = institutionForIt(ctx);
    if (body) return resolvePhrase({ ...found, phrase: { kind: 'organisation', text: 'it', name: body } }, ctx);
    // "It describes the draft as …": "it" is a document named before this sentence, not the one it goes on to name.
    let earlier: DocumentMention | undefined;
    for (let i = state.documents.length - 1; i >= 0 && !earlier; i--)
      if (state.documents[i]!.at < ctx.sentenceNo) earlier = state.documents[i];
    doc = earlier && ctx.sentenceNo - earlier.at <= 3 ? earlier : recentDoc;
    if (!doc) return null;
  } else if (
    DOCUMENT_PARTS.test(phrase.text) ||
    /^(?:(?:first|second|third|fourth|fifth|sixth|next|last|final|another|operative|opening|closing)\s+)?(?:section|article|paragraph|clause|annex|part|chapter)\b/i.test(
      phrase.text,
    )
  ) {
    // "Article 7 reads:": a part of the document the article is quoting, however many sentences back it was named.
    const of = /\bof\s+(?:the\s+)?(.+)$/i.exec(phrase.text);
    doc =
      (of ? lookupDocument(state, of[1]!) : undefined) ?? recentDoc ?? documentUnderDiscussion(state, ctx.sentenceNo);
    // "His memoir … Its last chapter warns": a chapter of the book the article is about is its author's.
    if (!doc && state.bookAuthor && /\b(?:chapter|page|preface|epilogue|foreword)s?\b/i.test(phrase.text))
      issuer = state.bookAuthor;
  } else if (/^(?:its|their)\s/i.test(phrase.text)) {
    const org =
      state.lastOrganisation && ctx.sentenceNo - state.lastOrganisation.at <= 2 ? state.lastOrganisation : null;
    if (org) issuer = issuer ?? org.name;
    else doc = recentDoc;
  } else {
    doc = lookupDocument(state, phrase.text);
    // "The nine-page text says …", "the document", "the paper": a generic noun for the document under discussion.
    if (!doc && /\b(?:text|document|paper)$/i.test(phrase.text)) doc = documentUnderDiscussion(state, ctx.sentenceNo);
  }
  issuer = issuer ?? doc?.issuer ?? (doc ? lookupDocument(state, doc.words)?.issuer : null) ?? null;
  // "Minutes of the session, published by the League on Wednesday, say": the agent in the rest of the phrase.
  const at = ctx.sentenceBefore.indexOf(phrase.text);
  if (!issuer && at >= 0) issuer = issuerInPhrase(ctx.sentenceBefore.slice(at + phrase.text.length));
  // "the Commission's statement": the commission named in full before.
  if (issuer && !/\s/.test(issuer)) issuer = institutionInFull(issuer, state);
  const name = doc?.words ?? phrase.text;
  return {
    rule: found.rule,
    words: trimWords(found.words),
    speaker: issuer ?? name,
    role: name,
    speakerKind: issuer ? 'organisation' : 'document',
    evidence: 'document',
    confidence: found.confidence - (issuer ? 0.1 : 0.2),
    reason: issuer
      ? `the words of a document (${name}) issued by ${issuer}`
      : `the words of a document (${name}); its issuer is not named`,
    namedAt: doc?.at ?? ctx.sentenceNo,
  };
}

/**
 * Whom "it" stands for when an institution is being spoken of: the institution that is the subject of the same
 * sentence ("The council, which mediates, welcomed what it described as "…""), else the institution the previous
 * sentence was about ("The ministry responded within the hour. It called …") — unless a document was mentioned
 * since, which "it" then more likely means.
 */
export function institutionForIt(ctx: Pick<QuoteContext, 'sentenceBefore' | 'sentenceNo' | 'state'>): string | null {
  // "it" after the sentence's own subject stands for that subject: an institution, or no institution at all.
  const own = /\S.*\bit\b/isu.test(ctx.sentenceBefore) ? clauseSubject(ctx.sentenceBefore) : null;
  if (own) return own.kind === 'organisation' ? own.name : null;
  const org = ctx.state.lastOrganisation;
  if (!org || ctx.sentenceNo - org.at > 1) return null;
  const doc = ctx.state.documents[ctx.state.documents.length - 1];
  return doc && doc.at >= org.at ? null : org.name;
}

/**
 * The document an article is quoting from part by part ("Article 3 …", "Article 7 reads: …"): the latest document
 * mentioned within the last fifteen sentences, for parts of a text named long after the text itself.
 */
function documentUnderDiscussion(state: State, sentenceNo: number): DocumentMention | undefined {
  const last = state.documents[state.documents.length - 1];
  return last && sentenceNo - last.at <= 15 ? last : undefined;
}

/** The most recent document the article mentioned whose words share the head noun (one with an issuer first). */
function lookupDocument(state: State, text: string): DocumentMention | undefined {
  const head = fold(
    text
      .replace(/[^\p{L}\s-]/gu, ' ')
      .trim()
      .split(/\s+/)
      .pop() ?? '',
  );
  if (!head) return undefined;
  const fits = state.documents.filter((d) => fold(d.words).split(/\s+/).includes(head));
  return [...fits].reverse().find((d) => d.issuer) ?? fits[fits.length - 1];
}

/** "seen by Harbour Wire", "obtained by this paper", "leaked to X": who saw or passed on a text, never who issued it. */
const SEEN_BY =
  /^\s*,?\s*(?:[\p{Ll}]+\s+){0,2}?(?:seen|obtained|leaked|reviewed|shown|read|quoted|cited|reported|viewed|received)\s+(?:by|to)\s/u;

/**
 * The issuer named right after a document's mention: "from X", "by X", "of X", or a participle phrase
 * "prepared by X", "drawn up by X", "drafted by X", "written by X", "signed by X". The capitalised phrase
 * after the preposition, up to a clause boundary.
 */
function documentIssuer(rest: string): RegExpExecArray | null {
  if (SEEN_BY.test(rest)) return null;
  // "a draft framework for the Sallow Gap, drawn up by X": what the document is about comes first.
  return /^\s*(?:(?:for|on|over|about|concerning)\s+(?:the\s+)?[^,.;:"“”«»]{1,60}?)?\s*,?\s*(?:(?:[\p{Ll}]+\s+){0,4}?)(?:by|from|of)\s+((?:the\s+)?[\p{Lu}][^,.;:"“”«»]*)/u.exec(
    rest,
  );
}

/** A part of a text ("its opening article", "A section headed …", "the final clause"): the text is still being quoted. */
const PART_MENTION =
  /\b(?:a|an|the|its|their|this|that)\s+(?:[\p{Ll}-]+\s+)?(?:section|article|clause|annex|chapter|paragraph|preamble)\b/iu;
/** Authorship given in a passive: "was prepared by the Council", "had been drawn up by X". */
const AUTHORED_BY =
  /\b(?:is|was|were|has been|had been|been)\s+(?:[\p{Ll}]+ly\s+)?(?:prepared|drafted|drawn up|written|issued|produced|put together|circulated|published|released|sent|signed|tabled)\s+by\s+((?:the\s+)?[\p{Lu}][^,.;:"“”«»]*)/u;

/**
 * "The nine-page text … was prepared by the Council", "The document is more detailed …", "A section headed …": a
 * sentence that refers back to the document under discussion keeps it under discussion (it is the one "it" and
 * "the draft" mean), and a passive naming its author gives it its issuer when it had none.
 */
export function referBackToDocument(state: Pick<State, 'documents'>, at: number, issuer: string | null = null): void {
  const last = state.documents[state.documents.length - 1];
  if (!last) return;
  if (issuer && !last.issuer) last.issuer = issuer;
  if (last.at < at) state.documents.push({ ...last, at });
}

/** The author a sentence names in a passive ("was prepared by the Maritime Board"), as a body or person's name. */
function authorOf(masked: string): string | null {
  const m = AUTHORED_BY.exec(masked);
  if (!m) return null;
  const issuer = issuerName(m[1]!);
  if (!issuer) return null;
  const phrase = readPhrase(issuer, 'start');
  return phrase.kind === 'organisation' || phrase.kind === 'name' ? phrase.name : null;
}

/**
 * "the Concord draft", "the Orle Commission report": a body or person named right before a document's common noun
 * issued it. A named text ("the Pellan Accord", capitalised) keeps its own name; a nationality ("the Veldish plan"),
 * a day or a month issues nothing.
 */
export function modifierIssuer(modifiers: string, noun: string): string | null {
  if (!/^[\p{Ll}]/u.test(noun)) return null;
  const m = /((?:[\p{Lu}][\p{L}'’-]*\s+)*[\p{Lu}][\p{L}'’-]*)\s+$/u.exec(modifiers);
  if (!m || m.index + m[0].length !== modifiers.length) return null;
  const words = m[1]!.split(/\s+/);
  if (words.some((w) => isCommonCapitalised(w)) || /(?:an|ian|ese|ish|ic)$/.test(words[words.length - 1]!)) return null;
  const phrase = readPhrase(m[1]!, 'end');
  return phrase.kind === 'organisation' || phrase.kind === 'name' ? phrase.name : null;
}

/** Documents a sentence mentions, with their issuer: "a memorandum from X", "a draft, prepared by X", "X sent … a draft". */
function noteDocuments(masked: string, state: State, at: number): void {
  const author = authorOf(masked);
  const before = state.documents.length;
  const unsigned = unsignedText(masked);
  if (unsigned) {
    state.documents.push({ words: unsigned, issuer: null, at });
    return;
  }
  noteDocumentMentions(masked, state, at);
  // No new document named: the sentence speaks of the one under discussion (a part of it, or it by its author).
  if (state.documents.length === before && (PART_MENTION.test(masked) || author))
    referBackToDocument(state, at, author);
  else if (author && state.documents.length > before) {
    const last = state.documents[state.documents.length - 1]!;
    last.issuer ??= author;
  }
}

function noteDocumentMentions(masked: string, state: State, at: number): void {
  for (const m of masked.matchAll(DOCUMENT_MENTION)) {
    // "a draft plan", "a joint statement text": the head noun is the last of a compound.
    const compound = DOCUMENT_COMPOUND.exec(masked.slice(m.index! + m[0].length));
    const words = trimWords(`${m[1]}${m[2]}${compound ? compound[0] : ''}`);
    const end = m.index! + m[0].length + (compound ? compound[0].length : 0);
    const rest = masked.slice(end, end + 160);
    const explicit = documentIssuer(rest);
    let issuer: string | null = null;
    if (explicit) {
      // "the Merin Salt Commission would cap …": the name ends before its clause's verb.
      issuer = issuerName(explicit[1]!);
      if (!issuer || !/^[\p{Lu}]/u.test(issuer) || readPhrase(issuer, 'start').kind === 'none') issuer = null;
      // "from the Council's secretary-general, Odile Frennet,": the office's holder, named in apposition, signs it.
      const holder = /^,\s*([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,2})\s*(?:,|$)/u.exec(
        rest.slice(explicit.index + explicit[0].length),
      );
      if (issuer && holder && readPhrase(holder[1]!, 'start').kind === 'name') issuer = holder[1]!;
    }
    // "a memorandum prepared for President X by Y": the agent anywhere in the phrase, not the person it was for.
    if (!explicit || /^\s*,?\s*[\p{Ll}]+\s+(?:for|to)\s/u.test(rest)) issuer = issuerInPhrase(rest) ?? issuer;
    issuer ??= modifierIssuer(m[1]!, m[2]!);
    if (!issuer) {
      // The subject that sent, issued or wrote it: "Southmarch's foreign ministry confirmed … in a note".
      const head = masked.slice(0, m.index!);
      const verb =
        /^(.*?)\b(?:has|have|had|is|was|issued|sent|published|released|circulated|confirmed|put out|wrote|drew up|prepared|said|says|announced|tabled|tables|table|submitted|submits|put forward|puts forward|drafted)\b/su.exec(
          mainClause(head),
        );
      if (verb) {
        const subject = readSubject(verb[1]!);
        if (subject.kind === 'organisation' || subject.kind === 'name') issuer = subject.name;
        // "Vessaria and Kolden said in a joint statement": the statement is theirs together.
        else if (subject.kind === 'collective' && /\bjoint\b/i.test(words)) issuer = subject.text;
      }
    }
    // "a statement of principles" is content, not a text someone issued; "the text", "the document" refer back.
    if (/^\s+of\s+[\p{Ll}]/u.test(rest) && !issuer) continue;
    if (/^(?:text|document)$/i.test(m[2]!) && state.documents.length) {
      referBackToDocument(state, at);
      continue;
    }
    // "seen by this paper": the newspaper itself, not a document.
    if (/\b(?:this|our)\s+paper$/i.test(m[0].trim())) continue;
    // "The League … would not comment. Its own draft …": "its" is the body the last sentence was about, when no
    // document was spoken of since — that body's text, not a part of the document under discussion.
    const org = state.lastOrganisation;
    const lastDoc = state.documents[state.documents.length - 1];
    if (!issuer && /^(?:its|their)\s/i.test(m[0]) && org && at - org.at <= 1 && (!lastDoc || lastDoc.at < org.at))
      issuer = org.name;
    // "Its central proposal is …": a part of the document under discussion, not another document.
    if (/^(?:its|their)\s/i.test(m[0]) && state.documents.length && !issuer) continue;
    state.documents.push({ words, issuer, at });
  }
}

// ——— The attribution rules, in the order they are tried. Each returns a speaker or null. ———

/**
 * "…" and warning that talks mediated by the Council could fail …: words after a quotation that open with a
 * conjunction and a participle or a "that" clause are the sentence's subject's next clause, whatever verb ends them —
 * the names inside it (the council) are what the clause is about, never the quotation's speaker.
 */
export function clauseOfItsOwn(subject: string): boolean {
  return (
    /^\s*(?:and|but|while|whereas)\s+(?:(?:also|then|later)\s+)?[\p{Ll}]+ing\b/u.test(subject) ||
    /^\s*(?:and|but)\s+that\b/.test(subject)
  );
}

/** `"…," X said` / `"…," said X` / `"…," according to X` / `"…," the memorandum states`. */
function saidAfter(ctx: QuoteContext): Resolution | null {
  const m = AFTER_RE.exec(ctx.after);
  if (!m) return null;
  const [, subject, verb, rest] = m;
  // "…," the news agency reported: the outlet that carried the words, not their speaker.
  if (verb === 'reported' && OUTLET.test(subject!)) return null;
  if (subject!.split(/\s+/).filter(Boolean).length > 22 || /[.!?]\s/.test(subject!)) return null;
  // "— a line that one diplomat said was aimed at …": someone commenting on the words, not their speaker; the
  // commentator is remembered ("the diplomat said" next is them), the words keep their own speaker.
  const comment = /^[\s—–-]*(?:a|an|the)\s+[\p{Ll}]+\s+(?:that|which)\s+(.+)$/iu.exec(subject!);
  if (comment && /^\s*(?:was|were|is|had been)\b/.test(rest!)) {
    const commentator = readSubject(comment[1]!);
    if (commentator.kind === 'anonymous' || commentator.kind === 'role')
      ctx.state.lastAnonymous = unnamedSpeaker(
        { rule: 'a comment on the words', words: comment[1]!.trim(), namedAt: ctx.sentenceNo },
        commentator.text,
        0.6,
        `${commentator.text} commented on the words`,
      );
    return null;
  }
  // "…," while Helena Strand said it could "…": a new clause, whose speaker belongs to the next quotation.
  if (/^\s*(?:while|whereas|but|and|as|though|although)\s/i.test(subject!) && /\S/.test(rest!.replace(/[.!?\s]+$/, '')))
    return null;
  if (clauseOfItsOwn(subject!)) return null;
  const words = ctx.after.slice(0, m[0].length - rest!.length) + rest!.split(/[,.;:!?]/)[0];
  if (!subject!.trim() || /^according to$/i.test(verb!)) {
    const phrase = namedInApposition(rest!) ?? readObject(rest!);
    if (phrase.kind === 'none') return null;
    // "…," according to Radio Drelsk: where the words were found, not who said them — the sentence's speaker is.
    if (/^according/i.test(verb!) && isConduit(phrase.text)) return null;
    return resolvePhrase(
      { phrase, rule: /^according/i.test(verb!) ? 'according to X' : '"…," said X', words, confidence: 0.9, verb },
      ctx,
    );
  }
  const phrase = registeredName(subject!, ctx.state) ?? readSubject(subject!);
  if (phrase.kind === 'none') return null;
  // '"…," its foreign ministry said in a statement': the statement's words.
  const inText = IN_TEXT.test(rest!);
  return resolvePhrase(
    {
      phrase,
      rule: inText ? '"…," X said in a statement' : '"…," X said',
      words: `${subject}${verb}`,
      confidence: 0.92,
      verb: inText ? 'statement' : verb,
    },
    ctx,
  );
}

/**
 * A single capitalised word the article has used as a person's surname ("Ewan Tally" … "Tally asked") is that
 * person, even where it looks like something else (an adverb in -ly, a common noun).
 */
function registeredName(text: string, state: State): Phrase | null {
  const word = text.trim();
  if (!/^[\p{Lu}][\p{L}'’-]+$/u.test(word)) return null;
  const person = state.registry.people.find((p) => p.name.includes(' ') && surname(p.name) === fold(word));
  return person ? { kind: 'name', text: word, name: person.name, title: '' } : null;
}

/**
 * `said one of them, Hedda Lindgren` / `said a spokesman, Per Vance`: an unnamed description followed by a name in
 * apposition names that person.
 */
export function namedInApposition(rest: string): Phrase | null {
  const m =
    /^\s*((?:one of (?:them|those|the\s+[\p{Ll}]+)|(?:a|an|the|their|its|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)),\s+((?:[\p{Lu}][\p{L}'’-]+\s+){1,2}[\p{Lu}][\p{L}'’-]+)\s*(?:[,.;]|$)/u.exec(
      rest,
    );
  if (!m) return givenName(rest);
  const named = readPhrase(m[2]!, 'start');
  return named.kind === 'name' ? { ...named, title: m[1]! } : null;
}

/**
 * `said one, who gave only his first name, Arvid` / `said a nurse who gave her name as Hedda Lind`: an unnamed
 * speaker who gives a name names that person (by the name given, even a first name alone).
 */
export function givenName(rest: string): Phrase | null {
  const m =
    /^\s*(one|(?:a|an|the|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,3}?[\p{Ll}-]+),?\s+who\s+(?:would\s+)?gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|full\s+)?name(?:\s+only)?(?:,|\s+as)\s+([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?)\s*(?:[,.;]|$)/u.exec(
      rest,
    );
  if (!m) return null;
  return {
    kind: 'name',
    text: m[2]!,
    name: m[2]!,
    title: m[1]! === 'one' ? '' : m[1]!.replace(/^(?:a|an|the|his|her|their)\s+/i, ''),
  };
}

/** "… in a statement", "in a letter": the words are a text's, not spoken. */
const IN_TEXT =
  /^\s*in\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|communiqu[eé]|letter|note|post|decree|memo)(?![\p{L}\d_])/iu;

const SAID_IN_TEXT =
  /\b(?:said|says|announced|declared)\s+in\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|communiqu[eé]|letter|note)(?![\p{L}\d_])/iu;

/** `Y quoted X as saying "…"`: X speaks, Y carried the words. */
function quotedAsSaying(ctx: QuoteContext): Resolution | null {
  const m = /\bquoted\s+(.{2,100}?)\s+as\s+(?:saying|telling|stating|warning)\b[^"“«]*$/isu.exec(ctx.before);
  if (!m) return null;
  const phrase = readPhrase(m[1]!, 'start');
  if (phrase.kind === 'none') return null;
  return resolvePhrase({ phrase, rule: 'Y quoted X as saying "…"', words: m[0], confidence: 0.85 }, ctx);
}

/** `… was described by X as "…"`: the passive's agent speaks. */
function describedBy(ctx: QuoteContext): Resolution | null {
  const m =
    /\b(?:described|called|dismissed|hailed|branded|characteri[sz]ed|welcomed|criticised|criticized)\s+(?:[^"“«]{0,60}?\s)?by\s+([^"“«]{2,120}?)\s+as\s*$/u.exec(
      ctx.before,
    );
  if (!m) return null;
  const phrase = readSubject(`${m[1]!},`.replace(/,,$/, ','));
  if (phrase.kind === 'none') return null;
  return resolvePhrase({ phrase, rule: 'described by X as "…"', words: m[0], confidence: 0.85 }, ctx);
}

/**
 * `"…?" Merrin asked.`: a quotation ending in "?" or "!" ends its sentence, and the next, short one only names
 * who spoke.
 */
function attributionSentenceAfter(ctx: QuoteContext): Resolution | null {
  // Only a quotation that is its whole sentence: one carried by a sentence with its own subject ("The party called
  // the deal "…".") is that subject's, whoever the next sentence names.
  if (/\p{L}/u.test(ctx.after) || /\p{L}/u.test(ctx.sentenceBefore) || !ctx.nextSentence) return null;
  const m = new RegExp(`^\\s*(.{1,60}?)\\s+(?:${AFTER_VERBS})\\b[^.!?]{0,40}[.!?]?\\s*$`, 'su').exec(ctx.nextSentence);
  if (!m || /["“”«»]/.test(m[0])) return null;
  const phrase = registeredName(m[1]!, ctx.state) ?? readSubject(m[1]!);
  if (phrase.kind === 'none') return null;
  return resolvePhrase(
    { phrase, rule: '"…?" X asked.', words: m[0].trim(), confidence: 0.85 },
    { ...ctx, sentenceNo: ctx.sentenceNo + 1 },
  );
}

/**
 * `X issued a statement later on Thursday: "…"`, `X issued a statement calling the leak "…"`, `X has circulated a
 * statement to reporters: "…"`: the words of the statement, X its issuer — tried before `X: "…"`, which would read
 * the last capitalised words before the colon ("Thursday") as a speaker. An event that issues a text ("The Oriel
 * Conference has circulated a statement") is its issuer (eventIssuer), though an event never speaks.
 */
function issuedStatement(ctx: QuoteContext): Resolution | null {
  const issued =
    /^(.*?)\b(?:issued|released|published|put out|posted|sent|circulated)\s+(?:a|an|the|its|their|his|her)\s+(?:[^:"“«.]{0,60}?\s)?(?:statement|communiqu[eé]|declaration|readout|note|letter|post|message)(?![\p{L}\d_])([^"“«]*)$/isu.exec(
      ctx.sentenceBefore,
    );
  if (!issued) return null;
  // The statement introduces the words: by a colon, or by a participle or clause that reports it ("calling …", "that …").
  const tail = issued[2]!;
  if (
    !/:\s*$/.test(tail) &&
    !/\b(?:saying|calling|describing|warning|insisting|urging|that|which|in which)\b/i.test(tail)
  )
    return null;
  // A live blog's timestamp ("17:48 The ministry has issued …") is not part of the subject.
  const phrase = readSubject(withoutTimestamp(issued[1]!));
  const words = ctx.sentenceBefore.trim();
  if (phrase.kind === 'none') {
    const event = eventIssuer(issued[1]!);
    if (!event) return null;
    return resolvePhrase(
      {
        phrase: { kind: 'organisation', text: event, name: event },
        rule: 'X issued a statement: "…"',
        words,
        confidence: 0.8,
        verb: 'statement',
      },
      ctx,
    );
  }
  return resolvePhrase({ phrase, rule: 'X issued a statement: "…"', words, confidence: 0.85, verb: 'statement' }, ctx);
}

/** The event a clause opens with ("The Oriel Conference has …"), which may issue a text though it never speaks. */
export function eventIssuer(subject: string): string | null {
  const runs = nameRuns(subject.replace(/\s+(?:has|have|had|also|then|later|today)\s*$/i, ''));
  const last = runs[runs.length - 1];
  if (!last || /\S/.test(subject.slice(last.end).replace(/\b(?:has|have|had|also|then|later|today)\b/gi, '')))
    return null;
  const named = readRun(last);
  return named?.kind === 'event' ? named.name : null;
}

/**
 * A colon introduction with no verb of its own that names a text and whom it comes from: "A short statement from the
 * Quinzaran delegation, read to reporters by an aide:", "The note from the harbour board:". Whoever reads it out only
 * carries it; the words are the text's, its issuer the body it is from. Null otherwise.
 */
export function textIntroduced(before: string): { noun: string; issuer: string } | null {
  const m =
    /^\s*(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[\p{Ll}-]+\s+){0,2}(statement|note|message|communiqu[eé]|letter|declaration|text)\s+(?:from|by)\s+(?:the\s+)?([\p{Lu}][\p{L}'’-]*(?:\s+(?:of\s+)?[\p{L}'’-]+){0,4}?)\s*(?:,[^:]*)?:\s*$/u.exec(
      before,
    );
  return m ? { noun: m[1]!, issuer: m[2]! } : null;
}

const THAT_OR_VERB = new RegExp(`\\b(?:that|${VERBS})\\b`, 'iu');

/**
 * "The council's closing communiqué "urges the parties to …"", "The text "notes with concern …"", "it ‘notes …’": a
 * document named right before words that open with its verb speaks those words itself.
 */
export function documentBeforeItsWords(ctx: QuoteContext): Resolution | null {
  if (!/^\s*[\p{Ll}]+s\b/u.test(ctx.quote)) return null;
  const tail =
    /(?:^|[.;:,]\s+|\s(?:and|but)\s+)([^.;:,]{1,80}?)\s*["“‘«]?\s*$/u.exec(ctx.sentenceBefore)?.[1]?.trim() ?? '';
  // Only a bare noun phrase: "The letter states that the ministry" has its own verb and subject.
  if (!tail || tail.split(/\s+/).length > 6 || THAT_OR_VERB.test(tail)) return null;
  const phrase = readPhrase(tail, 'end');
  if (phrase.kind !== 'document') return null;
  return resolvePhrase({ phrase, rule: 'a document "verbs …"', words: tail, confidence: 0.75 }, ctx);
}

const REMARK_NOUN = String.raw`(?:remark|remarks|words|claim|comment|comments|warning|promise|pledge|phrase|jibe|quip|boast|complaint|accusation|charge|assertion|insistence|suggestion|retort|reply|answer|taunt|threat|vow)`;
const POSSESSIVE_REMARK = new RegExp(
  String.raw`((?:[\p{Lu}][\p{L}'’-]+\s+){0,3}[\p{Lu}][\p{L}'’-]+)['’]s\s+(?:(?:[\p{Ll}-]+|[\p{Lu}][\p{L}-]+)\s+){0,3}?${REMARK_NOUN}\b(?:[^"“‘«.;]{0,40}\bthat\b[^"“‘«.;]{0,60}|\s*:)\s*$`,
  'u',
);

/**
 * "Asked about President X's remark in Y that Z was "…"", "X's warning that "…"": the words are the remark's, so the
 * possessor of the remark said them — whoever the sentence is about.
 */
export function possessiveRemark(ctx: QuoteContext): Resolution | null {
  const m = POSSESSIVE_REMARK.exec(ctx.sentenceBefore);
  if (!m) return null;
  const named = nameRuns(m[1]!).map(readRun).pop();
  if (!named || (named.kind !== 'person' && named.kind !== 'organisation')) return null;
  const phrase: Phrase =
    named.kind === 'person'
      ? { kind: 'name', text: m[1]!, name: named.name, title: named.title }
      : { kind: 'organisation', text: m[1]!, name: named.name };
  const res = resolvePhrase({ phrase, rule: 'X\'s remark that "…"', words: trimWords(m[0]), confidence: 0.7 }, ctx);
  return res && { ...res, recalled: true };
}

const FORMER_BEFORE = new RegExp(
  String.raw`(?:^|[.;,]\s*)[Tt]he\s+(former|latter)\s+(?:[\p{Ll}]+ly\s+)?(?:${VERBS})\b[^.;]*$`,
  'u',
);
const FORMER_AFTER = new RegExp(String.raw`^[\s,]*the\s+(former|latter)\s+(?:${AFTER_VERBS})\b`, 'u');

/**
 * "X and Y spoke. The former said "…"; the latter said "…"": "the former" is the first of the two people the last
 * sentence naming two named, "the latter" the second. Null when no recent sentence named exactly two.
 */
export function formerOrLatter(ctx: QuoteContext): Resolution | null {
  const before = FORMER_BEFORE.exec(ctx.sentenceBefore);
  const after = before ? null : FORMER_AFTER.exec(ctx.after);
  const which = (before ?? after)?.[1];
  if (!which) return null;
  const pair = [...ctx.state.namedLately]
    .reverse()
    .find((n) => n.at < ctx.sentenceNo && n.at >= ctx.sentenceNo - 2 && n.people.length === 2);
  if (!pair) return null;
  const person = pair.people[which === 'former' ? 0 : 1]!;
  ctx.state.registry.mention(person);
  return {
    speaker: person.name,
    role: person.title,
    speakerKind: 'person',
    evidence: 'direct-quote',
    confidence: 0.75,
    rule: 'the former / the latter',
    words: trimWords((before ?? after)![0]),
    reason: `"the ${which}" is ${person.name}, the ${which === 'former' ? 'first' : 'second'} of the two people named just before`,
    namedAt: pair.at,
  };
}

const RELATIVE_SPEECH = new RegExp(
  String.raw`^(.*?),\s+who\s+(?:[\p{Ll}]+\s+){0,2}?(?:${VERBS}|repeats|repeated)\b[^.;]{0,120}[:,]?\s*$`,
  'iu',
);

/**
 * "The paper carries an interview with Ana Brill of the growers, who repeats her line: "…"": the speech verb of a
 * relative clause belongs to the person the clause hangs on — the last person named before ", who" — not to the
 * sentence's subject.
 */
export function relativeClauseSpeaker(ctx: QuoteContext): Resolution | null {
  const m = RELATIVE_SPEECH.exec(ctx.sentenceBefore);
  if (!m) return null;
  const head = m[1]!.replace(/\s+(?:of|from|at|in)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s*)+$/u, '');
  const named = nameRuns(head)
    .map(readRun)
    .filter((n): n is Named => n?.kind === 'person' && n.name.includes(' '))
    .pop();
  if (!named) return null;
  return resolvePhrase(
    {
      phrase: { kind: 'name', text: named.name, name: named.name, title: '' },
      rule: 'X, who said: "…"',
      words: trimWords(m[0]).slice(-120),
      confidence: 0.8,
    },
    ctx,
  );
}

/** `X said: "…"`, `X said that "…"`, `X: "…"`, `according to X, "…"`. */
function saidBefore(ctx: QuoteContext): Resolution | null {
  const { before } = ctx;
  // A live blog's "From a Kelvennian delegate, who asked not to be named: "…"".
  const from = /^\s*from\s+([^:]{2,160}?)\s*:\s*$/iu.exec(mainClause(before));
  if (from) {
    const phrase = readPhrase(from[1]!, 'start');
    if (phrase.kind !== 'none' && phrase.kind !== 'pronoun')
      return resolvePhrase({ phrase, rule: 'From X: "…"', words: before.trim(), confidence: 0.8 }, ctx);
  }
  // "A short statement from the Quinzaran delegation, read to reporters by an aide: '…'": the text's, its issuer's.
  const text = textIntroduced(withoutTimestamp(mainClause(before)));
  if (text)
    return {
      rule: 'a text from X: "…"',
      words: trimWords(before),
      speaker: text.issuer,
      role: '',
      speakerKind: 'organisation',
      evidence: 'document',
      confidence: 0.8,
      reason: `a ${text.noun} from ${text.issuer} introduces the words`,
      namedAt: ctx.sentenceNo,
    };
  // A transcript's turn label right before the words ("[CLIP] KESTREL: "…""): the turn's speaker says them.
  const label = TURN_LABEL.exec(before);
  if (label && ctx.state.turn && !/\S/.test(before.slice(label[0].length)))
    return {
      rule: 'LABEL: "…"',
      words: label[0].trim(),
      speaker: ctx.state.turn.name,
      role: ctx.state.turn.title,
      speakerKind: 'person',
      evidence: 'direct-quote',
      confidence: 0.85,
      reason: `the transcript's turn label names ${ctx.state.turn.name}`,
      namedAt: ctx.sentenceNo,
    };
  const colonName = /([\p{Lu}][\p{L}'’.\- ]{1,60})\s*:\s*$/u.exec(before);
  if (colonName && !lastVerb(before)) {
    const phrase = readPhrase(colonName[1]!, 'end');
    const known =
      phrase.kind === 'organisation' ||
      phrase.kind === 'document' ||
      (phrase.kind === 'name' && (!!ctx.state.registry.find(phrase.name) || phrase.title !== ''));
    if (known) return resolvePhrase({ phrase, rule: 'X: "…"', words: colonName[0], confidence: 0.85 }, ctx);
    // "Her office's English version: '…'": the text of the person the pronoun means.
    if (pronounOwnedText(colonName[1]!))
      return resolvePhrase(
        { phrase: { kind: 'none', text: colonName[1]! }, rule: 'X: "…"', words: colonName[0], confidence: 0.8 },
        ctx,
      );
  }
  let verb = lastVerb(before);
  let before2 = before;
  if (!verb && ctx.k > 0 && !ctx.previous) {
    // "X let it be known, through the so-called "…" (not a statement), that they regard … as "…"".
    before2 = ctx.sentenceBefore;
    verb = lastVerb(before2);
  }
  if (!verb) return colonClause(ctx);
  return saidBeforeVerb(ctx, before2, verb);
}

/**
 * A wire story's opening without its dateline: "VELMORA/PORT ORIN, May 4 (Wirepress) - Orsa and Veld said …" →
 * "Orsa and Veld said …". The dateline is the place in capitals, a date, the agency in brackets and a dash.
 */
export const withoutDateline = (text: string) =>
  text.replace(
    /^\s*[\p{Lu}][\p{Lu}\s/.'’-]{2,60},\s*(?:[\p{L}\s,]{0,30}?\d{1,2}[\p{L}\s,]*?)?(?:\([^)]{1,40}\))?\s*[—–-]\s*/u,
    '',
  );

/** A live blog's entry opens with its time: "16:48 — …", "09.05 The minister …". */
const LIVE_ENTRY = /^\s*\d{1,2}[:.]\d{2}\b/;

/** A live blog's entry without its timestamp ("17:48 The ministry …" → "The ministry …"). */
const withoutTimestamp = (text: string) => text.replace(/^\s*\d{1,2}[:.]\d{2}\s+/, '');

/** `Another delegate, from Valdoria, disagreed: "…"`: a clause ending in a colon introduces its subject's words. */
function colonClause(ctx: QuoteContext): Resolution | null {
  if (!/:\s*$/.test(ctx.before)) return null;

  // "The Concord envoy, Amara Selkirk, in brief remarks …:": the name set off after the description speaks.
  const lead = /^\s*[^,]{3,80},\s+[^,]{3,60},\s*/.exec(withoutTimestamp(mainClause(ctx.before)));
  // "Her neighbour, who gave his name only as Joost, was harsher:": the name the description gave.
  const described = lead ? (namedAfterDescription(lead[0]) ?? givenName(lead[0])) : null;
  if (described)
    return resolvePhrase({ phrase: described, rule: 'X did …: "…"', words: ctx.before.trim(), confidence: 0.7 }, ctx);
  const clause = mainClause(ctx.before).replace(/,[^,:]*,/g, ' ');
  const m = /^(.*?)\s+(?:[\p{Ll}]+ed|[\p{Ll}]+s)\b[^:]*:\s*$/u.exec(clause);
  if (!m) return null;
  const phrase = readSubject(m[1]!);
  if (phrase.kind === 'none' || phrase.kind === 'pronoun') return null;
  return resolvePhrase({ phrase, rule: 'X did …: "…"', words: ctx.before.trim(), confidence: 0.7 }, ctx);
}

function saidBeforeVerb(ctx: QuoteContext, before: string, verb: { index: number; verb: string }): Resolution | null {
  const words = before.slice(Math.max(0, verb.index - 60));
  if (/^according to$/i.test(verb.verb)) {
    const phrase = readObject(before.slice(verb.index + verb.verb.length));
    return phrase.kind === 'none'
      ? null
      : resolvePhrase({ phrase, rule: 'according to X, "…"', words, confidence: 0.88 }, ctx);
  }
  const head = before.slice(0, verb.index);
  if (PARTICIPLE.test(verb.verb) && /,\s*$/.test(head)) {
    const subject = sentenceSubject(ctx.sentenceBefore, ctx.state);
    if (!subject) {
      // "A spokesperson for the secretariat declined to comment, saying only that …": an unnamed subject speaks.
      // "Orsa's prime minister on Tuesday turned down the offer, telling reporters …": an office opening the clause.
      const opening = roleOpening(withoutDateline(mainClause(ctx.sentenceBefore)));
      const unnamed: Phrase | null = opening
        ? { kind: 'role', text: opening.role, role: opening.role, qualifier: opening.qualifier }
        : clauseSubject(head);
      return unnamed && unnamed.kind !== 'name'
        ? resolvePhrase({ phrase: unnamed, rule: 'X …, saying "…"', words, confidence: 0.75 }, ctx)
        : null;
    }
    ctx.state.registry.mention(subject);
    return {
      rule: 'X …, saying "…"',
      words,
      speaker: subject.name,
      role: subject.title,
      speakerKind: 'person',
      evidence: 'direct-quote',
      confidence: 0.8,
      reason: `the subject of the sentence, ${subject.name}, is the one saying it`,
      namedAt: ctx.sentenceNo,
    };
  }
  // "for what he called "…"", "as she put it": a pronoun right before the verb is its subject.
  const pronoun = /\b(he|she|they|it)\s+(?:(?:also|then|later|again|[\p{Ll}]+ly)\s+)?$/iu.exec(head);
  let phrase: Phrase = pronoun
    ? pronoun[1]!.toLowerCase() === 'it'
      ? { kind: 'document', text: 'it', issuer: null }
      : { kind: 'pronoun', text: pronoun[1]!.toLowerCase() }
    : (namedAfterDescription(head) ?? readSubject(withoutTimestamp(head)));
  // "X said in a statement that … and called Y "…"", "X confirmed it … but said": a verb joined by "and"/"but" shares
  // the clause's subject.
  if (phrase.kind === 'none' && /\b(?:and|but|yet)\s+$/.test(head)) phrase = clauseSubject(head) ?? phrase;
  // "a dinner at which a Koldish minister told him …": the subject of the relative clause the verb is in.
  if (phrase.kind === 'none') {
    const relative = /\b(?:(?:at|in|on|during|after)\s+which|who|whom|where|when)\s+([^,;]{2,80})$/iu.exec(head);
    if (relative) phrase = readSubject(relative[1]!);
  }
  if (phrase.kind === 'none') phrase = whatXSays(head) ?? phrase;
  if (phrase.kind === 'none') return null;
  // "…, X said in a statement" or "In a note circulated to parliament, the ministry warned …".
  const inStatement =
    IN_TEXT.test(before.slice(verb.index + verb.verb.length)) ||
    IN_TEXT.test(mainClause(ctx.sentenceBefore)) ||
    IN_TEXT.test(ctx.sentenceBefore) ||
    // "X said in a statement that … and called it "…"": the statement carries the whole sentence.
    SAID_IN_TEXT.test(ctx.sentenceBefore) ||
    wroteTo(verb.verb, before.slice(verb.index + verb.verb.length));
  return resolvePhrase(
    {
      phrase,
      rule: inStatement ? 'X said in a statement: "…"' : 'X said: "…"',
      words,
      confidence: 0.9,
      verb: inStatement ? 'statement' : verb.verb,
    },
    ctx,
  );
}

/**
 * "X wrote to all three governments that "…"", "wrote to me last week: "…"": writing to someone is a letter, so the
 * words are a document of the writer's (its issuer), not words spoken.
 */
export function wroteTo(verb: string, after: string): boolean {
  return /^(?:wrote|writes|has written|had written)$/i.test(verb) && /^\s+to\s+\S/.test(after);
}

/**
 * "Here is what the agenda circulated to delegations says:", "This is what the minister told us:": the subject of
 * "what … says" speaks (a participle phrase after it — "circulated to delegations" — only describes it).
 */
export function whatXSays(head: string): Phrase | null {
  const m =
    /\b(?:here|this|that)\s+(?:is|was)\s+what\s+((?:the|a|an|its|his|her|their)\s+[^,;:]{2,80}?|[\p{Lu}][^,;:]{1,60}?)\s*$/iu.exec(
      head,
    );
  if (!m) return null;
  const subject = m[1]!.replace(/\s+[\p{Ll}]+ed\b.*$/u, '');
  const phrase = readSubject(subject);
  return phrase.kind === 'none' ? null : phrase;
}

/** The subject of a clause read up to its first finite verb ("Vessaria's foreign ministry said …"), or null. */
function clauseSubject(clause: string): Phrase | null {
  const m =
    /^(.{2,100}?)\s+(?:said|says|declined|refused|issued|called|described|told|announced|confirmed|denied|rejected|welcomed|has|had|was|is)\b/u.exec(
      mainClause(clause),
    );
  if (!m) return null;
  // "Its counterpart, the Lemsa Boatmen's Cooperative, welcomed …": the name set off after the description.
  const phrase = namedAfterDescription(m[1]!) ?? readSubject(m[1]!);
  return phrase.kind === 'none' || phrase.kind === 'pronoun' ? null : phrase;
}

/**
 * "Kolden's main trading partners, the Varden Group, said …": a description followed by the name it describes, set
 * off by commas — the name speaks, the description only says who they are. Null unless the first part is a
 * description (a role, a group, unnamed people) and the second a name or a body.
 */
export function namedAfterDescription(head: string): Phrase | null {
  const m =
    /^\s*([^,]{3,80}),\s+((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:of\s+)?[\p{Lu}][\p{L}'’-]*){0,4})\s*,\s*$/u.exec(head);
  if (!m) return null;
  const description = readSubject(m[1]!);
  // "Its Caldemaran counterpart": a determiner and no name is a description, whatever its noun.
  const described =
    ['role', 'anonymous', 'collective'].includes(description.kind) ||
    (description.kind === 'none' && /^\s*(?:its|his|her|their|the|an?)\s/i.test(m[1]!));
  if (!described) return null;
  const named = readPhrase(m[2]!, 'start');
  return named.kind === 'name' || named.kind === 'organisation' ? named : null;
}

/** A quotation run on from the previous paragraph keeps its speaker. */
function continuedQuotation(ctx: QuoteContext): Resolution | null {
  const from = ctx.continuing;
  if (!from?.speaker || ctx.paragraph === 0 || ctx.k !== 0 || !ctx.quoteAtParagraphStart) return null;
  return {
    speaker: from.speaker,
    role: from.role,
    speakerKind: from.speakerKind,
    evidence: from.evidence,
    confidence: 0.85,
    rule: 'quotation continued from the previous paragraph',
    words: from.attribution.words,
    reason: "the previous paragraph's quotation runs on into this one",
    namedAt: ctx.sentenceNo - 1,
  };
}

/** A paragraph ending "X said:" introduces the next paragraph's quotation. */
function colonIntroduction(ctx: QuoteContext): Resolution | null {
  if (!ctx.introduction || ctx.k !== 0) return null;
  const r = resolvePhrase({ ...ctx.introduction, rule: 'colon introduction in the previous paragraph' }, ctx);
  return r && { ...r, namedAt: ctx.sentenceNo - 1 };
}

/** A second quotation in one sentence has the first one's speaker. */
function sameSentence(ctx: QuoteContext): Resolution | null {
  if (!ctx.previous?.speaker) return null;
  return {
    ...ctx.previous,
    rule: 'same sentence as the previous quotation',
    confidence: 0.8,
    reason: "the sentence's earlier quotation names the speaker",
  };
}

/** In an interview's answer ("A: …"), an unattributed quotation or "I"/"we" is the interviewee. */
function interviewAnswer(ctx: QuoteContext): Resolution | null {
  const who = ctx.state.interviewee;
  if (!ctx.answer || !who) return null;
  if (/\b(?:he|she|they|[\p{Lu}][\p{Ll}]+)\s+(?:said|told|says)\b/u.test(ctx.sentenceBefore)) return null;
  return {
    speaker: who.name,
    role: who.title,
    speakerKind: 'person',
    evidence: 'direct-quote',
    confidence: 0.75,
    rule: 'interview answer: the interviewee speaks',
    words: 'A:',
    reason: `an answer in the interview with ${who.name}`,
    namedAt: who.namedAt,
  };
}

/** A quotation opening a paragraph on its own, with the speaker named in the next sentence ("…" Idowu said later …). */
function namedInNextSentence(ctx: QuoteContext): Resolution | null {
  if (!ctx.standsAlone || !ctx.quoteAtParagraphStart || !ctx.nextSentence) return null;
  const m = new RegExp(`^\\s*(.{1,80}?)\\s+(?:${AFTER_VERBS})\\b`, 'su').exec(mainClause(ctx.nextSentence));
  if (!m) return null;
  const phrase = readPhrase(m[1]!, 'end');
  if (phrase.kind !== 'name') return null;
  const r = resolvePhrase({ phrase, rule: 'speaker named in the next sentence', words: m[0], confidence: 0.6 }, ctx);
  if (!r || r.speaker === ctx.state.lastQuote?.res.speaker) return null;
  return r;
}

/** A correction's sentence: "The remark was made by X" (correctedAttribution). */
const MADE_BY =
  /^\s*(?:the|that|this)\s+(?:remark|words?|comment|quotation|quote|line|phrase)\s+(?:was|were)\s+(?:in fact\s+|actually\s+)?(?:made|said|spoken|uttered|written|used)\s+by\s+(.{2,80}?)(?=[.;]|\s+(?:at|in|on|during|who|when)\b|\s*$)/iu;

/**
 * A correction: "A report attributed to X the words '…'. The remark was made by her deputy, Y." — the sentence after
 * the words says who really spoke them, whatever the report's attribution was.
 */
export function correctedAttribution(ctx: QuoteContext): Resolution | null {
  if (!/\battributed\b|\bquoted\b.{0,80}\bas saying\b|\bdescribed\b.{0,80}\bas saying\b/iu.test(ctx.sentenceBefore))
    return null;
  const m = MADE_BY.exec(ctx.nextSentence);
  if (!m) return null;
  const phrase = namedAfterDescription(`${m[1]!},`) ?? readPhrase(m[1]!, 'end');
  if (phrase.kind !== 'name' && phrase.kind !== 'role') return null;
  return resolvePhrase(
    { phrase, rule: 'a correction: the remark was made by X', words: m[0].trim(), confidence: 0.75 },
    ctx,
  );
}

/**
 * "“…” The reply came from X." / "The words were X's.": a quotation opening its paragraph whose next sentence names
 * where the words came from (a noun for words — reply, answer, remark — coming from a person).
 */
export const WORDS_CAME_FROM =
  /^\s*(?:the|that|this|his|her)\s+(?:(?:sharp|quick|curt|short|blunt|first)\s+)?(?:reply|answer|response|retort|riposte|rejoinder|remark|comment|rebuke|words?|interjection|put-down|verdict)\s+(?:came|was|were)\s+(?:from\s+)?(.{2,80}?)(?:['’]s)?(?=[,.;]|\s+(?:who|as|when|after|before|with|,)\b|\s*$)/iu;
function wordsCameFrom(ctx: QuoteContext): Resolution | null {
  if (!ctx.standsAlone || !ctx.quoteAtParagraphStart || !ctx.nextSentence) return null;
  // "X, who had stayed in the chamber, called the words from her seat": X delivered the words.
  const m =
    WORDS_CAME_FROM.exec(ctx.nextSentence) ??
    /^\s*([\p{Lu}][^,.;]{1,60}?)(?:,[^,.;]{1,100},)?\s+(?:called|shouted|said|spoke|delivered|offered|uttered|muttered)\s+(?:the|those|these)\s+words\b/u.exec(
      ctx.nextSentence,
    );
  if (!m) return null;
  const phrase = readPhrase(m[1]!, 'start');
  if (phrase.kind !== 'name' && phrase.kind !== 'role') return null;
  return resolvePhrase({ phrase, rule: '"…" The reply came from X', words: m[0], confidence: 0.75 }, ctx);
}

/** A quotation opening a paragraph on its own, after a sentence about someone ("Asked …, Brenner smiled."). */
function previousSentenceSubject(ctx: QuoteContext): Resolution | null {
  const last = ctx.state.lastSentenceSubject;
  // "She paused. "I trust …"": a quotation that opens its sentence, right after a sentence about someone, is theirs —
  // at a paragraph's start or within it.
  if (!ctx.standsAlone || !last || last.at !== ctx.sentenceNo - 1) return null;
  if (ctx.state.lastQuote?.res.speaker === last.person.name) return null;
  ctx.state.registry.mention(last.person);
  return {
    speaker: last.person.name,
    role: last.person.title,
    speakerKind: 'person',
    evidence: 'direct-quote',
    confidence: 0.6,
    rule: 'the previous sentence is about the speaker',
    words: last.words,
    reason: `the sentence before the quotation is about ${last.person.name}`,
    namedAt: last.at,
  };
}

/**
 * A quotation standing alone right after a sentence about an unnamed speaker is theirs: "A junior diplomat said what
 * many feel. "…"", "A senior negotiator, speaking on condition of anonymity, was blunter. "…"".
 */
function previousSentenceUnnamed(ctx: QuoteContext): Resolution | null {
  const last = ctx.state.lastAnonymous;
  if (!ctx.standsAlone || !last || last.namedAt !== ctx.sentenceNo - 1) return null;
  if (ctx.state.lastSentenceSubject?.at === ctx.sentenceNo - 1 || ctx.state.lastQuote?.res === last) return null;
  return {
    ...last,
    confidence: 0.6,
    rule: 'the previous sentence is about an unnamed speaker',
    reason: `the sentence before the quotation is about ${last.speaker}, whom the article does not name`,
  };
}

/**
 * "A senior Lindau negotiator, speaking on condition of anonymity, was blunter.": a sentence without a quotation whose
 * subject is someone the article does not name makes them the unnamed speaker under discussion (lastAnonymous).
 */
export function unnamedSubject(masked: string): string | null {
  // "Over a late drink on Thursday, a junior diplomat …": an opening adverbial (never "Marta Olsen, a diplomat who …",
  // whose description is an appositive, not the subject).
  let clause = withoutDateline(mainClause(masked));
  if (isAdverbialOpening(clause)) clause = clause.replace(/^[^,]{0,80},\s*(?=(?:a|an|one)\s)/u, '');
  const m =
    /^\s*((?:a|an|one)\s+(?:(?!(?:who|which|that)\b)[\p{L}'’-]+\s+){0,3}?(?!(?:who|which|that)\b)[\p{Ll}-]+)(?:\s*,[^,]{3,120},)?\s+(?:was|were|is|had|has|did|[\p{Ll}]+ed)\b/iu.exec(
      clause,
    );
  if (!m) return null;
  const phrase = readPhrase(m[1]!, 'start');
  return phrase.kind === 'anonymous' || (phrase.kind === 'role' && /^(?:a|an)\s/i.test(phrase.text))
    ? phrase.text
    : null;
}

/** A quotation standing alone continues the last speaker (in this or the previous paragraph). */
function standsAlone(ctx: QuoteContext): Resolution | null {
  const last = ctx.state.lastQuote;
  if (!ctx.standsAlone || !last || ctx.paragraph - last.paragraph > 2) return null;
  // A live blog's new entry starts afresh: its quotation is not the previous entry's speaker's.
  if (ctx.liveEntry && ctx.paragraph !== last.paragraph) return null;
  return {
    ...last.res,
    rule: 'a quotation standing alone continues the last speaker',
    confidence: ctx.paragraph === last.paragraph ? 0.75 : ctx.paragraph - last.paragraph === 1 ? 0.65 : 0.55,
    reason: `no one else is named since ${last.res.speaker}'s quotation`,
  };
}

/**
 * "Then, with a glance at the reporters in the front row: "…"": an introduction ending in a colon that names no one
 * (no name, no description, no pronoun, no speech verb) leaves the speaker the one just quoted — at low confidence,
 * marked for checking, and never into a live blog's new entry.
 */
function subjectlessIntroduction(ctx: QuoteContext): Resolution | null {
  const last = ctx.state.lastQuote;
  const intro = ctx.sentenceBefore;
  if (
    !last ||
    ctx.paragraph < ctx.state.headlineEnd ||
    ctx.paragraph - last.paragraph > 1 ||
    ctx.liveEntry ||
    ctx.answer ||
    !/:\s*["“«‘']?\s*$/u.test(intro)
  )
    return null;
  const words = intro.replace(/:\s*["“«‘']?\s*$/u, '');
  if (
    nameRuns(words).some((run) => {
      const named = readRun(run);
      // A capitalised adjective ("the Korvanan journalists") reads as a name but is no one the article introduced.
      return (named?.kind === 'person' && ctx.state.registry.find(named.name)) || named?.kind === 'organisation';
    }) ||
    /['’]s\s+[\p{Ll}]/u.test(words) ||
    /\b(?:he|she|they|i|we|me|my)\b/i.test(words) ||
    /\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?:man|woman|er|or|ist|ant|ent|ian)\b/u.test(words) ||
    new RegExp(`\\b(?:${VERBS})\\b`, 'i').test(words)
  )
    return null;
  return {
    ...last.res,
    rule: 'an introduction naming no one continues the last speaker',
    confidence: 0.55,
    reason: `the introduction names no one; ${last.res.speaker} was quoted just before (to check)`,
  };
}

/** The subject of the sentence that carries the quotation: "X thanked Y for "…"", "X called it "…"". */
function carryingSentenceSubject(ctx: QuoteContext): Resolution | null {
  const text = ctx.sentenceBefore;
  if (!/\p{L}/u.test(text)) return null;
  const subject = sentenceSubject(text, ctx.state);
  if (!subject) return null;
  ctx.state.registry.mention(subject);
  const byPronoun = /^\s*(?:[QA]\s*[:.]\s*)?(?:but\s+|and\s+)?(?:he|she)\b/i.test(text);
  return {
    speaker: subject.name,
    role: subject.title,
    speakerKind: 'person',
    evidence: 'direct-quote',
    confidence: 0.6,
    rule: 'subject of the sentence carrying the quotation',
    words: text.trim().split(/\s+/).slice(0, 8).join(' '),
    reason: `${subject.name} is the subject of the sentence, though no speech verb says so`,
    namedAt: byPronoun ? subject.namedAt : ctx.sentenceNo,
  };
}

/**
 * `In her view the stalemate is "…"`, `in the view of X, "…"`, `in X's view, "…"`: the holder of the view speaks,
 * as with "according to X".
 */
function inTheViewOf(ctx: QuoteContext): Resolution | null {
  const of = /\b[Ii]n\s+the\s+(?:view|opinion|words)\s+of\s+([^,"“«]{2,80}?)\s*,/u.exec(ctx.sentenceBefore);
  const own =
    /\b[Ii]n\s+((?:[\p{Lu}][\p{L}'’-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*['’]s?|his|her|their)\s+(?:own\s+)?(?:view|opinion|words)\b/u.exec(
      ctx.sentenceBefore,
    );
  const m = of ?? own;
  if (!m) return null;
  const text = m[1]!.replace(/['’]s?$/, '').trim();
  const phrase: Phrase = /^(?:his|her|their)$/i.test(text)
    ? { kind: 'pronoun', text: /^their$/i.test(text) ? 'they' : /^his$/i.test(text) ? 'he' : 'she' }
    : of
      ? readObject(text)
      : readPhrase(text, 'end');
  if (phrase.kind === 'none') return null;
  return resolvePhrase({ phrase, rule: 'in the view of X, "…"', words: m[0].trim(), confidence: 0.8 }, ctx);
}

/**
 * "Officials in Castello prefer "consolidation"", "Kord and Lusk promise "no surprises"": a sentence without a
 * speech verb whose subject is a group or several named speakers gives them the words — as a group, never to one
 * named person near it.
 */
function carryingSentenceGroup(ctx: QuoteContext): Resolution | null {
  const text = mainClause(ctx.sentenceBefore);
  const named = collectiveOpening(text);
  if (named)
    return resolvePhrase({ phrase: named.phrase, rule: 'X and Y did "…"', words: named.words, confidence: 0.7 }, ctx);
  const group = groupSubject(text);
  if (!group) return null;
  return {
    speaker: group,
    role: group,
    speakerKind: 'anonymous',
    evidence: 'anonymous-officials',
    confidence: 0.55,
    rule: 'a group is the subject of the sentence carrying the quotation',
    words: group,
    reason: `${group} is the subject of the sentence, though no speech verb says so`,
    namedAt: ctx.sentenceNo,
  };
}

/**
 * A quotation in a sentence that names no speaker while a document is being quoted is the document's again: "The draft
 * states that "…". Herring is left to "…"", "The draft also contains a clause … It would let them "…"". Only when the
 * previous quotation (in this or the previous paragraph) was that document's, or the sentence's subject is "it" and
 * the document was spoken of in this or the previous sentence; marked for checking when named further back.
 */
function documentContext(ctx: QuoteContext): Resolution | null {
  const { state } = ctx;
  const doc = documentUnderDiscussion(state, ctx.sentenceNo);
  if (!doc || sentenceSubject(ctx.sentenceBefore, state)) return null;
  const name = doc.issuer ?? lookupDocument(state, doc.words)?.issuer ?? doc.words;
  const last = state.lastQuote;
  const quotedJustBefore =
    last &&
    last.res.evidence === 'document' &&
    last.res.speaker === name &&
    (ctx.paragraph === last.paragraph || (ctx.paragraph - last.paragraph === 1 && !ctx.liveEntry));
  const itSubject = /^\s*it\b/i.test(mainClause(ctx.sentenceBefore)) && ctx.sentenceNo - doc.at <= 1;
  if (!quotedJustBefore && !itSubject) return null;
  return {
    speaker: name,
    role: doc.words,
    speakerKind: name === doc.words ? 'document' : 'organisation',
    evidence: 'document',
    confidence: 0.55,
    rule: 'a document under discussion',
    words: itSubject ? 'it' : (last?.res.words ?? null),
    reason: `no one else is named while the article quotes ${doc.words}${name === doc.words ? '' : `, issued by ${name}`}`,
    namedAt: quotedJustBefore ? last.res.namedAt : doc.at,
  };
}

/** A clause that opens with several named speakers ("Kord and Lusk promise …", "Orsa and Veld said …"), or null. */
export function collectiveOpening(
  clause: string,
): { phrase: Extract<Phrase, { kind: 'collective' }>; words: string } | null {
  const named =
    /^\s*((?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’.-]*\s+and\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’.-]*)\s+[\p{Ll}]/u.exec(
      clause,
    );
  const phrase = named ? readPhrase(named[1]!, 'start') : null;
  return phrase?.kind === 'collective' ? { phrase, words: named![0].trim() } : null;
}

/** The attribution rules, in order: the first that names a speaker wins. Exported for tests and the reviewer. */
/**
 * `"…" — council secretariat note, November` or `"…" — a widely shared post on social media, unsigned`: a quotation
 * credited after a dash to a text described in lower case. The words are that text's, issued by the words before its
 * noun ("council secretariat"); an unsigned or anonymous text, or one described only by how it spread, has no issuer —
 * then no one is named, and the candidate is left to check. Null when the credit is not a text.
 */
export function dashText(after: string): { issuer: string | null; text: string } | null {
  const m =
    /^\s*[—–]\s*((?:an?\s+|the\s+)?(?:[\p{Ll}'’-]+\s+){0,4}?)(note|post|statement|memo|memorandum|report|release|letter|register|entry|message|leaflet|bulletin|briefing|tweet)\b([^—–]{0,160})/u.exec(
      after,
    );
  if (!m) return null;
  const described = m[1]!.replace(/^(?:an?|the)\s+/, '').trim();
  const how = /^(?:(?:widely|much|often|anonymously)\s+)?(?:shared|circulated|viral|forwarded|leaked|posted)?$/;
  const issuer =
    /\b(?:unsigned|anonymous|unattributed)\b/i.test(m[3]!) || how.test(described)
      ? null
      : described.replace(/\s+$/, '');
  return { issuer, text: `${described} ${m[2]}`.trim() };
}

function textCreditedAfterDash(ctx: QuoteContext): Resolution | null {
  const credit = dashText(ctx.after) ?? (/\S/.test(ctx.after) ? null : dashText(ctx.nextSentence));
  if (!credit) return null;
  return {
    rule: '"…" — a text',
    words: `— ${credit.text}`,
    speaker: credit.issuer,
    role: '',
    speakerKind: credit.issuer ? 'organisation' : 'unknown',
    evidence: 'document',
    confidence: credit.issuer ? 0.75 : 0.3,
    reason: credit.issuer
      ? `the words are credited to a ${credit.text}, issued by ${credit.issuer}`
      : `the words are credited to a ${credit.text} that names no author — unknown, check`,
    namedAt: ctx.sentenceNo,
  };
}

/** `"…" — Name, role`: the person a dash credits the quotation to. */
function creditedAfterDash(ctx: QuoteContext): Resolution | null {
  // The sentence may end inside the quotation ("…canal."), the dash then opening the next one.
  const credit = dashCredit(ctx.after) ?? (/\S/.test(ctx.after) ? null : dashCredit(ctx.nextSentence));
  if (!credit) return textCreditedAfterDash(ctx);
  const phrase = readPhrase(credit, 'start');
  if (phrase.kind !== 'name' && phrase.kind !== 'organisation') return null;
  return resolvePhrase({ phrase, rule: '"…" — X', words: `— ${credit}`, confidence: 0.85 }, ctx);
}

/** "… the Ilvar Convention, which obliges each party to "…"": the treaty's words (a document, its own issuer). */
function treatyWords(ctx: QuoteContext): Resolution | null {
  const name = treatyRelative(ctx.sentenceBefore);
  if (!name) return null;
  return {
    rule: 'treatyWords',
    words: name,
    speaker: name,
    role: name,
    speakerKind: 'document',
    evidence: 'document',
    confidence: 0.7,
    reason: `a relative clause after ${name} quotes the treaty`,
    namedAt: ctx.sentenceNo,
  };
}

/**
 * "By Magdalena Istvanfy": a byline naming one author in the article's opening paragraphs, or null (none, or several
 * authors — then "I" is not one person).
 */
export function bylineAuthor(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs.slice(0, 8)) {
    const m = /^\s*[Bb]y\s+([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3})\s*$/u.exec(p);
    if (m) return m[1]!;
  }
  return null;
}

/** "I told him,", "I used to tell my officials,", "I said to a room of …,": the writer's own reporting verb. */
const I_SAID =
  /(?:^|[.;!?]\s+|,\s+|\b(?:and|but|when|so)\s+)I\s+(?:(?:also|then|once|later|again|never|used to|would|had|have|[\p{Ll}]+ly)\s+)*(?:told|said|wrote|asked|replied|answered|tell|say|write|warned|added|put it)\b[^.;!?"“”«»]{0,80}[,:]?\s*$/u;

/**
 * A quotation the text introduces with "I told/said/wrote …" is the words of whoever "I" is: in a transcript, the
 * person whose turn it is; in an interview's answer, the interviewee; in a first-person piece (an op-ed, a letter), the
 * author its byline names. Null when the text does not say who "I" is.
 */
function firstPersonSpeaker(ctx: QuoteContext): Resolution | null {
  if (!I_SAID.test(ctx.before)) return null;
  const { state } = ctx;
  const who = state.turn ?? (ctx.answer ? state.interviewee : undefined) ?? state.author;
  if (!who) return null;
  state.registry.mention(who);
  return {
    rule: '"I said: "…"" by the writer or the turn\'s speaker',
    words: trimWords(ctx.before.slice(-80)),
    speaker: who.name,
    role: who.title,
    speakerKind: 'person',
    evidence: 'direct-quote',
    confidence: 0.85,
    reason: `"I" is ${who.name}, ${state.turn ? 'whose turn it is' : ctx.answer ? 'who answers' : 'whom the byline names as the writer'}`,
    namedAt: ctx.sentenceNo,
  };
}

/** "the paper", "its editorial", "the paper's leader": the words of a newspaper as a press review speaks of it. */
const PAPER_NOUN = String.raw`(?:the\s+paper(?:['’]s\s+(?:editorial|leader))?|its\s+(?:editorial|leader(?:\s+column)?))`;
const PAPER_AFTER = new RegExp(String.raw`^[\s,.;:!?—–-]*${PAPER_NOUN}\s+(?:${AFTER_VERBS})\b`, 'iu');
const PAPER_BEFORE = new RegExp(
  String.raw`(?:^|[.;,"”’]\s*)${PAPER_NOUN}\s+(?:[\p{Ll}]+,?\s+){0,3}?(?:${VERBS}|credits?|praises?|urges?|accuses?)\b[^.;]*$`,
  'iu',
);
/** A publication named with its article ("the Clarion, which …", "the Beacon ran …"), the last in the text. */
const PUBLICATION =
  /\b[Tt]he\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)(?=\s*,\s*(?:which|published|the|a|an)\b|\s+(?:ran|runs|devoted|devotes|carries|carried|says|said|writes|wrote|urges|urged|was|is|has|had|argues|argued|called|calls|leads|led)\b)/gu;

/**
 * A press review: "the paper says", "its editorial says" are the newspaper the paragraph last named ("the Clarion,
 * which …"), and its words are its editorial — a document with the paper as issuer. Null when no paper was named.
 */
export function newspaperSays(
  ctx: Pick<QuoteContext, 'after' | 'sentenceBefore' | 'paragraphBefore' | 'state' | 'sentenceNo'>,
): Resolution | null {
  const after = PAPER_AFTER.exec(ctx.after);
  const before = after ? null : PAPER_BEFORE.exec(ctx.sentenceBefore);
  if (!after && !before) return null;
  // The paper this paragraph named; else, in a paragraph that names none, the paper spoken of last.
  const paper =
    [...ctx.paragraphBefore.matchAll(PUBLICATION)]
      .map((m) => m[1]!)
      .filter((n) => !ctx.state.registry.find(n)?.name.includes(' ') || ctx.state.publications.has(n))
      .pop() ?? [...ctx.state.publications].pop();
  if (!paper) return null;
  ctx.state.publications.delete(paper);
  ctx.state.publications.add(paper);
  return {
    speaker: paper,
    role: '',
    speakerKind: 'organisation',
    evidence: 'document',
    confidence: 0.75,
    rule: 'the paper says: the newspaper named before',
    words: trimWords((after ?? before)![0]),
    reason: `"the paper" is ${paper}, the publication named last; a paper's words are its editorial`,
    namedAt: ctx.sentenceNo,
  };
}

const BOOK = String.raw`(?:memoir|memoirs|book|autobiography|novel|diaries|diary)`;
const NAME = String.raw`[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)+`;
const BY_AUTHOR = new RegExp(String.raw`(?:["”»]\s*,|\b${BOOK})\s+by\s+(${NAME})`, 'u');
const AUTHOR_S_BOOK = new RegExp(String.raw`\b(${NAME})['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?${BOOK}\b`, 'u');
const BOOK_ONLY = new RegExp(`^${BOOK}$`, 'iu');
const HIS_BOOK = new RegExp(String.raw`\b(?:his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?${BOOK}\b`, 'iu');

/**
 * Who wrote the book an article is about: "“Title”, by X" or "a memoir by X", "X's memoir", or "His memoir" after a
 * sentence about X. Null when the sentence names no book's author.
 */
export function bookAuthorIn(masked: string, subject: Pick<Person, 'name'> | undefined): string | null {
  const named = BY_AUTHOR.exec(masked) ?? AUTHOR_S_BOOK.exec(masked);
  if (named) return named[1]!;
  return HIS_BOOK.test(masked) && subject ? subject.name : null;
}

/**
 * "the book says", "the memoir recalls": a book's words are its author's text (a document, the author its issuer);
 * and the author of the book under review quoted in the present tense ("X insists that", "she argues") is quoting it.
 */
export function bookWords(res: Resolution, ctx: Pick<QuoteContext, 'state' | 'sentenceBefore'>): Resolution {
  const author = ctx.state.bookAuthor;
  if (!author) return res;
  if (res.speakerKind === 'document' && !res.role.includes(' ') && BOOK_ONLY.test(res.speaker ?? ''))
    return { ...res, speaker: author, speakerKind: 'person', reason: `${res.reason}; the book is ${author}'s` };
  const own = res.speaker && ctx.state.registry.find(res.speaker) === ctx.state.registry.find(author);
  const present =
    /\b(?:insists|argues|writes|says|recounts|recalls|claims|admits|concedes|maintains|describes|calls)\b/i;
  if (own && res.evidence === 'direct-quote' && present.test(res.words ?? ''))
    return {
      ...res,
      evidence: 'document',
      reason: `${res.reason}; ${author} is the author of the book under review, quoted in the present tense: the book's words`,
    };
  return res;
}

/** A name the article has called "the paper" speaks through its pages: its words are a document, the paper its issuer. */
export function publicationWords(res: Resolution, state: Pick<State, 'publications'>): Resolution {
  if (!res.speaker || !state.publications.has(res.speaker) || res.evidence === 'document') return res;
  return {
    ...res,
    speakerKind: 'organisation',
    evidence: 'document',
    reason: `${res.reason}; ${res.speaker} is a paper, so the words are its editorial`,
  };
}

export const ATTRIBUTION_RULES: { name: string; apply: (ctx: QuoteContext) => Resolution | null }[] = [
  { name: 'newspaperSays', apply: newspaperSays },
  { name: 'formerOrLatter', apply: formerOrLatter },
  { name: 'correctedAttribution', apply: correctedAttribution },
  { name: 'firstPersonSpeaker', apply: firstPersonSpeaker },
  { name: 'saidAfter', apply: saidAfter },
  { name: 'creditedAfterDash', apply: creditedAfterDash },
  { name: 'quotedAsSaying', apply: quotedAsSaying },
  { name: 'describedBy', apply: describedBy },
  { name: 'attributionSentenceAfter', apply: attributionSentenceAfter },
  { name: 'issuedStatement', apply: issuedStatement },
  { name: 'relativeClauseSpeaker', apply: relativeClauseSpeaker },
  { name: 'possessiveRemark', apply: possessiveRemark },
  { name: 'documentBeforeItsWords', apply: documentBeforeItsWords },
  { name: 'saidBefore', apply: saidBefore },
  { name: 'continuedQuotation', apply: continuedQuotation },
  { name: 'colonIntroduction', apply: colonIntroduction },
  { name: 'inTheViewOf', apply: inTheViewOf },
  { name: 'sameSentence', apply: sameSentence },
  { name: 'wordsCameFrom', apply: wordsCameFrom },
  { name: 'namedInNextSentence', apply: namedInNextSentence },
  { name: 'previousSentenceSubject', apply: previousSentenceSubject },
  { name: 'previousSentenceUnnamed', apply: previousSentenceUnnamed },
  { name: 'standsAlone', apply: standsAlone },
  { name: 'subjectlessIntroduction', apply: subjectlessIntroduction },
  { name: 'documentContext', apply: documentContext },
  { name: 'treatyWords', apply: treatyWords },
  { name: 'carryingSentenceGroup', apply: carryingSentenceGroup },
  { name: 'carryingSentenceSubject', apply: carryingSentenceSubject },
  { name: 'interviewAnswer', apply: interviewAnswer },
];

export type ExtractOptions = { published?: string; /** The first paragraph is the headline. */ headline?: boolean };

const PLACE_HEADS =
  /^(?:valley|river|sea|strait|straits|bay|city|square|bridge|street|road|mountains?|hills?|island|islands|port|lake|region|province|district|county|coast|harbour|harbor|heights|airport|station|palace|hall|centre|center|university|institute|college|school|hospital)$/i;

/** The title words just before a name: "Valdoria's Foreign Ministry spokesman, " → "Valdoria's Foreign Ministry spokesman". */
function titleBefore(before: string): string {
  let segment = before.split(/[.;:!?"“”«»()]/).pop()!;
  if (/,\s*$/.test(segment)) segment = segment.replace(/,\s*$/, '');
  segment = segment.split(',').pop()!;
  const words = segment.trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const lower = w.toLowerCase().replace(/['’]s$/, '');
    if (isCommonCapitalised(w)) break;
    if (
      TITLE_WORDS.has(lower) ||
      /^[\p{Lu}]/u.test(w) ||
      /['’]s$/.test(w) ||
      /^(?:of|the|for|defence|defense|foreign|former|deputy|interior|finance|state|chief|opposition|army|navy|cabinet|union|party)$/i.test(
        w,
      )
    )
      kept.unshift(w);
    else break;
  }
  return kept
    .join(' ')
    .replace(new RegExp(`\\b(?:${VERBS})\\b`, 'g'), ' ')
    .replace(/^(?:the|of)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An office given in apposition before the name: "The Oriel Conference's envoy for the Hessle Basin, Tobin
 * Achterlee," or "Her deputy, Konstantin Ilves,": the whole phrase between the clause's start and the comma, when it
 * holds a lower-case office word. (titleBefore reads only the capitalised title words right before a name.)
 */
export function appositiveRoleBefore(before: string): string | null {
  const m =
    /(?:^|[.;:!?—–()-]\s*|,\s*)((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[\p{Lu}][\p{L}-]*['’]s)\s+[^,.;:!?"“”«»]{2,90}?)\s*,\s*$/u.exec(
      before,
    );
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  // An office ("foreign minister") or a noun for a person ("the local priest, Father X,").
  const office = words.some(
    (w, i) => /^[\p{Ll}]/u.test(w) && w !== 'of' && (TITLE_WORDS.has(w) || (i === words.length - 1 && isPersonNoun(w))),
  );
  // A verb in the phrase makes it a clause ("The minister said on Tuesday,"), not an office.
  if (!office || words.some((w) => new RegExp(`^(?:${VERBS})$`).test(w))) return null;
  return m[1]!.replace(/^(?:the|The)\s+/, '');
}

/** First pass: people the article names with a title, as someone who speaks, or by a full name. */
/**
 * Single capitalised words the article uses as places: "in Tarnhold", "outside Velmora", "at Orrin". Such a
 * word never names a person in that article (a person is met "with", "to" or "by", not "in").
 */
function placesOf(parsed: { masked: string }[]): Set<string> {
  const places = new Set<string>();
  for (const { masked } of parsed)
    for (const m of masked.matchAll(
      /\b(?:in|at|near|outside|inside|across|around|across from)\s+([\p{Lu}][\p{Ll}'’-]+)(?![\p{L}'’-]|\s+[\p{Lu}])/gu,
    ))
      if (!isCommonCapitalised(m[1]!)) places.add(fold(m[1]!));
  // "Brannock's foreign minister", "the Lowenfell government": a single word that owns a state's offices is a
  // country — unless the article also uses it as a person's surname ("Ayoola's office" after "Desmond Ayoola").
  const surnames = new Set<string>();
  for (const { masked } of parsed) {
    for (const run of nameRuns(masked)) {
      const named = readRun(run);
      if (named?.kind === 'person' && named.name.includes(' ')) surnames.add(surname(named.name));
    }
    for (const m of masked.matchAll(STATE_OWNER)) if (!isCommonCapitalised(m[1]!)) places.add(fold(m[1]!));
  }
  for (const s of surnames) places.delete(s);
  return places;
}

/** A capitalised word before a state's office or body: the state ("Brannock's foreign minister", "the Lowenfell leader"). */
const STATE_OWNER =
  /(?<![\p{L}'’-])(?<!\p{Lu}[\p{L}'’-]*\s)([\p{Lu}][\p{Ll}]+)(?:['’]s)?\s+(?:(?:deputy|vice|acting|chief|senior|top)\s+)?(?:foreign|defence|defense|finance|interior|prime|government|ministry|parliament|capital|army|delegation|embassy|economy|border|president|presidential|premier|chancellor|leader|troops|forces|navy)\b/gu;

/**
 * Minutes' and programmes' attendance lines ("Present: Ana Brill (Treasurer); Olek Marr (legal officer).", "In
 * attendance: Ivo Sand, Minister of Works."): each person with the role the list gives them, which is what "The
 * Treasurer" and "the minister" later mean.
 */
export function attendanceList(paragraph: string): { name: string; title: string }[] {
  const label =
    /(?:^|(?<=[.;]\s+))(?:present|attending|also present|in attendance[^:]{0,40}|apologies|participants|panel|guests|speakers)\s*:\s*/giu;
  const starts = [...paragraph.matchAll(label)];
  return starts.flatMap((m, i) =>
    paragraph
      .slice(m.index + m[0].length, starts[i + 1]?.index ?? paragraph.length)
      .split(/\s*;\s*/)
      .map((entry) =>
        /^((?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]+)\s*(?:\(([^)]*)\)|,\s*([^;]+?))?[.\s]*$/u.exec(entry),
      )
      .filter((e): e is RegExpExecArray => !!e)
      .map((e) => ({ name: e[1]!.trim(), title: (e[2] ?? e[3] ?? '').trim() })),
  );
}

function registerPeople(parsed: { masked: string }[], registry: Registry): void {
  for (const { masked } of parsed) for (const { name, title } of attendanceList(masked)) registry.add(name, title, -1);
  for (const [paragraph, { masked }] of parsed.entries()) {
    for (const run of nameRuns(masked)) {
      // "Minister for Transport Kasimir Drevland": the department's words belong to the office, not the name.
      const department = departmentOfficeName(masked.slice(Math.max(0, run.start - 60), run.end));
      const named: Named | null = department
        ? { kind: 'person', name: department.name, title: department.office }
        : readRun(run);
      if (!named || named.kind !== 'person' || qualifiesNextName(masked, run) || registry.places.has(fold(named.name)))
        continue;
      const after = masked.slice(run.end, run.end + 80);
      const before = masked.slice(Math.max(0, run.start - 80), run.start);
      const titled =
        named.title !== '' ||
        (/^,\s+(?:an?|the)\s+[\p{Ll}]/u.test(after) && (named.name.includes(' ') || describesPerson(after))) ||
        /^,\s+[\p{Ll}]+\s+(?:of|at)\b/u.test(after) ||
        // "Fane, 61, …": an age set off after a name describes a person.
        /^,\s*\d{1,3},/.test(after) ||
        /\b(?:spokes\w+|minister|president|analyst|aide|adviser|official|envoy|chief|head|leader|negotiator|ombuds\w+|director|fellow|professor|ambassador|commander|secretary|governor|mayor|chancellor|premier|hydrologist|economist)\b(?:[^,.;:]{0,40},)?\s*$/i.test(
          before,
        );
      const speaks = new RegExp(`^\\s*(?:,[^,]{0,120},\\s*)?(?:\\w+ly\\s+)?(?:${VERBS})\\b`, 'i').test(after);
      // A full name (two or three capitalised words) that is not a place or an event: "Tomas Brenner has …".
      const fullName =
        named.name.split(' ').length >= 2 &&
        named.name.split(' ').length <= 3 &&
        !/^\s+[\p{Lu}]/u.test(after) &&
        !/\b(?:the|a|an|in|at|of|from|to|over|near|outside|into|across|on|for|with)\s+$/i.test(before) &&
        !PLACE_HEADS.test(named.name.split(' ').pop()!);
      if (titled || speaks || fullName) {
        const lead = appositiveRoleBefore(before) ?? titleBefore(before);
        const of = /^\s+of\s+([\p{Lu}][\p{L}-]+)/u.exec(after)?.[1] ?? '';
        // "Fane, 61, a former commander": the age is part of how the article describes the person.
        const age = /^,\s*(\d{1,3}),/.exec(after)?.[1];
        const role = [lead, named.title, of].join(' ').trim();
        const appositive =
          /^,\s+((?:an?|the)\s+[^,]+|[\p{Ll}][^,]+|[\p{Lu}][\p{L}-]*['’]s\s+[^,]+)/u.exec(after)?.[1] ?? '';
        // "X, said in a statement that …" is the verb, not an appositive.
        const isRole =
          // "Name, and Brastavel's president, …": a second person joined by "and", not this one's office.
          !/^(?:and|or|but|while)\s/.test(appositive) &&
          !new RegExp(`^(?:[a-z]+ly\\s+|later\\s+|also\\s+|then\\s+)?(?:${VERBS})\\b`).test(appositive) &&
          (/^(?:an?|the)\s/.test(appositive) ||
            /^[\p{Lu}][\p{L}-]*['’]s\s/u.test(appositive) ||
            // "Ines Carrow, counsel for Vessany,": a bare noun with whom it serves describes the person.
            /^[\p{Ll}]+\s+(?:for|of|at|to)\s+(?:the\s+)?[\p{Lu}]/u.test(appositive) ||
            /\b(?:official|officer|minister|general|diplomat|economist|analyst|adviser|envoy|ambassador|professor|negotiator|spokes\w+)\b/i.test(
              appositive,
            ) ||
            appositive.split(/\s+/).some((w) => w !== 'of' && TITLE_WORDS.has(w.toLowerCase())));
        // "X, who served as Peltonia's ambassador for six years,": an office held once — "the former ambassador".
        const held = /^,\s+who\s+(?:had\s+)?(?:served|was|worked)\s+as\s+([^,.;]{3,60})/u.exec(after)?.[1];
        const added = registry.add(
          named.name,
          `${role} ${isRole ? appositive.replace(/[.;:]+$/, '') : ''} ${age ? `${age}-year-old` : ''} ${held && !isRole ? `former ${held}` : ''}`
            .replace(/\s+/g, ' ')
            .trim(),
          -1,
        );
        added.firstSeen ??= paragraph;
      }
    }
  }
}

/**
 * Who answers in a Q:/A: interview: the person the headline names ("an interview with X", or "X: "…"", the
 * interviewee's own words as the headline), else the first person the introduction names — never a country
 * ("Caldemar's foreign minister on …" names an office, not its holder).
 */
export function intervieweeName(parsed: { p: string; masked: string }[], registry: Registry): string | undefined {
  const headline = parsed[0]?.masked ?? '';
  const withName = /\binterview with\s+([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*)/u.exec(headline);
  if (withName) return withName[1];
  const colon = /^\s*([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2})\s*:\s*["“«‘']/u.exec(headline);
  const speaker = colon ? readPhrase(colon[1]!, 'end') : null;
  if (speaker?.kind === 'name' && !registry.places.has(fold(speaker.name))) return speaker.name;
  const intro = parsed.slice(1).find(({ masked }) => !/^\s*(?:by|published)\s/i.test(masked) && masked.length >= 60);
  if (!intro) return undefined;
  return nameRuns(intro.masked)
    .filter((run) => !qualifiesNextName(intro.masked, run) && !registry.places.has(fold(run.words.join(' '))))
    .map(readRun)
    .find((n) => n?.kind === 'person' && registry.find(n.name))?.name;
}

/**
 * Whether an appositive (", a former diplomat, …") describes a person: its head noun — the last word before a
 * preposition, a relative pronoun or the closing comma — is a noun for a person or an office. "Herring, a smaller
 * fishery," describes a thing, so a lone capitalised word before it is no person.
 */
export function describesPerson(after: string): boolean {
  const m = /^,\s+(?:an?|the)\s+([^,.;:]+)/u.exec(after);
  if (!m) return false;
  const phrase = m[1]!.split(/\s+(?:of|at|in|from|for|with|on|who|whose|which|that)\s/)[0]!.trim();
  const head = phrase.split(/\s+/).pop()!.toLowerCase();
  return TITLE_WORDS.has(head) || isPersonNoun(head);
}

/** Candidate statements of an article given as paragraphs (the first may be its headline). */
export function extractCandidates(paragraphs: string[], options: ExtractOptions = {}): Extracted[] {
  const registry = new Registry();
  const parsed = paragraphs.map((p) => {
    const quotes = findQuotes(p);
    return { p, quotes, sentences: splitSentences(p, quotes), masked: mask(p, quotes) };
  });
  const turnSpeaker = markInterviewTurns(parsed);
  const turnLabels = transcriptLabels(parsed);
  for (const place of placesOf(parsed)) registry.places.add(place);
  registerPeople(parsed, registry);

  // The body starts at the first long paragraph that is not a byline; what comes before is headline matter.
  // A subheadline ("Minister says offer is "final"; Kolden calls it "…"") can be long, but it ends without a full stop.
  const bodyStart = parsed.findIndex(
    ({ masked, p }, i) =>
      i > 0 &&
      !/^\s*by\s/i.test(masked) &&
      masked.trim().length >= 80 &&
      (masked.trim().length >= 200 || /[.!?…]["”’»)]?\s*$/u.test(p.trim())),
  );
  const state: State = {
    registry,
    lastSubject: undefined,
    lastSentenceSubject: null,
    lastQuote: null,
    lastAnonymous: null,
    turn: undefined,
    speakers: [],
    lastGroup: null,
    lastOrganisation: null,
    bodies: [],
    documents: [],
    lastCollective: null,
    institutions: [],
    interviewee: undefined,
    questionAbout: undefined,
    headlineEnd: bodyStart < 0 ? (options.headline ? 1 : 0) : options.headline ? bodyStart : 0,
    lead: Math.max(0, bodyStart),
    subjectBefore: undefined,
    namedLately: [],
    pendingOffice: null,
    headings: [],
    author: undefined,
    publications: new Set(),
    bookAuthor: null,
  };
  const author = bylineAuthor(paragraphs);
  if (author) state.author = registry.find(author) ?? registry.add(author, 'writer', 0);
  // An interview (Q:/A: paragraphs): the person answering.
  if (
    parsed.some(({ masked }) => /^\s*Q\s*[:.]/.test(masked)) &&
    parsed.some(({ masked }) => /^\s*A\s*[:.]/.test(masked))
  ) {
    const name = turnSpeaker ?? intervieweeName(parsed, registry);
    state.interviewee = name ? (registry.find(name) ?? registry.add(name, '', 0)) : undefined;
  }

  const candidates: Extracted[] = [];
  let runningOn: Extracted | null = null;
  let introduction: Found | null = null;
  let sentenceNo = 0;

  parsed.forEach(({ p, quotes, sentences, masked }, paragraph) => {
    const continuing = runningOn;
    runningOn = null;
    const intro = introduction;
    introduction = null;
    const answer = /^\s*A\s*[:.]\s/.test(masked);
    state.turn = transcriptTurn(masked, turnLabels, registry);
    const heading = parliamentaryHeading(masked);
    if (heading) {
      // The heading names the turn's speaker; a gendered title ("Mrs") is learnt with the rest of the sentence.
      state.turn = registry.mention(registry.add(heading.name, heading.title, sentenceNo + 1));
      if (state.turn!.namedAt < 0) state.turn!.namedAt = sentenceNo + 1;
      state.headings.push({ title: heading.title, person: state.turn! });
    }
    if (/^\s*Q\s*[:.]\s/.test(masked)) state.questionAbout = questionSubject(masked, state);
    let qi = 0;
    sentences.forEach((sentence, si) => {
      sentenceNo++;
      // Quotations that open in this sentence (quotes and sentences are both in order: one pointer, linear).
      while (qi < quotes.length && quotes[qi]!.open < sentence.start) qi++;
      const inSentence: QuoteSpan[] = [];
      for (let j = qi; j < quotes.length && quotes[j]!.open < sentence.end; j++) inSentence.push(quotes[j]!);
      // A title, a name or a word mentioned as a word in quotation marks is no quotation: the sentence is the reporter's.
      const spoken = inSentence.filter((q) => {
        const sentenceBefore = masked.slice(Math.max(sentence.start, q.open - CONTEXT), q.open);
        const after = masked.slice(Math.min(q.close + 1, p.length), Math.min(sentence.end, q.close + 1 + CONTEXT));
        return (
          !NOT_A_STATEMENT.test(sentenceBefore) &&
          !namedNotSaid(q.text, sentenceBefore) &&
          !workByAuthor(after) &&
          !(paragraph > 0 && isNameInQuotes(q.text, sentenceBefore, after))
        );
      });
      const sentenceMasked = masked.slice(sentence.start, Math.min(sentence.end, sentence.start + 4 * CONTEXT));
      // Reported speech is read before the sentence is noted, so "he said" refers back to an earlier
      // sentence's person, not to someone this sentence names after the verb.
      const reported =
        spoken.length === 0
          ? reportedSpeech(sentence, sentenceMasked, paragraph, sentenceNo, answer, state, options.published)
          : null;
      if (reported) candidates.push(reported);
      noteSentence(masked.slice(sentence.start, sentence.end), sentenceNo, state, spoken.length === 0);
      const when = saidOn(sentenceMasked, options.published) ?? saidOn(masked.slice(0, 4 * CONTEXT), options.published);
      const firstLetter = masked.slice(sentence.start, sentence.end).search(/\p{L}/u);
      const nextSentence = sentences[si + 1]
        ? masked.slice(sentences[si + 1]!.start, Math.min(sentences[si + 1]!.end, sentences[si + 1]!.start + CONTEXT))
        : '';
      let previous: Resolution | null = null;
      spoken.forEach((q, k) => {
        const beforeStart = k > 0 ? spoken[k - 1]!.close + 1 : sentence.start;
        const afterEnd = k + 1 < spoken.length ? spoken[k + 1]!.open : sentence.end;
        const before = masked.slice(Math.max(beforeStart, q.open - CONTEXT), q.open);
        const after = masked.slice(Math.min(q.close + 1, p.length), Math.min(afterEnd, q.close + 1 + CONTEXT));
        const sentenceBefore = masked.slice(Math.max(sentence.start, q.open - CONTEXT), q.open);
        const ctx: QuoteContext = {
          state,
          before,
          after,
          sentenceBefore,
          nextSentence,
          k,
          quoteAtParagraphStart: q.open === 0 || !/\S/.test(p.slice(0, q.open)),
          standsAlone: firstLetter < 0 || sentence.start + firstLetter > q.open,
          answer,
          paragraph,
          sentenceNo,
          previous,
          continuing,
          introduction: intro,
          liveEntry: LIVE_ENTRY.test(masked),
          paragraphBefore: masked.slice(Math.max(0, q.open - 4 * CONTEXT), q.open),
          quote: q.text,
        };
        const { res, ruleName } = attribute(ctx);
        const candidate = quoteCandidate(p, q, sentence, paragraph);
        const confidence = res?.confidence ?? 0.2;
        Object.assign(candidate, {
          ...speakerFields(res, ruleName, sentenceNo),
          date: when ? when.date : (options.published ?? null),
          dateApprox: when ? when.approx : true,
        });
        const rival = res && CARRY_OVER.has(ruleName) ? carriedPastSomeoneElse(res, state, sentenceNo) : undefined;
        if (rival && !candidate.attribution.needsCheck)
          candidate.attribution = {
            ...candidate.attribution,
            needsCheck: true,
            reason: `${candidate.attribution.reason}; check: ${rival.name} was named since ${res!.speaker} was, and this sentence names neither`,
          };
        const doubt = res?.speaker ? doubtAbout(res, ruleName, ctx) : null;
        if (doubt && !candidate.attribution.needsCheck)
          candidate.attribution = {
            ...candidate.attribution,
            needsCheck: true,
            reason: `${candidate.attribution.reason}; check (${doubt.check}): ${doubt.reason}`,
          };
        // A run-on quotation's head takes the speaker named later in the run, when it had none of its own.
        if (
          continuing &&
          ctx.quoteAtParagraphStart &&
          k === 0 &&
          continuing.confidence < 0.7 &&
          confidence >= 0.8 &&
          res?.speaker &&
          res.rule !== 'quotation continued from the previous paragraph'
        ) {
          Object.assign(continuing, {
            speaker: candidate.speaker,
            role: candidate.role,
            speakerKind: candidate.speakerKind,
            evidence: candidate.evidence,
            confidence: 0.8,
            rule: 'quotation continued in the next paragraph names the speaker',
          });
          continuing.attribution = {
            ...candidate.attribution,
            rule: 'continuedQuotation',
            confidence: 0.8,
            needsCheck: false,
            reason: 'the quotation runs on into the next paragraph, which names the speaker',
          };
        }
        candidates.push(candidate);
        if (res?.speaker && !res.recalled) {
          previous = res;
          state.lastQuote = { res, paragraph };
          const quoted = res.speakerKind === 'person' ? registry.find(res.speaker) : undefined;
          if (quoted) state.speakers = [quoted, ...state.speakers.filter((p) => p !== quoted)].slice(0, 4);
          if (res.speakerKind === 'anonymous') state.lastAnonymous = res;
          if (res.speakerKind === 'person') state.lastSubject = registry.find(res.speaker) ?? state.lastSubject;
        }
        if (q.runsOn) runningOn = candidate;
      });
      // Whom an opening "She" in the next sentence means: this sentence's speaker, or the one person it named.
      const quoted = previous ? (previous as Resolution) : null;
      const named = state.namedLately[state.namedLately.length - 1];
      state.subjectBefore =
        quoted?.speakerKind === 'person'
          ? registry.find(quoted.speaker!)
          : state.lastSentenceSubject?.at === sentenceNo && named?.at === sentenceNo && named.people.length === 1
            ? state.lastSentenceSubject.person
            : undefined;
      const m = masked.slice(sentence.start, sentence.end);
      if (/:\s*$/.test(m) && sentence.end >= p.trimEnd().length - 1)
        introduction = introductionOf(m) ?? remarksOf(masked.slice(0, sentence.end));
    });
  });
  headlineInBody(candidates, state.headlineEnd);
  headlineInAnswer(candidates, state, parsed);
  headlineRole(candidates, state);
  headlineColonSpeaker(candidates, state, paragraphs);
  return candidates;
}

/** Tries the rules in order; the first that names a speaker (or decides there is none) wins. */
function attribute(ctx: QuoteContext): { res: Resolution | null; ruleName: string } {
  for (const rule of ATTRIBUTION_RULES) {
    const res = rule.apply(ctx);
    if (res) {
      creditStatement(ctx, res);
      return {
        res: bookWords(publicationWords(writtenWords(institutionalStatement(res), ctx.sentenceBefore), ctx.state), ctx),
        ruleName: rule.name,
      };
    }
  }
  return { res: null, ruleName: 'none' };
}

/**
 * "In a joint statement, the two governments said …": a statement this sentence mentions without its issuer is the
 * speaker's, so "The statement added …" later is theirs too.
 */
function creditStatement(ctx: QuoteContext, res: Resolution): void {
  if (res.evidence !== 'document' || !res.speaker || res.speakerKind === 'document') return;
  const doc = ctx.state.documents[ctx.state.documents.length - 1];
  if (doc && doc.at === ctx.sentenceNo && !doc.issuer) doc.issuer = res.speaker;
}

/**
 * An institution (a ministry, a federation, a council, a government) has no voice of its own: the words an article
 * gives it ("The federation said the closure was "…"") come from its statement — the institution's document, with the
 * institution as issuer. A person speaking for it is named as that person (or as unnamed), never here.
 */
export function institutionalStatement(res: Resolution): Resolution {
  if (res.speakerKind !== 'organisation' || res.evidence !== 'direct-quote') return res;
  return {
    ...res,
    evidence: 'document',
    reason: `${res.reason}; an institution speaks through its statements, so the words are ${res.speaker}'s statement`,
  };
}

/** How a sentence says the words were written, not spoken ("X writes that", "in a written note", "in its editorial"). */
const WRITTEN =
  /\b(?:writes|wrote|write|writing)\b|\bin\s+(?:a|an|his|her|its|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:note|letter|editorial|leader|column|memoir|book|post|op-ed|essay|blog|newsletter)\b/iu;

/**
 * "X writes that "…"", "X welcomed the plan in a written note as "…"", "the paper said in its editorial that "…"":
 * written words are the writer's text — a document with the writer as its issuer — whoever the writer is.
 */
export function writtenWords(res: Resolution, sentenceBefore: string): Resolution {
  if (res.evidence !== 'direct-quote' || (res.speakerKind !== 'person' && res.speakerKind !== 'organisation'))
    return res;
  if (!WRITTEN.test(res.words ?? '') && !WRITTEN.test(sentenceBefore)) return res;
  return {
    ...res,
    evidence: 'document',
    reason: `${res.reason}; the words were written, so they are ${res.speaker}'s text`,
  };
}

/**
 * "opened the afternoon with what one observer": words taken as an unnamed speaker that hold a clause of the
 * reporter's (a verb, a relative word) are a misreading somewhere, so the candidate is marked to check.
 */
export function speakerReadsAsClause(speaker: string): boolean {
  return /^[\p{Ll}]/u.test(speaker) && /\b(?:[\p{Ll}]{3,}ed|what|which|who|whom)\s/u.test(speaker);
}

/**
 * A speaker carried over from an earlier sentence (the quotation's own sentence names no one) when the article has
 * named someone else as recently (in the sentence that named the speaker, or after it): two readings compete, so the
 * reviewer is asked. Returns that other person, or undefined.
 */
/** The rules that carry a speaker over from an earlier sentence rather than read one in the quotation's own. */
const CARRY_OVER = new Set([
  'continuedQuotation',
  'colonIntroduction',
  'previousSentenceSubject',
  'standsAlone',
  'subjectlessIntroduction',
  'carryingSentenceSubject',
]);

export function carriedPastSomeoneElse(
  res: Pick<Resolution, 'speaker' | 'speakerKind' | 'namedAt'>,
  state: Pick<State, 'registry'>,
  sentenceNo: number,
): Person | undefined {
  if (res.speakerKind !== 'person' || !res.speaker || res.namedAt >= sentenceNo) return undefined;
  const speaker = state.registry.find(res.speaker);
  return state.registry.people.find(
    (p) => p !== speaker && p.namedAt >= res.namedAt && p.namedAt < sentenceNo && p.name.includes(' '),
  );
}

/** What a doubt check sees: the winning rule's speaker, the rule's name and the quotation's surroundings. */
type DoubtInput = {
  res: Pick<Resolution, 'speaker' | 'speakerKind' | 'evidence' | 'words' | 'reason'>;
  ruleName: string;
  ctx: Pick<QuoteContext, 'state' | 'sentenceNo' | 'sentenceBefore' | 'after'> &
    Partial<Pick<QuoteContext, 'quoteAtParagraphStart'>>;
};

/** The person a subject pronoun ("he", "she") in these words stands for is in doubt: the pronoun, or null. */
const subjectPronoun = (words: string | null) =>
  /\b(he|she)\s+(?:[\p{Ll}]+\s+){0,2}?(?:[\p{Ll}]+s|said|wrote|added|told|asked|called)\b/iu
    .exec(words ?? '')?.[1]
    ?.toLowerCase() ?? null;

/** "…," he said, when two people the pronoun could mean were named in this sentence or the one before. */
export function pronounWithRival({ res, ctx }: DoubtInput): string | null {
  const pronoun = subjectPronoun(res.words);
  if (!pronoun || res.speakerKind !== 'person' || !res.speaker) return null;
  const speaker = ctx.state.registry.find(res.speaker);
  const wanted = pronoun === 'she' ? 'f' : 'm';
  const rival = ctx.state.registry.people.find(
    (p) =>
      p !== speaker && p.name.includes(' ') && p.namedAt >= ctx.sentenceNo - 1 && (genderOf(p) ?? wanted) === wanted,
  );
  return rival ? `"${pronoun}" may also mean ${rival.name}, named as recently` : null;
}

/** A sentence's subject given the words though no speech verb ties them to the quotation. */
export function noSpeechVerb({ ruleName }: DoubtInput): string | null {
  return ruleName === 'carryingSentenceSubject'
    ? 'no speech verb ties the speaker to the words; the sentence is only about them'
    : null;
}

/** The speaker's name stands in the sentence only as a possessor ("quoted Mallowan's post"): whose words, then? */
export function possessorOnly({ res, ctx }: DoubtInput): string | null {
  if (res.speakerKind !== 'person' || !res.speaker) return null;
  const sur = surname(res.speaker);
  const uses = [
    ...ctx.sentenceBefore.matchAll(new RegExp(`\\b${sur.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(['’]s)?`, 'giu')),
  ];
  return uses.length > 0 && uses.every((m) => m[1])
    ? `${res.speaker} is named only as the owner of something ("${sur}'s"), not as the one speaking`
    : null;
}

/** A document's part, or a newspaper's common noun, taken as the speaker ("Article four", "second paragraph", "paper"). */
const DOCUMENT_PART =
  /^(?:(?:its|their|the|a|an)\s+)?(?:(?:first|second|third|fourth|fifth|last|final|opening|operative|closing)\s+)?(?:article|paragraph|clause|section|chapter|annex|preamble|paper)s?(?:\s+[\p{L}\d]+)?$/iu;

/**
 * A bare part of a document ("Article four", "second paragraph"), a common noun ("paper"), a lone title ("Treasurer")
 * or a heading in capitals ("LIVE TEXT") taken as the speaker: no one is named, whatever the rule read.
 */
export function notAName({ res }: DoubtInput): string | null {
  const speaker = (res.speaker ?? '').trim();
  if (!speaker || res.speakerKind === 'anonymous' || res.speakerKind === 'collective') return null;
  const words = speaker.split(/\s+/);
  const lower = speaker.toLowerCase();
  const bareTitle =
    res.speakerKind === 'person' && words.length === 1 && (isPersonNoun(lower) || TITLE_WORDS.has(lower));
  const capitals = words.length >= 2 && speaker === speaker.toUpperCase() && /\p{L}/u.test(speaker);
  const commonNoun = res.speakerKind === 'person' && /^[\p{Ll}]/u.test(speaker);
  return DOCUMENT_PART.test(speaker) || (res.speakerKind !== 'document' && (bareTitle || capitals || commonNoun))
    ? `"${speaker}" is a part of a text, a common noun, a title or a heading, not a name`
    : null;
}

/** The words sit inside a question the reporter or someone else asks ("Was it, as X put it, "…"?"). */
export function insideQuestion({ ctx }: DoubtInput): string | null {
  return /\?/.test(ctx.after.replace(/\s+$/, '').slice(-3)) ||
    /\b(?:whether|asked if|asks if)\b/i.test(ctx.sentenceBefore)
    ? 'the quotation stands inside a question, whose words may be the asker’s or someone else’s'
    : null;
}

/** An unnamed source ("an aide", "one official", "a reader") beside the quotation, but a named person got it. */
export function unnamedSourceNear({ res, ctx }: DoubtInput): string | null {
  if (res.speakerKind !== 'person' || !res.speaker) return null;
  const near =
    /\b(?:a|an|one|another)\s+(?:[\p{L}-]+\s+){0,2}?(?:officials?|aides?|diplomats?|spokes(?:man|woman|person)|readers?|delegates?|members?|sources?|listeners?|viewers?|farmers?|residents?|advisers?|staffers?)\b/iu.exec(
      ctx.sentenceBefore,
    );
  return near && !fold(ctx.sentenceBefore).includes(surname(res.speaker))
    ? `"${near[0]}" stands beside the quotation, unnamed; ${res.speaker} is not named in its sentence`
    : null;
}

/**
 * "X thanked Y for what he called "…"": the pronoun was moved off the person its own sentence makes the subject only
 * because of a gender the article's pronouns suggested — a learnt gender is a hint, so the reader checks.
 */
export function genderSwitch({ res }: DoubtInput): string | null {
  const m = /"(he|she)" cannot be ([^:]+):/.exec(res.reason);
  return m ? `"${m[1]}" was moved off ${m[2]} only by a gender learnt from the article's pronouns` : null;
}

/** Office nouns a description may end in: "the minister", "the Ystrevian leader", "the former envoy". */
const OFFICE_NOUN =
  /\b[Tt]he\s+(?:(?:former|[\p{Lu}][\p{L}-]+|[\p{Ll}]+)\s+)?(minister|president|premier|leader|envoy|ambassador|spokes(?:man|woman|person)|secretary|chair|director|negotiator|mediator|governor|mayor|chancellor|delegate|official|diplomat|lawyer|engineer|analyst|expert|officer|commander|general|judge)\b/u;

const VERB_NEXT = new RegExp(`^\\s*(?:[\\p{Ll}]+ly\\s+)?(?:${VERBS})\\b`, 'u');

/** "the minister said" when another person named in the last few sentences holds that office too: which one? */
export function roleWithRival({ res, ctx }: DoubtInput): string | null {
  if (res.speakerKind !== 'person' || !res.speaker) return null;
  const words = res.words ?? '';
  const m = OFFICE_NOUN.exec(words);
  // The description must be what speaks ("the minister said"), in words that do not name the speaker themselves.
  if (!m || fold(words).includes(surname(res.speaker))) return null;
  if (!VERB_NEXT.test(words.slice(m.index + m[0].length))) return null;
  // Only a bare office ("the minister"): a qualifier ("the Ystrevian leader", "the former envoy") narrows it.
  if (!/^[Tt]he\s+\S+$/u.test(m[0])) return null;
  const head = m[1]!.toLowerCase();
  const office = new RegExp(`\\b${head}`, 'iu');
  const speaker = ctx.state.registry.find(res.speaker);
  const holders = ctx.state.registry.people.filter(
    (p) =>
      p !== speaker &&
      p.namedAt >= ctx.sentenceNo - 3 &&
      p.name.includes(' ') &&
      office.test(ownOffice(p.title)) &&
      !/\b(?:former|late|ex-)/i.test(p.title),
  );
  return holders.length > 0
    ? `"${m[0]}" may also mean ${holders[0]!.name}, who holds an office that word covers`
    : null;
}

/** A speaker carried over from an earlier paragraph into a quotation that opens a new one: a reader checks. */
export function carriedIntoNewParagraph({ res, ruleName, ctx }: DoubtInput): string | null {
  return CARRY_OVER.has(ruleName) && ctx.quoteAtParagraphStart && res.speaker
    ? 'the quotation opens a new paragraph and names no one; the speaker is carried over from before'
    : null;
}

/** "the former commander said" given to someone whose own title holds that office now, not formerly: which one? */
export function formerOfficeNow({ res, ctx }: DoubtInput): string | null {
  const m = /\b(?:the|a)\s+(former|ex-|late|one-time)\s*([\p{Ll}-]+)/u.exec(res.words ?? '');
  if (!m || res.speakerKind !== 'person' || !res.speaker) return null;
  const speaker = ctx.state.registry.find(res.speaker);
  return speaker && !/\b(?:former|ex-|late|one-time|then)\b/i.test(speaker.title)
    ? `"${m[0]}" was given to ${res.speaker}, whom the article never called ${m[1]}`
    : null;
}

/** A quotation standing alone after a sentence that names no one ("He laughs."): the pronoun is carried, not read. */
export function afterPronounOnly({ res, ruleName }: DoubtInput): string | null {
  return ruleName === 'previousSentenceSubject' && /^\s*(?:he|she|they)\b/i.test(res.words ?? '')
    ? 'the sentence before names no one ("he", "she"): the speaker is carried from further back'
    : null;
}

/** "A report attributed to X the words …": an attribution reported (often to correct it) is not the article's own. */
export function attributedTo({ ruleName, ctx }: DoubtInput): string | null {
  return ruleName !== 'correctedAttribution' &&
    /\b(?:wrongly\s+|mistakenly\s+)?attributed\s+to\b/iu.test(ctx.sentenceBefore)
    ? 'the words are "attributed to" someone: the article reports an attribution, which it may go on to correct'
    : null;
}

/** Doubt checks, tried in order after a rule named a speaker: the first that finds a reason marks it for checking. */
export const DOUBT_CHECKS: { name: string; apply: (input: DoubtInput) => string | null }[] = [
  { name: 'notAName', apply: notAName },
  { name: 'possessorOnly', apply: possessorOnly },
  { name: 'pronounWithRival', apply: pronounWithRival },
  { name: 'genderSwitch', apply: genderSwitch },
  { name: 'roleWithRival', apply: roleWithRival },
  { name: 'carriedIntoNewParagraph', apply: carriedIntoNewParagraph },
  { name: 'formerOfficeNow', apply: formerOfficeNow },
  { name: 'afterPronounOnly', apply: afterPronounOnly },
  { name: 'attributedTo', apply: attributedTo },
  { name: 'noSpeechVerb', apply: noSpeechVerb },
  { name: 'insideQuestion', apply: insideQuestion },
  { name: 'unnamedSourceNear', apply: unnamedSourceNear },
];

/** The first doubt a reader would have about the speaker a rule named, with the check's name; or null. */
export function doubtAbout(
  res: DoubtInput['res'],
  ruleName: string,
  ctx: DoubtInput['ctx'],
): { check: string; reason: string } | null {
  for (const check of DOUBT_CHECKS) {
    const reason = check.apply({ res, ruleName, ctx });
    if (reason) return { check: check.name, reason };
  }
  return null;
}

/** A quotation candidate's speaker fields and its `attribution`, from the winning rule. */
function speakerFields(
  res: Resolution | null,
  ruleName: string,
  sentenceNo: number,
): Pick<Extracted, 'speaker' | 'role' | 'speakerKind' | 'evidence' | 'confidence' | 'rule' | 'attribution'> {
  const confidence = res?.confidence ?? 0.2;
  return {
    speaker: res?.speaker ?? null,
    role: res?.role ?? '',
    speakerKind: res?.speakerKind ?? 'unknown',
    evidence: res?.evidence ?? 'direct-quote',
    confidence,
    rule: res?.rule ?? 'no rule named a speaker',
    attribution: {
      rule: ruleName,
      words: res?.words ?? null,
      confidence: round(confidence),
      needsCheck:
        !res?.speaker || confidence < CHECK_BELOW || sentenceNo - res.namedAt > 1 || speakerReadsAsClause(res.speaker),
      reason: res
        ? `${res.rule}: ${res.reason}${speakerReadsAsClause(res.speaker ?? '') ? '; check: the words taken as the speaker read as a clause, not a description' : ''}`
        : 'unknown — check: no words near the quotation name who said it',
    },
  };
}

/** A sentence without quotation marks that reports speech ("X said that …"): a paraphrase candidate. */
function reportedSpeech(
  sentence: Sentence,
  sentenceMasked: string,
  paragraph: number,
  sentenceNo: number,
  answer: boolean,
  state: State,
  published: string | undefined,
): Extracted | null {
  const paraphrase = paraphraseCandidate(sentence, sentenceMasked, paragraph, published);
  if (!paraphrase) return null;
  const ctx: QuoteContext = {
    state,
    // Only the words up to the reporting verb: a pronoun there refers back, not to a name after the verb.
    before: paraphrase.found.words,
    after: '',
    sentenceBefore: paraphrase.found.words,
    nextSentence: '',
    k: 0,
    quoteAtParagraphStart: false,
    standsAlone: false,
    answer,
    paragraph,
    sentenceNo,
    previous: null,
    continuing: null,
    introduction: null,
    liveEntry: false,
    paragraphBefore: paraphrase.found.words,
    quote: '',
  };
  const r = resolvePhrase(paraphrase.found, ctx);
  if (r?.speakerKind === 'anonymous') state.lastAnonymous = r;
  if (!r?.speaker) return null;
  // "The patrols were overdue, he said. "…"": the person just reported is the current speaker, as a reader takes it.
  if (r.speakerKind === 'person') state.lastQuote = { res: r, paragraph };
  const confidence = Math.min(0.7, r.confidence - 0.2);
  return {
    ...paraphrase.candidate,
    speaker: r.speaker,
    role: r.role,
    speakerKind: r.speakerKind,
    evidence: r.evidence === 'direct-quote' ? 'paraphrase' : r.evidence,
    confidence,
    attribution: {
      rule: 'reportedSpeechRule',
      words: r.words,
      confidence: round(confidence),
      needsCheck: confidence < CHECK_BELOW || sentenceNo - r.namedAt > 1,
      reason: `${r.rule}: ${r.reason}`,
    },
  };
}

/**
 * "We have a message from a listener in Gessin.", "A letter came from a reader in Orvenna.": a sentence that names no one
 * but brings in one unnamed person; a "She writes:" next is that person, not whoever spoke before. Returns the person's
 * words ("a listener in Gessin"), or null.
 */
export function unnamedIntroduced(masked: string): string | null {
  const m =
    /\b(?:from|by)\s+(an?\s+(?:[\p{Ll}-]+\s+)?(?:listener|reader|viewer|caller|resident|woman|man|farmer|driver|voter|pensioner|student|teacher|worker|passenger|mother|father|shopkeeper|nurse)(?:\s+(?:in|from|of|near)\s+[\p{Lu}][\p{L}'’-]*)?)\b/u.exec(
      masked,
    );
  return m ? m[1]!.trim() : null;
}

/** What a sentence tells later ones: who it is about, which documents and groups it mentions. */
function noteSentence(masked: string, at: number, state: State, noQuote: boolean): void {
  const window = masked.slice(0, 4 * CONTEXT);
  learnGender(window, state);
  state.bookAuthor = bookAuthorIn(window, state.lastSubject) ?? state.bookAuthor;
  const people: Person[] = [];
  const pending = state.pendingOffice && at - state.pendingOffice.at <= 1 ? state.pendingOffice : null;
  for (const run of nameRuns(window)) {
    const named = readRun(run);
    if (named?.kind !== 'person') continue;
    const person = state.registry.find(named.name);
    // "Ombrelia's prime minister was unmoved. "…," Aurelian Talmadi told …": the office's holder, named next.
    if (person && pending && person.namedAt < 0 && person.name.includes(' ') && !holdsOffice(person)) {
      person.title = `${person.title} ${pending.qualifier}'s ${pending.role}`.trim();
      state.pendingOffice = null;
    }
    if (person) person.namedAt = at;
    if (person && !people.includes(person)) people.push(person);
  }
  state.namedLately = [...state.namedLately.slice(-2), { at, people }];
  for (const run of nameRuns(window)) {
    const named = readRun(run);
    if (named?.kind === 'organisation' && named.name.includes(' ')) state.institutions.push(named.name);
  }
  const together = collectiveOpening(withoutDateline(mainClause(window)));
  if (together) state.lastCollective = { text: together.phrase.text, members: together.phrase.members, at };
  noteDocuments(window, state, at);
  for (const m of window.matchAll(BODY_MENTION)) {
    const name = trimWords(m[0]).replace(/^(?:the|a|an|its|their)\s+/i, '');
    if (name.includes(' ')) state.bodies.push({ name, head: m[1]!.toLowerCase(), at });
  }
  const group = groupSubject(window) ?? accordingToGroup(window);
  if (group) state.lastGroup = { text: group, at };
  const unnamed = noQuote ? (unnamedSubject(window) ?? (people.length === 0 ? unnamedIntroduced(window) : null)) : null;
  if (unnamed && state.lastAnonymous?.namedAt !== at)
    state.lastAnonymous = unnamedSpeaker(
      { rule: 'an unnamed subject', words: unnamed, namedAt: at },
      unnamed,
      0.6,
      `${unnamed} is the subject of the sentence before; the article does not name them`,
    );
  const opening = noQuote ? roleOpening(mainClause(window)) : null;
  if (opening) notePendingOffice(opening, state, at);
  if (noQuote && !/^\s*(?:by|published|updated|last updated)\s/i.test(window)) {
    // After "X asked Y whether …", the next "he" or the next quotation standing alone is Y's answer, not X's.
    const subject = state.registry.mention(questionAnswerer(window, state) ?? sentenceSubject(window, state, at));
    if (subject) {
      state.lastSubject = subject;
      state.lastSentenceSubject = { person: subject, at, words: window.trim().split(/\s+/).slice(0, 8).join(' ') };
    }
    const lead =
      /^(.*?)\b(?:has|have|had|is|was|would|will|could|did|answered|said|issued|sent|published|released|dismissed|rejected|welcomed|responded|replied|reacted)\b/su.exec(
        mainClause(window),
      );
    if (lead) {
      const phrase = readSubject(lead[1]!);
      if (phrase.kind === 'organisation') state.lastOrganisation = { name: phrase.name, at };
    }
  }
}

/**
 * What a reader learns of a person's gender from the reporter's words (quotations masked): a sentence whose
 * pronouns all agree ("she", "her") and that names one person whose gender is unknown, the others being of the
 * other gender, gives it to that person; a sentence naming nobody that opens with "She"/"He" gives it to the person
 * the sentence before was about.
 */
export function learnGender(masked: string, state: Pick<State, 'registry' | 'subjectBefore'>): void {
  const gender = pronounGender(masked);
  if (!gender) return;
  const people = new Set<Person>();
  for (const run of nameRuns(masked)) {
    const named = readRun(run);
    const person = named?.kind === 'person' ? state.registry.find(named.name) : undefined;
    if (person) people.add(person);
  }
  const unknown = [...people].filter((p) => !genderOf(p));
  if (unknown.length === 1 && [...people].every((p) => p === unknown[0] || genderOf(p) !== gender))
    unknown[0]!.gender = gender;
  else if (
    people.size === 0 &&
    /^\W*(?:but\s+|and\s+)?(?:he|she)\b/i.test(masked) &&
    state.subjectBefore &&
    !genderOf(state.subjectBefore)
  )
    state.subjectBefore.gender = gender;
}

/** A body described by its owner or field: "Lowenfell's finance ministry", "the hauliers' federation". */
const BODY_MENTION =
  /(?<![\p{L}'’-])(?:(?:[\p{Lu}][\p{L}-]*\s+)?[\p{Lu}][\p{L}-]*['’]s?\s+|[\p{Ll}]+['’]s?\s+)(?:[\p{Ll}-]+\s+)?(ministry|federation|union|council|committee|office|government|secretariat|agency|commission|embassy|association|cabinet|delegation)\b/gu;
const BODY_HEADS =
  /^(?:ministry|federation|union|council|committee|office|government|secretariat|agency|commission|embassy|association|cabinet|delegation)$/;
/** Bodies of people that a description names without a name: "your own party", "the coalition". */
const GROUP_BODY_HEADS = /^(?:party|coalition|movement|alliance|camp|opposition|bloc)$/;

/**
 * "the 72-year-old", "the 61-year-old former general": the person whose age the article gave ("Fane, 61,"), else
 * the person the last sentences are about — the one a reader takes an age to describe.
 */
function ageHolder(phrase: Extract<Phrase, { kind: 'role' }>, ctx: QuoteContext): Person | undefined {
  const m = /^(\d{1,3})-year-old\b/.exec(phrase.role);
  if (!m) return undefined;
  // One reading of an age, the register's (fitScore): the person the article gave that age, else the person it named
  // in the sentence before when no one has an age yet; never a guess further back.
  return describedPerson(`The ${m[1]}-year-old said`, ctx.state.registry, ctx.sentenceNo);
}

/**
 * "The chancellor's opening remarks, released in full, are long. Here is how they begin:": a paragraph ending in a
 * colon after naming someone's remarks or speech introduces that person's words.
 */
function remarksOf(paragraph: string): Found | null {
  const m =
    /((?:\b(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}-]*\s+)?[\p{L}-]+)['’]s\s+(?:[\p{Ll}-]+\s+)?(?:remarks|speech|address|statement|words|letter)\b/u.exec(
      paragraph,
    );
  if (!m) return null;
  const phrase = readPhrase(m[1]!, 'end');
  if (phrase.kind !== 'name' && phrase.kind !== 'role') return null;
  return { phrase, rule: "X's remarks …: (next paragraph)", words: m[0], confidence: 0.75 };
}

/** A paragraph ending in a colon introduces the quotation that opens the next one. */
function introductionOf(sentence: string): Found | null {
  const before = sentence.replace(/:\s*$/, ':');
  const verb = lastVerb(before);
  if (!verb) {
    const colonName = /([\p{Lu}][\p{L}'’.\- ]{1,60})\s*:\s*$/u.exec(before);
    if (!colonName) return null;
    const phrase = readPhrase(colonName[1]!, 'end');
    return phrase.kind === 'none' ? null : { phrase, rule: 'X: "…"', words: colonName[0], confidence: 0.85 };
  }
  const issued = /\b(?:statement|communiqu[eé]|declaration|letter)\b/i.test(before.slice(verb.index));
  const phrase = readSubject(before.slice(0, verb.index));
  return phrase.kind === 'none'
    ? null
    : {
        phrase,
        rule: 'colon introduction in the previous paragraph',
        words: before.slice(Math.max(0, verb.index - 60)),
        confidence: 0.85,
        verb: issued ? 'statement' : verb.verb,
      };
}

/**
 * A headline's quotation (or a standfirst's) is usually repeated in the body, where its speaker is named:
 * it takes the speaker of the first body quotation that contains its words.
 */
function headlineInBody(candidates: Extracted[], headlineEnd: number): void {
  // Each body quotation's words are folded once (not once per headline quotation: that was quadratic).
  let body: { c: Extracted; words: string }[] | null = null;
  for (const c of candidates) {
    if (c.paragraph >= headlineEnd || !c.quote) continue;
    const words = normWords(c.quote);
    if (words.length < 6) continue;
    body ??= candidates
      .filter((b) => b.paragraph >= headlineEnd && b.quote && b.speaker)
      .map((b) => ({ c: b, words: normWords(b.quote!) }));
    const match = body.find((b) => b.words.includes(words))?.c;
    // A headline that names its own speaker ("Valdoria says talks "stalled"") keeps it.
    // A country or body named in the headline ("Brannock says talks "stuck"") gives way to the person the body quotes.
    // Several speakers the headline names together ("Kord and Lusk promise "…"") keep the words: one of them
    // saying them again in the body does not make them that one's alone.
    const own =
      (c.speaker && c.confidence >= 0.8 && /said|X:/.test(c.rule) && c.speakerKind === 'person') ||
      (c.speakerKind === 'collective' && !/\b(?:and|,)\b/.test(match?.speaker ?? ''));
    if (!match || own) {
      if (c.speaker && c.confidence < 0.85) {
        c.attribution = { ...c.attribution, needsCheck: true };
      }
      continue;
    }
    Object.assign(c, {
      speaker: match.speaker,
      role: match.role,
      speakerKind: match.speakerKind,
      evidence: match.evidence,
      confidence: Math.min(0.75, match.confidence),
      rule: 'headline quotation repeated in the body',
    });
    c.attribution = {
      rule: 'headlineInBody',
      words: match.attribution.words,
      confidence: round(c.confidence),
      needsCheck: true,
      reason: `the headline's words are quoted again in paragraph ${match.paragraph + 1}, where ${match.speaker} says them`,
    };
  }
}

/**
 * An interview's headline quoting the interviewee's words, which the answers give without quotation marks:
 * the interviewee said them. Only for a headline quotation left without a speaker; marked for checking.
 */
function headlineInAnswer(candidates: Extracted[], state: State, parsed: { masked: string }[]): void {
  const who = state.interviewee;
  if (!who) return;
  const answers = parsed.filter(({ masked }) => /^\s*A\s*[:.]\s/.test(masked)).map(({ masked }) => normWords(masked));
  for (const c of candidates) {
    if (c.paragraph >= state.headlineEnd || !c.quote || c.speaker) continue;
    const words = normWords(c.quote);
    if (words.length < 6 || !answers.some((a) => a.includes(words))) continue;
    Object.assign(c, {
      speaker: who.name,
      role: who.title,
      speakerKind: 'person',
      confidence: 0.6,
      rule: "headline quotation in the interviewee's answer",
    });
    c.attribution = {
      rule: 'headlineInAnswer',
      words: 'A:',
      confidence: 0.6,
      needsCheck: true,
      reason: `the headline's words stand in an answer of ${who.name}, the interviewee`,
    };
  }
}

/** Words only, folded: for finding a quotation's words elsewhere in the article. */
const normWords = (s: string) =>
  fold(s)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A headline's "says Kestrian premier" comes before the body names anyone: once the whole article is read,
 * the description is resolved against the people the body named ("the prime minister", Dara Quillon), as a
 * reader does. Only for a headline quotation left without a speaker; marked for checking.
 */
function headlineRole(candidates: Extracted[], state: State): void {
  for (const c of candidates) {
    if (c.paragraph >= state.headlineEnd || !c.quote || c.speaker || !c.attribution.words) continue;
    const m = /\b(?:says|said|warns|insists|tells)\s+(.+)$|^(.+?)\s+(?:says|said|warns|insists)\b/i.exec(
      c.attribution.words,
    );
    if (!m) continue;
    const phrase = m[1] ? readObject(m[1]) : readSubject(m[2]!);
    if (phrase.kind !== 'role') continue;
    const person = state.registry.byRole(phrase.role, phrase.qualifier, undefined);
    if (!person) continue;
    giveHeadlineTo(c, person, 'headline description resolved in the body', {
      rule: 'headlineRole',
      words: c.attribution.words,
      reason: `"${phrase.text}" in the headline is ${person.name}, whom the article names in the body`,
    });
  }
}

/** A headline quotation's speaker, found once the body is read: a person, at 0.6, always marked for checking. */
function giveHeadlineTo(
  c: Extracted,
  person: Person,
  why: string,
  attribution: Pick<Attribution, 'rule' | 'words' | 'reason'>,
): void {
  Object.assign(c, { speaker: person.name, role: person.title, speakerKind: 'person', confidence: 0.6, rule: why });
  c.attribution = { ...attribution, confidence: 0.6, needsCheck: true };
}

/**
 * A headline of the form “"Quotation": speaker on subject” ("…": Orsa's former premier on the ridge) names its
 * speaker after the colon — a name, or a description the body resolves. Only for a headline quotation left
 * without a speaker; marked for checking.
 */
function headlineColonSpeaker(candidates: Extracted[], state: State, paragraphs: string[]): void {
  for (const c of candidates) {
    if (c.paragraph >= state.headlineEnd || !c.quote || c.speaker) continue;
    const p = paragraphs[c.paragraph] ?? '';
    const at = p.indexOf(c.quote);
    if (at < 0) continue;
    const m = /^["”’»]?\s*[:—–]\s*(.{2,80}?)(?=\s+(?:on|about|says|explains)\s|\s*[,;.?!]|\s*$)/u.exec(
      p.slice(at + c.quote.length),
    );
    if (!m) continue;
    const phrase = readPhrase(m[1]!, 'start');
    // A description no one in the body holds by that title ("Orsa's former premier" for a man who "led Orsa's
    // government") is the person the body's lead introduces — the piece is about them.
    const person =
      phrase.kind === 'name'
        ? state.registry.find(phrase.name)
        : phrase.kind === 'role'
          ? (state.registry.byRole(phrase.role, phrase.qualifier, undefined) ??
            firstPersonOfBody(paragraphs, state.headlineEnd, state))
          : undefined;
    if (!person) continue;
    giveHeadlineTo(c, person, 'headline: "…": speaker on subject', {
      rule: 'headlineColonSpeaker',
      words: m[0].replace(/^["”’»]?\s*[:—–]\s*/, ''),
      reason: `the headline names "${m[1]}" after its quotation: ${person.name} in the body`,
    });
  }
}

/** The first person the body (after the headline matter) names: the person a profile or an interview is about. */
function firstPersonOfBody(paragraphs: string[], from: number, state: State): Person | undefined {
  for (const p of paragraphs.slice(from, from + 2))
    for (const run of nameRuns(p)) {
      const named = readRun(run);
      const person = named?.kind === 'person' ? state.registry.find(named.name) : undefined;
      if (person) return person;
    }
  return undefined;
}

const round = (n: number) => Math.max(0, Math.min(1, Math.round(n * 100) / 100));

function quoteCandidate(p: string, q: QuoteSpan, sentence: Sentence, paragraph: number): Extracted {
  // A "sentence" far longer than any real one (pathological input) is cut to a window around the quotation.
  const passage =
    sentence.text.length <= 4 * CONTEXT
      ? sentence.text.trim()
      : p.slice(Math.max(sentence.start, q.open - CONTEXT), Math.min(sentence.end, q.close + 1 + CONTEXT)).trim();
  return {
    quote: q.text,
    speaker: null,
    role: '',
    speakerKind: 'unknown',
    passage,
    paragraph,
    evidence: 'direct-quote',
    date: null,
    dateApprox: true,
    confidence: 0,
    rule: '',
    attribution: { rule: '', words: null, confidence: 0, needsCheck: true, reason: '' },
  };
}

/** Speech and stance verbs that report what a named side said without quoting it. */
const REPORTING_VERBS =
  'said|says|told|tells|warned|warns|insisted|insists|demanded|demands|rejected|rejects|called for|calls for|ruled out|rules out|argued|suggested|announced|confirmed|acknowledged|claimed|stressed|cautioned|added|noted|has said|have said|stated that|according to';
const REPORTED_RE = new RegExp(`^(.{0,160}?)\\b(${REPORTING_VERBS})\\b`, 'i');
/** Quotation marks of any style: a sentence holding one is a quotation's, never a paraphrase. */
const ANY_QUOTATION_MARK = /["“”„«»‹›]/;

/**
 * The named rule for reported speech without quotation marks ("X said that …", "X demanded that Y …",
 * "Y rejected the demand", "according to X, …", "he said …"): the words that name the speaker, or null.
 * Conservative: the speaker is the subject of the reporting verb (read by the same phrase readers as the
 * quotation rules) or the object of "according to"; a sentence with any quotation mark, an opening that
 * names two people jointly ("Both X and Y have said"), an adjective use ("Russia's stated conditions") or
 * the source's own analysis ("…, suggesting …": a participle, not a verb with a subject) gives nothing.
 */
export function reportedSpeechRule(masked: string): Found | null {
  if (ANY_QUOTATION_MARK.test(masked)) return null;
  const m = REPORTED_RE.exec(masked);
  if (!m) return relativeStance(masked);
  const verb = m[2]!.toLowerCase();
  const words = m[0];
  if (verb === 'according to') {
    // Up to the comma: "According to X, the talks will resume" — what follows is the statement, not a title.
    const phrase = readObject(masked.slice(m.index + m[0].length).split(',')[0]!);
    if (phrase.kind === 'none' || phrase.kind === 'pronoun') return null;
    return { phrase, rule: 'according to X (no quotation marks)', words, confidence: 0.8 };
  }
  const subject = m[1]!;
  // A joint statement ("Both X and Y have said", "X and Y said") is not one speaker's.
  if (/^\s*both\b/i.test(subject) || /[\p{Lu}][\p{L}'’.-]*,?\s+and\s+[\p{Lu}]/u.test(mainClause(subject))) return null;
  // The verb must follow its subject directly (an appositive aside): "a chance to press X … stated" is not.
  if (/\b(?:to|could|would|might|may|will)\s*$/i.test(subject)) return null;
  const phrase = readSubject(subject);
  if (phrase.kind === 'none') return null;
  return { phrase, rule: 'X said (no quotation marks)', words, confidence: 0.8 };
}

/** "…, something Kyiv says is unacceptable" / "…, which Valdoria has rejected": a side's stance in a relative clause. */
const RELATIVE_STANCE =
  /\b(?:something|which|what)\s+((?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+(says|said|calls|called|rejects|rejected|has rejected|has called|rules out|ruled out|has ruled out)\b/u;

function relativeStance(masked: string): Found | null {
  const m = RELATIVE_STANCE.exec(masked);
  if (!m) return null;
  const phrase = readSubject(m[1]!);
  if (phrase.kind !== 'name' && phrase.kind !== 'organisation') return null;
  return { phrase, rule: 'something X says (no quotation marks)', words: m[0], confidence: 0.75 };
}

/** Reported speech: a sentence with no quotation marks whose speaker reportedSpeechRule names. */
function paraphraseCandidate(
  sentence: Sentence,
  masked: string,
  paragraph: number,
  published?: string,
): { candidate: Extracted; found: Found } | null {
  const found = reportedSpeechRule(masked);
  if (!found) return null;
  const when = saidOn(masked, published);
  const passage =
    sentence.text.length <= 4 * CONTEXT ? sentence.text.trim() : sentence.text.slice(0, 4 * CONTEXT).trim();
  return {
    candidate: {
      quote: null,
      speaker: null,
      role: '',
      speakerKind: 'unknown',
      passage,
      paragraph,
      evidence: 'paraphrase',
      date: when ? when.date : (published ?? null),
      dateApprox: when ? when.approx : true,
      confidence: 0,
      rule: found.rule,
      attribution: { rule: 'reportedSpeechRule', words: null, confidence: 0, needsCheck: true, reason: '' },
    },
    found,
  };
}
