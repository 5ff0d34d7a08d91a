/**
 * Who a phrase names. News English puts titles before names ("Kremlin spokesman Dmitry Peskov",
 * "US President Donald Trump"), appositives after them ("Sam Greene, an analyst, …"), and speaks of
 * unnamed people ("a senior official"), institutions ("the Foreign Ministry") and documents
 * ("the communique"). These rules read such a phrase; they know no particular names.
 */

/** Words of rank or office that come before a name and are not part of it. */
export const TITLE_WORDS = new Set(
  `president vice prime minister ministers secretary foreign defence defense interior finance trade economy economic justice health
  general gen gen. col col. colonel lt lt. lieutenant major maj. maj sgt sgt. sergeant captain capt. capt admiral adm. commander cmdr.
  ambassador envoy special spokesman spokeswoman spokesperson deputy chief senior acting former first lady mr mr. mrs mrs. ms ms. dr dr.
  prof prof. professor senator sen. sen representative rep. rep congressman congresswoman governor gov. gov mayor chancellor king queen
  prince princess sheikh emir pope bishop archbishop judge justice speaker chairman chairwoman chair director head leader premier
  president-elect analyst commentator researcher fellow correspondent reporter editor negotiator aide adviser advisor counsellor
  councillor lawmaker mp state national security attorney opposition party minority majority whip coordinator commissioner
  high representative undersecretary under-secretary assistant top lead chief-of-staff staff mediator delegate observer inspector
  rapporteur ombudsman ombudswoman nominee candidate treasurer registrar clerk convenor convener comptroller father
  reverend rev rev. imam rabbi pastor abbot of`.split(/\s+/),
);

/** Words that end the name of an institution rather than a person. */
const ORG_HEADS = new Set(
  `ministry office council government agency commission committee department embassy party institute center centre bank union
  federation alliance association cooperative co-operative guild league chamber society board syndicate confederation parliament assembly senate congress court army navy force forces command service services kremlin palace
  house presidency cabinet university college school academy museum secretariat directorate bureau authority administration mission delegation organisation organization
  company corporation group fund foundation network news times post tribune herald journal gazette agency's press wire`.split(
    /\s+/,
  ),
);

/** Capitalised words that start a sentence or clause without being a name. */
const NOT_NAMES = new Set(
  `the a an but and or so yet in on at of for with from by after before when while as if though although because since however
  meanwhile later earlier then now still also both this that these those there here it its he she they we i you his her their our my your
  q a separately outside inside asked
  asked speaking separately last next this today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  mr mrs ms dr according despite during under over among until unless even instead what who why how where which not no yes
  one two three several some many other another each every all most
  does do did is are was were can could should would shall has have had`.split(/\s+/),
);

const PARTICLES = new Set([
  'of',
  'de',
  'da',
  'del',
  'della',
  'di',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
  'le',
  'la',
  'du',
  'dos',
]);

const CAPITALISED = /^[\p{Lu}][\p{L}\p{M}'’.\-]*$/u;

/** Words that end the name of an event, a meeting or a text: never a speaker ("Harbour Summit"). */
const EVENT_HEADS = new Set(
  `summit summits conference talks forum meeting meetings round rounds games festival war wars crisis process initiative
  accords treaty pact format dialogue week day days session sessions congress-hall cup olympics expo election elections
  referendum ceasefire truce formula programme program plan doctrine`.split(/\s+/),
);

/** The possessive of a plural noun ("Boatmen's", "Women's", "People's"): inside a body's name, not an owner's. */
const PLURAL_POSSESSIVE = /^[\p{Lu}][\p{L}-]*(?:men|people|children)['’]s$/u;

export type NameRun = { words: string[]; start: number; end: number };

/** Runs of capitalised words ("Dmitry Peskov", "Foreign Minister Ilse Marrow"), with particles inside them. */
export function nameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  const re = /[\p{L}\p{M}][\p{L}\p{M}'’.\-]*/gu;
  let current: NameRun | null = null;
  let lastEnd = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "Lemsa Boatmen's Cooperative": a plural's possessive before another capitalised word is inside a body's name.
    const inName = PLURAL_POSSESSIVE.test(m[0]) && /^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length));
    const word = (inName ? m[0] : m[0].replace(/['’]s$/u, '')).replace(/\.$/, (dot) =>
      /^\p{Lu}$/u.test(m![0].slice(0, -1)) ? dot : '',
    );
    const gap = current ? text.slice(lastEnd, m.index) : '';
    const joined = current && /^\s+$/.test(gap);
    const next = text.slice(m.index + word.length);
    // "Maritime Council of the North": "of the" inside a body's name, after its head word.
    const bodyOfThe =
      joined &&
      ((word === 'of' &&
        ORG_HEADS.has(current!.words[current!.words.length - 1]!.toLowerCase()) &&
        /^\s+the\s+\p{Lu}/u.test(next)) ||
        (word === 'the' && current!.words[current!.words.length - 1] === 'of' && /^\s+\p{Lu}/u.test(next)));
    if (CAPITALISED.test(word) || bodyOfThe || (joined && PARTICLES.has(word) && /^\s+\p{Lu}/u.test(next))) {
      if (joined && current) {
        current.words.push(word);
        current.end = m.index + word.length;
      } else {
        if (current) runs.push(current);
        current = { words: [word], start: m.index, end: m.index + word.length };
      }
      lastEnd = m.index + m[0].length;
      // A possessive ends the run ("Putin's aide"), and so does a full stop after a word that is not an initial.
      if (
        (/['’]s$/u.test(m[0]) && !inName) ||
        (/\.$/.test(m[0]) && !/^\p{Lu}\.$/u.test(m[0]) && !TITLE_WORDS.has(m[0].toLowerCase()))
      ) {
        runs.push(current);
        current = null;
      }
    } else {
      if (current) runs.push(current);
      current = null;
    }
  }
  if (current) runs.push(current);
  return runs;
}

export type Named = { name: string; title: string; kind: 'person' | 'organisation' | 'event' | 'place' };

/** First words of a place's name ("Port Ellery", "Lake Merrow"): a place never speaks. */
const PLACE_LEADS = new Set(`port lake mount fort cape point glen saint st st. bay`.split(/\s+/));
/** Last words of a place's name ("Sallow Gap", "Carrick Reach", "Halden Bridge"). */
const PLACE_TAILS = new Set(
  `gap reach valley river sea strait straits bay city square road mountains mountain hills island islands
  region province district county coast harbour harbor heights airport crossing`.split(/\s+/),
);

/**
 * A run of capitalised words followed by lower-case title words and another name qualifies that name and is
 * not a person itself: "Port Ellery mayor Jorunn Slett", "Isthmus Council mediator Hamid Larkspur".
 */
export function qualifiesNextName(text: string, run: NameRun): boolean {
  const m = /^(?:['’]s)?\s+((?:[\p{Ll}-]+\s+){1,3})[\p{Lu}]/u.exec(text.slice(run.end));
  return (
    !!m &&
    m[1]!
      .trim()
      .split(/\s+/)
      .some((w) => TITLE_WORDS.has(w) && w !== 'of')
  );
}

/** "Minister of Foreign Affairs": a department's last word after an office's title is the office's, never a name. */
export function departmentWordAfterTitle(title: string[], name: string[]): boolean {
  return title.length > 0 && name.length === 1 && DEPARTMENT_TAILS.has(name[0]!.toLowerCase());
}

/** The person or institution a run of capitalised words names, with the title words before it. */
export function readRun(run: NameRun): Named | null {
  const words = [...run.words];
  while (words.length > 0 && NOT_NAMES.has(words[0]!.toLowerCase())) words.shift();
  // A sentence-opening adverb ("Separately", "Earlier") is not a name.
  if (words.length === 1 && /^[\p{Lu}][\p{Ll}]+ly$/u.test(words[0]!)) return null;
  // A dateline's place in capitals ("VELMORA, March 4") is not a name.
  if (words.length === 1 && /^[\p{Lu}]{5,}$/u.test(words[0]!)) return null;
  if (words.length === 0) return null;
  const last = words[words.length - 1]!.toLowerCase();
  if (EVENT_HEADS.has(last) && words.length >= 2) return { name: words.join(' '), title: '', kind: 'event' };
  if (words.length >= 2 && (PLACE_LEADS.has(words[0]!.toLowerCase()) || PLACE_TAILS.has(last)))
    return { name: words.join(' '), title: '', kind: 'place' };
  const orgOf = words.findIndex((w, i) => ORG_HEADS.has(w.toLowerCase()) && words[i + 1] === 'of');
  if (ORG_HEADS.has(last) || orgOf >= 0 || (words.length === 1 && last === 'kremlin'))
    return { name: words.join(' '), title: '', kind: 'organisation' };
  let cut = -1;
  words.forEach((w, i) => {
    // "of" belongs to a title only between title words ("Secretary of State"), not in "Koval of Valdoria".
    if (TITLE_WORDS.has(w.toLowerCase()) && (w !== 'of' || TITLE_WORDS.has(words[i + 1]?.toLowerCase() ?? ''))) cut = i;
  });
  let name = words.slice(cut + 1);
  let place = '';
  // "Anselm Koval of Valdoria": the place after "of" describes the person; it is not part of the name.
  const of = name.indexOf('of');
  // "Foreign Minister Venn of Marrowind": after a title, even a one-word name is followed by its place.
  if (of >= 2 || (of === 1 && cut >= 0)) {
    place = name.slice(of).join(' ');
    name = name.slice(0, of);
  }
  if (name.length === 0) return null;
  if (name.every((w) => NOT_NAMES.has(w.toLowerCase()))) return null;
  if (departmentWordAfterTitle(words.slice(0, cut + 1), name)) return null;
  return { name: name.join(' '), title: [...words.slice(0, cut + 1), place].join(' ').trim(), kind: 'person' };
}

const ANONYMOUS_HEADS =
  /\b(officials?|diplomats?|sources?|aides?|advisers?|advisors?|people|persons?|insiders?|negotiators?|delegates?|lawmakers?|observers?|experts?|analysts?|spokes(?:man|woman|person)|officers?|commanders?|members?|participants?|staffers?|executives?|someone|person|one)\b/i;
/** A plural of people who speak from a field of study or commentary, not from an office: "analysts", "economists". */
export const EXPERT_PLURAL =
  /^(?:(?:the|some|many|several|most|other|two|three|four|[\p{L}-]+)\s+){0,2}(analysts|experts|observers|economists|scholars|researchers|commentators|historians)(?:\s+(?:in|from|of|at)\s+[^,]+)?$/iu;
const ANONYMITY_CUES =
  /\b(anonymity|not (?:to )?be named|not authori[sz]ed|unnamed|familiar with|close to|speaking privately|who declined to be identified|briefed on)\b/i;
const DOCUMENT_HEADS =
  /\b(outlook|forecast|assessment|bulletin|advisory|guidance|ruling|verdict|judg(?:e)?ment|minutes|submission|petition|white paper|statement|communiqu[eé]|memo|memorandum|paper|programme|program|agenda|letter|decree|resolution|draft|document|declaration|report|text|plan|proposal|agreement|treaty|order|filing|transcript|readout|note|cable|minutes|charter|accord|framework|platform|manifesto|bill|law|directive|post|tweet|preamble|article|clause|annex|section|paragraph|book|memoir|memoirs|autobiography|novel|it)(?![\p{L}\d_])/iu;

/**
 * What a phrase next to a speech verb names. A union: each kind carries exactly what it knows.
 *   name — a person by name (with title words); organisation — an institution; pronoun — he/she/they/I/we;
 *   role — a description that refers back to someone ("the minister", "the Northland leader");
 *   anonymous — an unnamed speaker ("a senior official"); document — a text ("the memorandum"), with its
 *   issuer when the phrase gives one; collective — several speakers together ("Kestrel and Varnholm");
 *   none — nothing that can speak (an event, a place, an adjective, or nothing at all).
 */
export type Phrase =
  | { kind: 'name'; text: string; name: string; title: string }
  | { kind: 'organisation'; text: string; name: string }
  | { kind: 'pronoun'; text: string }
  | { kind: 'role'; text: string; role: string; qualifier: string }
  | { kind: 'anonymous'; text: string }
  | { kind: 'document'; text: string; issuer: string | null }
  | { kind: 'collective'; text: string; members: string[] }
  | { kind: 'none'; text: string };
export type PhraseKind = Phrase['kind'];

const PRONOUNS = /^(he|she|they|we|i)$/i;

/** A noun for a person, a group or a body: what a qualifier ("Kestrian", "Northland's") can qualify. */
const PERSON_OR_BODY =
  /^(?:[\p{Ll}-]*(?:er|or|ist|ian|ant|ent|man|men|woman|women|person|people|ster|ee|crat|chief|head|leader|deputy|deputies|official|aide|envoy|premier|president|minister|secretary|diplomat|delegate|delegation|staff|general|officer|ministry|office|government|cabinet|administration|presidency|embassy|mission|secretariat|parliament|army|side|camp|team|members?|sources?|officials|aides|envoys|diplomats|delegates|officers|generals)s?)$/u;

/** A noun for a person or a body of people ("pilot", "owner", "economist", "ministry"), by its form or as a known word. */
export function isPersonNoun(word: string): boolean {
  return (
    PERSON_OR_BODY.test(word) ||
    /^(?:pilot|guide|chef|nurse|cook|priest|pastor|monk|nun|judge|doctor|poet|artist|student|veteran|widow|widower|mother|father|son|daughter|wife|husband|brother|sister|friend|neighbour|neighbor|colleague|expert|scientist|biologist|activist|skipper|captain|owner|native|resident|citizen|refugee|child|girl|boy|guy|individual)s?$/.test(
      word,
    )
  );
}

/** Trailing appositives and adverbs are dropped: "Sam Greene, an analyst, …, also" → "Sam Greene". */
function subjectSegment(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  // Adverbs and auxiliaries between the subject and the verb.
  for (;;) {
    const next = t
      .replace(
        /\s*\b(?:also|then|again|once|later|earlier|already|just|never|repeatedly|has|have|had|would|will|was|is|only|further|still|even|too|later on)\s*$/i,
        '',
      )
      // An adverb is lower case ("firmly"); a capitalised word ending in -ly is a name ("Tally").
      // ("His family", "the assembly": after a determiner or a possessive, an -ly word is the noun.)
      .replace(/(?<!\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?|[Mm]y|[Oo]ur|[Yy]our)\s+)\b[a-z]+ly\s*$/, '')
      .trim();
    if (next === t) break;
    t = next;
  }
  if (!t.endsWith(',')) return t;
  let segments = t.slice(0, -1).split(',');
  // "The judgment, read out by the court's president, Judge X, says": an aside that opens with a participle and
  // "by" holds its agent — everything from it on is the aside, not the subject.
  const aside = segments.findIndex(
    (seg, i) =>
      i > 0 &&
      /^\s*(?:[\p{Ll}]+(?:ed|en|wn|ut|ne)|read|made|held|set|led|sent|signed)\s+(?:out\s+|up\s+)?by\b/u.test(seg),
  );
  if (aside > 0) segments = segments.slice(0, aside);
  while (segments.length > 1) {
    const last = segments[segments.length - 1]!.trim();
    const hasName = nameRuns(last).some(
      (r) => readRun(r)?.kind === 'person' && !/^(an?|the|who|which|and)\b/i.test(last),
    );
    if (/^[\p{Ll}\d]/u.test(last) || !hasName || isPossessiveDescription(last)) segments.pop();
    else break;
  }
  return segments.join(',');
}

/**
 * An appositive that describes by its owner ("Sarnavia's presidential palace", "Kestria's foreign minister"): a
 * capitalised owner, then lower-case words. It describes the name before it and is never the subject itself.
 */
export function isPossessiveDescription(segment: string): boolean {
  return /^\s*(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s*$/u.test(
    segment,
  );
}

/**
 * An opening adverbial ("In Dunmere", "On Tuesday", "At the summit"): a phrase that starts with a preposition is
 * never the subject of the verb after it, however capitalised its words.
 */
export function isAdverbialOpening(text: string): boolean {
  return /^\s*(?:in|at|on|from|outside|inside|near|after|before|during|for|with|across|around|by|over|under|within)\s/i.test(
    text,
  );
}

/** A phrase of capitalised words with titles, particles and possessives only ("Ivo Lazaridis", "President Edda Sorvik"). */
function isNameOnly(text: string): boolean {
  if (isAdverbialOpening(text)) return false;
  return text
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => /^[\p{Lu}]/u.test(w) || PARTICLES.has(w) || TITLE_WORDS.has(w.toLowerCase()));
}

/** A capitalised word that is not a name: a weekday, a month, an article, a pronoun ("Tuesday", "The"). */
export function isCommonCapitalised(word: string): boolean {
  return NOT_NAMES.has(word.toLowerCase());
}

/** A verb that ends the subject of a clause coordinated with "and": "the Kestrian leader looked at him and replied". */
const CLAUSE_VERB =
  /^(?:[\p{Ll}]+ed|took|shook|went|rose|stood|spoke|made|gave|held|sat|came|left|turned|looked|smiled|paused|nodded|laughed|leaned|is|was|has|had|did|does|got|kept|let|put|saw|told|thought)$/u;

/** Reads the phrase naming who speaks, as it stands before a speech verb (the subject). */
export function readSubject(before: string): Phrase {
  return unnamedByAside(before, subjectPhrase(before));
}

/**
 * "Two boat owners, who asked not to be named for fear of losing their licences, said …": an aside between the subject
 * and its verb saying the speakers are not named makes a group of them unnamed speakers, not a collective.
 */
export function unnamedByAside(before: string, phrase: Phrase): Phrase {
  if (phrase.kind !== 'collective' && phrase.kind !== 'role') return phrase;
  if (phrase.kind === 'role' && !/^(?:an?|one|two|three|several|some)\s/i.test(phrase.text)) return phrase;
  const aside = /,([^,]{3,160}),?\s*$/u.exec(before.trim())?.[1] ?? '';
  return ANONYMITY_CUES.test(aside) ? { kind: 'anonymous', text: phrase.text } : phrase;
}

function subjectPhrase(before: string): Phrase {
  const segment = subjectSegment(before);
  let clause = segment
    .split(/[;:—–)]|\s-\s|,\s*(?:and|but|while|as)\b/)
    .pop()!
    .trim();
  // An opening phrase before the subject: "In a statement on Friday, the Foreign Ministry" → "the Foreign Ministry".
  const parts = clause.split(',');
  const tail = parts[parts.length - 1]!.trim();
  if (
    parts.length > 1 &&
    tail &&
    /^(?:the|a|an|one|two|three|several|some|he|she|they|its|his|her|their|[\p{Lu}])/iu.test(tail)
  ) {
    // "Ivo Lazaridis, Maskow's president," — the name, not its appositive.
    // Only when the part before the comma is a name itself, not a clause ("Northland and Southmarch will resume …").
    const before = parts[parts.length - 2]!.trim();
    const named = readPhrase(before, 'end');
    const appositive = readPhrase(tail, 'end');
    if (named.kind === 'name' && isNameOnly(before) && (appositive.kind === 'role' || appositive.kind === 'none'))
      return { ...named, title: `${named.title} ${tail}`.trim() };
    clause = tail;
  }
  // "X looked at him and replied": the speaker is the subject of the first verb.
  if (/\s(?:and|then)$/i.test(clause)) {
    const words = clause.split(/\s+/);
    for (let n = Math.min(6, words.length - 2); n >= 1; n--) {
      if (!CLAUSE_VERB.test(words[n]!)) continue;
      const head = readPhrase(withoutTimeOpening(words.slice(0, n).join(' ')), 'end');
      if (head.kind !== 'none') return head;
    }
  }
  return readPhrase(clause, 'end');
}

/** "In September the Minister" → "the Minister": a time phrase opening a clause is not part of its subject. */
export function withoutTimeOpening(text: string): string {
  return text.replace(
    /^\s*(?:(?:[Ii]n|[Oo]n|[Bb]y|[Dd]uring|[Ss]ince|[Uu]ntil|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|[Ll]ater)\s+)+(?:[\p{Lu}][\p{Ll}]+|\d{4}|\d{1,2})(?:\s+\d{1,4})*,?\s+(?=\S)/u,
    '',
  );
}

/**
 * "that Treasury officials have …", "Kremlin sources": a name followed by a plural of unnamed people qualifies them —
 * the speakers are those unnamed people of the body, never the body or a person by that name. Returns the group's
 * words ("Treasury officials"), or null.
 */
export function unnamedStaffOf(text: string, start: number, end: number): string | null {
  const m = /^\s+(officials|sources|aides|advisers|advisors|diplomats|insiders|staffers|officers)\b/u.exec(
    text.slice(end),
  );
  return m ? `${text.slice(start, end)} ${m[1]!}` : null;
}

/**
 * "Veldrania's prime minister and Brastavel's president", "the minister and her deputy": two offices joined by "and"
 * are two people speaking together, never one person's title. Returns the two descriptions, or null.
 */
export function twoOffices(text: string): [string, string] | null {
  const m = /^(.+?)\s+and\s+(.+)$/u.exec(text.trim());
  if (!m || /,/.test(text)) return null;
  const office = (part: string) => {
    const phrase = readPhrase(part, 'end');
    return phrase.kind === 'role' && !/\band\b/.test(part);
  };
  return office(m[1]!) && office(m[2]!) ? [m[1]!, m[2]!] : null;
}

/**
 * A body or a group named by its owner in lower case: "the president's office", "the mayor's campaign" (a body that
 * speaks through statements), "his family", "her lawyers" (several people speaking together). Null otherwise; "her
 * office" (a pronoun's office) is left to the office rules, which know whose it is.
 */
export function ownedGroup(text: string): Phrase | null {
  const body =
    /^(?:the\s+)?([\p{Ll}-]+['’]s\s+(?:office|ministry|secretariat|government|cabinet|campaign|team|press office|family))$/u.exec(
      text.trim(),
    );
  if (body)
    return /family$/.test(body[1]!)
      ? { kind: 'collective', text: body[1]!, members: [body[1]!] }
      : { kind: 'organisation', text, name: body[1]! };
  const group =
    /^(?:his|her|their)\s+(?:late\s+\w+['’]s\s+)?(family|relatives|children|colleagues|lawyers|friends|widow|widower)$/iu.exec(
      text.trim(),
    );
  return group ? { kind: 'collective', text: text.trim(), members: [group[1]!] } : null;
}

/** Reads the phrase after a speech verb ("said Ilse Marrow, the minister", "said a senior official"). */
export function readObject(after: string): Phrase {
  const clause = after
    .split(
      /[,.;:!?—–(]|\s(?:in|on|at|as|during|after|before|who|when|while|to|from|late|early|last|this|adding|according)\s/,
    )[0]!
    .trim();
  return readPhrase(clause, 'start');
}

/** "Article 4", "Section IV", "Article four", "a second paragraph": a numbered part of a text, not a person. */
const PART_OF_TEXT =
  /^(?:(?:a|an|the|its|their)\s+)?(?:(?:(?:first|second|third|fourth|fifth|sixth|next|last|final|another|operative|opening|closing)\s+(?:section|article|paragraph|clause|annex|part|chapter|point|item)\b)|(?:section|article|paragraph|clause|annex|part|chapter|point|item)\s+(?:[\dIVXivx]+[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/i;

/** Classifies a phrase; `prefer` says which end of it sits next to the verb. */
export function readPhrase(clause: string, prefer: 'start' | 'end'): Phrase {
  const text = clause.replace(/^[\s,"“”«»]+|[\s,"“”«»]+$/g, '');
  if (!text) return { kind: 'none', text };
  const words = text.split(/\s+/);
  const near = prefer === 'end' ? words[words.length - 1]! : words[0]!;
  if (/^it$/i.test(text)) return { kind: 'document', text: 'it', issuer: null };
  // "The other added", "Another was less generous": one more of the unnamed speakers just quoted.
  if (/^(?:the other|another(?: one)?|one of (?:them|those))$/i.test(text)) return { kind: 'anonymous', text };
  if (
    PRONOUNS.test(near) &&
    (prefer === 'start' || words.length <= 3 || /^(?:and|but|so|then)$/i.test(words[words.length - 2] ?? ''))
  )
    return { kind: 'pronoun', text: near };
  if (
    PART_OF_TEXT.test(text) ||
    // "Minutes of the last session, published by …": a record named without an article, not a person "Minutes".
    /^(?:minutes|records|notes|transcripts?|papers)\s+(?:of|from)\s/i.test(text) ||
    /^(?:joint\s+)?(?:statement|communiqu[eé]|memo|memorandum|declaration|readout|letter|note)\s+(?:from|by|of)\s/i.test(
      text,
    ) ||
    (DOCUMENT_HEADS.test(text) && /^(?:the|a|an|its|their|his|her|in|this|that|our)\b/i.test(text))
  ) {
    // "seen by Harbour Wire", "leaked to X": the outlet that saw the text, not its issuer.
    const issuer =
      /(?<!\b(?:seen|obtained|leaked|reviewed|shown|read|quoted|cited|reported|viewed|received)\s+)\b(?:from|by|of|issued by)\s+(?:the\s+)?([\p{Lu}][^,]*)$/u.exec(
        text,
      );
    const owner = issuer ? null : possessiveIssuer(text);
    if (owner) return { kind: 'document', text: stripArticle(text), issuer: owner };
    // "from the Harl government": the body, not the country word before it.
    if (issuer && /\s(?:government|ministry|office|council|presidency|cabinet|secretariat)$/i.test(issuer[1]!))
      return { kind: 'document', text: stripArticle(text), issuer: issuer[1]! };
    const org = issuer
      ? nameRuns(issuer[1]!)
          .map(readRun)
          .find((n) => n && n.kind !== 'event')
      : undefined;
    return { kind: 'document', text: stripArticle(text), issuer: org?.name ?? null };
  }
  // "Kestrel and Varnholm", "Koval and Quillon": several named speakers at once.
  const collective =
    /^(?:(?:the\s+)?(?:governments|leaders|presidents|ministers|states|capitals)\s+of\s+)?((?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’.-]*(?:,\s*(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’.-]*)*,?\s+and\s+(?:(?:its|their|his|her|the)\s+(?:[\p{Ll}-]+\s+){0,3})?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,2}[\p{Lu}][\p{L}'’.-]*)$/u.exec(
      text,
    );
  if (collective) {
    const members = collective[1]!.split(/\s*,\s*|\s+and\s+/).filter(Boolean);
    if (members.every((m) => readRun({ words: m.split(/\s+/), start: 0, end: m.length })?.kind !== 'event'))
      return { kind: 'collective', text: stripArticle(text), members };
  }
  const owned = ownedGroup(text);
  if (owned) return owned;
  const pair = twoOffices(text);
  if (pair) return { kind: 'collective', text: stripArticle(text), members: pair };
  const body = eventBody(text) ?? outletPhrase(text);
  if (body) return { kind: 'organisation', text, name: body };
  const department = departmentOfficeName(text);
  if (department) return { kind: 'name', text, name: department.name, title: department.office };
  const afterPreposition = (start: number) => inPrepositionalPhrase(text, start);
  const runs = nameRuns(text)
    .map((run) => ({ run, named: readRun(run) }))
    .filter((r) => r.named && r.named.kind !== 'event' && r.named.kind !== 'place' && !qualifiesNextName(text, r.run));
  // "Jonah Pike of the University of Lisk": a name after a preposition qualifies the one before it.
  const heads = runs.filter((r) => !afterPreposition(r.run.start));
  let pick = prefer === 'end' ? heads[heads.length - 1] : heads[0];
  // "Kestrian envoy", "Northland's foreign minister", "the Northland leader", "a Valdorian defence ministry
  // official": a capitalised word that qualifies the lower-case noun after it names nobody by itself.
  const qualifier =
    !!pick &&
    // ("President Mira Kand's office": the title does not count.)
    (pick.run.words.filter((w) => !TITLE_WORDS.has(w.toLowerCase())).length <= 2 ||
      pick.named!.kind === 'organisation') &&
    (pick.named!.kind === 'person' ||
      // "the Castellan Palace aide", "a Foreign Ministry official": an institution qualifying a person.
      (pick.named!.kind === 'organisation' &&
        /^\s+(?:[\p{Ll}-]+\s+)?(?:aide|adviser|advisor|official|spokes(?:man|woman|person)|source|insider|staffer|diplomat)s?\b/u.test(
          text.slice(pick.run.end),
        ))) &&
    (/^['’]s?\s+[\p{Ll}]/u.test(text.slice(pick.run.end)) ||
      (/^\s+[\p{Ll}]/u.test(text.slice(pick.run.end)) &&
        (/^(?:the|a|an|one|another|our|my)\s/i.test(text.slice(0, pick.run.start)) ||
          pick.run.start === 0 ||
          /(?:an|ian|ese|ish|i|ic|ch|[A-Z]{2,})$/u.test(pick.run.words[0]!)))) &&
    !/^\s+(?:and|or|of|in|on|at|has|had|have|was|is|who|will|would)\b/.test(text.slice(pick.run.end)) &&
    // A noun for a person or a body follows within three words ("leader", "defence ministry official").
    text
      .slice(pick.run.end)
      .replace(/^['’]s?/, '')
      .trim()
      .split(/\s+/)
      .slice(0, 3)
      .some((w) => PERSON_OR_BODY.test(w));
  // "The Kelvennian position": a nationality before a thing is an adjective, never a speaker.
  if (
    pick &&
    !qualifier &&
    pick.run.words.filter((w) => !NOT_NAMES.has(w.toLowerCase())).length === 1 &&
    /(?:an|ian|ese|ish|ic)$/u.test(pick.run.words[pick.run.words.length - 1]!) &&
    /^\s+[\p{Ll}]/u.test(text.slice(pick.run.end))
  )
    pick = undefined;
  const qualifierWord = qualifier ? pick!.run.words.filter((w) => !NOT_NAMES.has(w.toLowerCase())).join(' ') : '';
  if (qualifier) pick = undefined;
  // "Officials in both delegations": a capitalised plural of unnamed people opening the phrase is no name.
  const unnamedPlural =
    /^(?:Officials|Diplomats|Sources|Aides|Advisers|Advisors|Insiders|Negotiators|Delegates|Observers|Officers|Commanders|Staffers|Executives|Members|Experts|Analysts)\b/.test(
      text,
    );
  if (unnamedPlural && pick?.run.start === 0) pick = undefined;
  const lowerTail =
    /^[\p{Ll}\d]/u.test(text) ||
    unnamedPlural ||
    /^(?:The|A|An|One|Two|Three|Several|Some|Many|Other|Another|Senior|His|Her|Their|Its)\b/.test(text);
  // "Analysts in Harbourton", "some economists": people of a field speaking as a group the article describes — a
  // collective, not unnamed officials (unless the article says they asked not to be named).
  const field = EXPERT_PLURAL.exec(text);
  if (field && !ANONYMITY_CUES.test(text))
    return { kind: 'collective', text: stripArticle(text), members: [field[1]!] };
  if (
    ANONYMITY_CUES.test(text) ||
    (lowerTail && ANONYMOUS_HEADS.test(text) && !/^the\s+\w+$/i.test(text) && (!pick || pick.named!.kind !== 'person'))
  ) {
    if (
      /^(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}(?:spokes(?:man|woman|person)|official|diplomat|aide|adviser|advisor|negotiator|analyst|officer|commander|executive|expert)$/iu.test(
        text,
      )
    ) {
      return { kind: 'role', text, role: text.split(/\s+/).pop()!.toLowerCase(), qualifier: qualifierWord };
    }
    return { kind: 'anonymous', text: stripArticle(text, true) };
  }
  // "Opposition lawmakers in Doverholt", "Ukraine's European allies": several people of one kind speak together.
  const plural =
    /^((?:[\p{Lu}][\p{L}'’-]*\s+){0,2}(?:[\p{Ll}'’-]+\s+)?(?:lawmakers|legislators|deputies|residents|protesters|hauliers|fishermen|ministers|leaders|governments|allies|partners|states|capitals|unions|parties|(?!(?:papers|letters|numbers|orders|matters|waters|borders|centers|markers|figures|others|members|officers)\b)[\p{Ll}]+(?:ers|ors|ists)))(?:\s+(?:in|from|of|at)\s+[^,]+)?$/u.exec(
      // A plural opening the sentence ("Residents of the villages") is capitalised only because it comes first.
      text.replace(/^[\p{Lu}](?=[\p{Ll}]+s\s+(?:of|in|from|at)\s)/u, (c) => c.toLowerCase()),
    );
  // The whole phrase, with where they are from ("Residents of the ridge villages"), names the group.
  if (plural && !/^(?:the|a|an)\s/i.test(text)) return { kind: 'collective', text, members: [plural[1]!] };
  const unnamedStaff = pick ? unnamedStaffOf(text, pick.run.start, pick.run.end) : null;
  if (unnamedStaff) return { kind: 'anonymous', text: unnamedStaff };
  if (pick) {
    const named = pick.named!;
    if (named.kind === 'organisation') return { kind: 'organisation', text, name: named.name };
    const before = text.slice(0, pick.run.start).split(/\s+/).filter(Boolean).slice(-3).join(' ');
    return { kind: 'name', text, name: named.name, title: [before, named.title].filter(Boolean).join(' ') };
  }
  const head = words[words.length - 1]!.toLowerCase();
  if (
    qualifier &&
    /^(?:office|ministry|government|cabinet|administration|presidency|embassy|delegation|mission|secretariat|parliament|army)$/.test(
      head,
    )
  )
    return { kind: 'organisation', text, name: stripArticle(text) };
  // The office words after the qualifier: "the Northland leader" → "leader"; "Kestria's prime minister" → "prime minister".
  const office = (from: string) =>
    from
      .replace(/^['’]s?\s+/, '')
      .trim()
      .toLowerCase();
  if (
    qualifier &&
    words.length <= 6 &&
    /^[\p{Ll}\s-]+$/u.test(office(text.slice(text.indexOf(qualifierWord) + qualifierWord.length)))
  )
    return {
      kind: 'role',
      text,
      role: office(text.slice(text.indexOf(qualifierWord) + qualifierWord.length)),
      qualifier: qualifierWord,
    };
  // "the ministry of foreign affairs of Tessmark": a body described in lower case is an institution.
  if (
    /^(?:the\s+)?(?:ministry|office|government|council|secretariat|commission|presidency|embassy)\s+of\s+\S/i.test(text)
  )
    return { kind: 'organisation', text, name: stripArticle(text) };
  const role = rolePhrase(text);
  if (role && words.length <= 5) return { kind: 'role', text, role: role[1]!.toLowerCase(), qualifier: '' };
  return { kind: 'none', text };
}

/**
 * A document described by its owner: "the weather service's spring outlook", "the Commission's closing
 * communique" — the owner issued it. Only a body or a name owns a document this way, never "its" or "their".
 */
export function possessiveIssuer(text: string): string | null {
  const m = /^(?:[Tt]he\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+?)['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$/u.exec(
    text.trim(),
  );
  if (!m || !DOCUMENT_HEADS.test(text.trim().split(/\s+/).pop()!)) return null;
  const owner = m[1]!;
  if (/^(?:its|their|his|her|our|my|your|this|that)$/i.test(owner) || DOCUMENT_HEADS.test(owner)) return null;
  return owner;
}

/**
 * A body of an event ("the Oriel Conference secretariat", "the Forum's organisers"): the event itself never speaks,
 * but the people who run it do. Returns the body as the article names it.
 */
export function eventBody(text: string): string | null {
  const m =
    /^(?:the\s+)?((?:[\p{Lu}][\p{L}'’-]*\s+)*[\p{Lu}][\p{L}'’-]*?)(?:['’]s)?\s+(secretariat|organi[sz]ers|organi[sz]ing committee|steering committee|presidency|host|hosts)$/u.exec(
      text.trim(),
    );
  if (!m) return null;
  const run = readRun({ words: m[1]!.split(/\s+/), start: 0, end: m[1]!.length });
  return run?.kind === 'event' ? `${run.name} ${m[2]}` : null;
}

/**
 * A broadcaster or newspaper described without a capitalised name: "Sarnavian state television", "state radio",
 * "the Velmar daily". An outlet that carries its own words speaks as an organisation.
 */
export function outletPhrase(text: string): string | null {
  const m =
    /^(?:[Tt]he\s+)?((?:[\p{Lu}][\p{L}'’-]*\s+){0,2}(?:state|public|national|official|private)?\s*(?:television|TV|radio|broadcaster|news agency|daily|newspaper))$/u.exec(
      text.trim(),
    );
  if (!m || !/[\p{Lu}]|\b(?:state|public|national|official)\b/u.test(m[1]!)) return null;
  return m[1]!.trim();
}

/**
 * A description that refers back to someone: a determiner, then up to four lower-case words ("the minister", "her
 * deputy", "the former naval officer"). Capitalised words ("The Oriel Conference") are a name, never a role.
 */
export function rolePhrase(text: string): RegExpExecArray | null {
  return /^(?:[Tt]he|[Tt]his|[Oo]ur|[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+((?:[\p{Ll}\d-]+\s+){0,3}?[\p{Ll}\d-]+)$/u.exec(
    officeInCapitals(text),
  );
}

/**
 * "the Minister", "the Prime Minister": an office capitalised the way parliamentary reports and official copy write
 * it is still an office, not a name — every capitalised word is an office word. Lower-cases those words.
 */
export function officeInCapitals(text: string): string {
  const m = /^((?:[Tt]he|[Hh]is|[Hh]er)\s+)((?:[\p{Lu}][\p{Ll}]+\s+){0,2}[\p{Lu}][\p{Ll}]+)$/u.exec(text);
  if (!m || !m[2]!.split(/\s+/).every((w) => TITLE_WORDS.has(w.toLowerCase()))) return text;
  return m[1]! + m[2]!.toLowerCase();
}

/**
 * Whether the name that starts at `start` stands inside a prepositional phrase ("at that Dispatch Box", "a reader in
 * eastern Veldrania", "from the old Harl office"): a preposition, then at most a determiner and two lower-case
 * modifiers. Such a name says where or what, never who speaks.
 */
export function inPrepositionalPhrase(text: string, start: number): boolean {
  return /\b(?:from|in|at|near|outside|to|of|for|with|across|inside|beside|behind|into|onto|toward|towards|on|about|over|against|among|between|under|through|via|upon)\s+(?:(?:the|that|this|these|those|a|an)\s+)?(?:(?!(?:which|whom|whose|who|where|when|what)\s)[\p{Ll}-]+\s+){0,2}$/u.test(
    text.slice(0, start),
  );
}

/**
 * "Minister for Transport Kasimir Drevland", "Secretary of State for Trade Ona Brisk": an office named by its
 * department, then the holder's name. The department's words are the office's, the last two capitalised words the
 * name. Null unless the text ends with that.
 */
export function departmentOfficeName(text: string): { name: string; office: string } | null {
  const m =
    /(?:^|[^\p{L}'’])(?:the\s+)?((?:[\p{Lu}][\p{Ll}]+\s+){0,2}(?:Minister|Secretary|Commissioner|Director|Head|Chair|Chairman|Chairwoman|Spokesperson|Spokesman|Spokeswoman)(?:\s+of\s+State)?\s+(?:for|of)\s+(?:the\s+)?(?:[\p{Lu}][\p{Ll}]+\s+(?:and\s+)?){1,3}?)([\p{Lu}][\p{L}'’-]+\s+[\p{Lu}][\p{L}'’-]+)$/u.exec(
      text.trim(),
    );
  if (!m || isCommonCapitalised(m[2]!.split(/\s+/)[0]!)) return null;
  const [first, last] = m[2]!.split(/\s+/) as [string, string];
  // "Minister for Foreign Affairs Drevland": the department's last word, then a holder named by surname alone.
  if (DEPARTMENT_TAILS.has(first.toLowerCase()))
    return { name: last, office: `${m[1]!.trim()} ${first}`.toLowerCase() };
  return { name: m[2]!, office: m[1]!.trim().toLowerCase() };
}

/** Words that end a department's name ("Foreign Affairs", "Public Works"), never a first name. */
const DEPARTMENT_TAILS = new Set(
  'affairs relations development resources services works security defence defense trade transport health education energy finance justice labour labor environment interior agriculture fisheries culture commerce industry infrastructure communications planning housing welfare tourism sport science technology economy treasury budget revenue immigration veterans farming'.split(
    ' ',
  ),
);

function stripArticle(text: string, keepIndefinite = false): string {
  return keepIndefinite ? text.replace(/^the\s+/i, '') : text.replace(/^(?:the|a|an)\s+/i, '');
}

/** Surname used for matching: the last word of a name, without accents or case. */
export function surname(name: string): string {
  return fold(name.split(/\s+/).pop() ?? '');
}

/** Case, accents and apostrophes folded away, for comparing names. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’.]/g, '').toLowerCase().trim();
}
