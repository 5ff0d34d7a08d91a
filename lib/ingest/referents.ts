/**
 * A reader's register of who is who. As a reader goes through an article they learn, for every person, the words
 * the article uses for them — "Valentin Lorne, the dam's chief engineer" makes "the engineer" mean Lorne; "Rashida
 * Penhallow, counsel for Ombrelia" makes "Counsel for Ombrelia" mean her — and which of them the text spoke of last.
 * A description is then resolved by a small explicit score over everyone the article has named (a shared descriptive
 * noun, the qualifier, the age, gender agreement, recency), not by a list of office words fixed in advance; where two
 * people fit equally well the description is left unresolved ("unknown — check"), never guessed.
 *
 * Pure functions over plain objects: intake's Registry (extract.ts) keeps the people; this module only reads them.
 */
import { fold } from './names';

export type Gender = 'f' | 'm';

/** What the register knows of one person: their name, the words the article has used for them, when last spoken of. */
export type Referent = {
  name: string;
  /** The article's descriptions of them, run together ("counsel for Ombrelia the dam's chief engineer 58-year-old"). */
  title: string;
  gender?: Gender | null;
  /** Sentence (article-wide count) where the article last named or described them; -1 when not yet named. */
  lastAt: number;
};

/** A description as the text gives it: "the engineer", "Counsel for Korvana", "the 71-year-old", "the former envoy". */
export type Cue = {
  /** The descriptive noun ("engineer", "counsel", "judge"). */
  head: string;
  /** Other lower-case words before the head ("chief", "presiding"), which the referent's title should share. */
  modifiers: string[];
  /** What the description is "for"/"of" ("Korvana" in "counsel for Korvana"). */
  of: string | null;
  age: number | null;
  former: boolean;
  gender: Gender | null;
};

/** Words that describe no one by themselves (articles, fillers, prepositions). */
const FILLER = new Set(
  'the a an of for to in on at by with from and or his her its their our my your who which that this then also called'.split(
    ' ',
  ),
);

/** Nouns that are never a description of one person (a group, a place, a time, a body, a thing). */
const NOT_A_PERSON =
  /^(?:officials?|people|government|ministry|office|court|tribunal|country|river|dam|city|capital|talks|meeting|day|week|year|statement|report|paper|draft|memorandum|plan|case|team|party|union|league|side|sides|parties)$/;

/**
 * A definite description opening a clause ("The engineer …", "Counsel for Ombrelia …", "the 71-year-old …",
 * "The former envoy …"), or null. Only lower-case description words: "The Korvanan leader" (a country word) and
 * named bodies are other rules' business.
 */
export function descriptionCue(text: string): Cue | null {
  const m =
    /^\s*(?:(?:[Bb]ut|[Aa]nd|[Tt]hen|[Ll]ater|[Ss]o)\s+)?(?:([Tt]he)\s+|(?=[Cc]ounsel\s+(?:for|of)\s))([^,.;:!?]*)/u.exec(
      text,
    );
  if (!m) return null;
  const words = m[2]!.split(/\s+/).filter(Boolean).slice(0, 7);
  // The description runs up to its verb ("The former envoy shook …") or to "for"/"of" and what it is for.
  let end = words.findIndex((w, i) => (i > 0 || !m[1]) && (VERB_LIKE.test(w) || /^(?:for|of|who|whom|which)$/.test(w)));
  if (end < 0) end = Math.min(words.length, 4);
  const described = words.slice(0, end).map((w, i) => (i === 0 && !m[1] ? w.toLowerCase() : w));
  const head = described[described.length - 1];
  if (!head || described.length > 4 || described.some((w) => !/^(?:\d{1,3}-year-old|[\p{Ll}-]+(?:['’]s)?)$/u.test(w)))
    return null;
  if (FILLER.has(head) || NOT_A_PERSON.test(head) || /['’]s$/.test(head)) return null;
  const of = /^(?:for|of)$/.test(words[end] ?? '')
    ? (/^((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*)/u.exec(words.slice(end + 1).join(' '))?.[1] ??
      null)
    : null;
  const modifiers = described.slice(0, -1).filter((w) => !FILLER.has(w));
  const ageWord = described.find((w) => /^\d{1,3}-year-old$/.test(w));
  return {
    head: ageWord === head ? 'year-old' : head,
    modifiers: modifiers.filter((w) => !/^(?:former|ex-|one-time)$/.test(w) && !/year-old$/.test(w)),
    of: of ? of.replace(/^the\s+/i, '') : null,
    age: ageWord ? Number(ageWord.split('-')[0]) : null,
    former: modifiers.some((w) => /^(?:former|ex-|one-time)$/.test(w)),
    gender: clauseGender(text),
  };
}

/**
 * The gender a sentence gives its opening description by continuing with a subject pronoun ("The counsel rose, and
 * she said …", "The engineer paused; he …"): a pronoun that takes up the subject after "and", "but" or a comma or
 * semicolon. Only the sentence's own words count (up to its full stop); null when it has no such pronoun.
 */
export function clauseGender(text: string): Gender | null {
  const sentence = text.split(/[.!?](?:\s|$)/)[0]!;
  const m = /(?:[,;]|\band\b|\bbut\b)\s+(she|he)\b/i.exec(sentence);
  return m ? (m[1]!.toLowerCase() === 'she' ? 'f' : 'm') : null;
}

/** A word that ends a description: its verb ("said", "added", "shook", "was", "would"). */
const VERB_LIKE =
  /^(?:[\p{Ll}]+ed|said|says|told|tells|shook|took|gave|made|went|came|saw|rose|stood|spoke|sat|left|kept|put|let|got|thought|ran|runs|led|leads|won|lost|spent|built|wrote|held|met|sent|began|became|grew|knew|felt|found|heard|brought|bought|taught|sees|points|was|is|has|had|did|does|would|could|will|can|may|might|should|must|asks|adds|replies|insists|warns|argues|notes|agrees|thinks|believes)$/u;

/** A noun's simple stem for matching "engineer"/"engineers", "judge"/"judges". */
const stem = (w: string) => fold(w).replace(/(?:es|s)$/, '');

/** The words of a title, folded, for matching: "the dam's chief engineer" → dam's, chief, engineer. */
function titleWords(title: string): string[] {
  return fold(title)
    .split(/[^\p{L}\d'’-]+/u)
    .filter((w) => w && !FILLER.has(w));
}

/**
 * How well a person fits a description, or null when they cannot be meant: the head noun must be among the words the
 * article used for them (the age for "the 71-year-old"); "the former envoy" never means a serving one nor "the envoy"
 * a former one; "counsel for X" must be for X; a description with "she" never means a man. Above that:
 * +1 for each shared modifier, and recency: −0.1 for each sentence since the article last spoke of them.
 */
export function fitScore(r: Referent, cue: Cue, now: number): number | null {
  if (r.lastAt < 0 || r.lastAt > now) return null;
  const words = titleWords(r.title);
  if (cue.age !== null) {
    // An age the article has not given anyone describes the person it has just named ("Marta Ilves. The 71-year-old
    // ran …"): a weak fit, only for someone named in the sentence before (not later in this one), age not known.
    if (!words.includes(`${cue.age}-year-old`)) {
      if (words.some((w) => /^\d{1,3}-year-old$/.test(w)) || r.lastAt >= now || now - r.lastAt > 1) return null;
      return -0.1;
    }
  } else if (!words.some((w) => stem(w) === stem(cue.head))) return null;
  const wasFormer = words.some((w) => /^(?:former|ex-|one-time|retired)$/.test(w));
  if (cue.age === null && wasFormer !== cue.former) return null;
  if (cue.of && !fold(r.title).includes(fold(cue.of))) return null;
  if (cue.gender && r.gender && cue.gender !== r.gender) return null;
  const shared = cue.modifiers.filter((m) => words.some((w) => stem(w) === stem(m))).length;
  return 1 + shared - 0.1 * (now - r.lastAt);
}

/** Whom a description means: the best-fitting person, or null (with why) when no one fits or two fit as well. */
export function resolveDescription(
  people: readonly Referent[],
  cue: Cue,
  now: number,
): { referent: Referent; score: number } | { referent: null; reason: string } {
  const scored = people
    .map((referent) => ({ referent, score: fitScore(referent, cue, now) }))
    .filter((x): x is { referent: Referent; score: number } => x.score !== null)
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return { referent: null, reason: `no one the article named is described as "${cue.head}"` };
  // Two people fit and neither is clearly better (a shared modifier counts; recency of one sentence does not):
  // the article has not said which, so the reader is asked.
  if (scored.length > 1 && scored[0]!.score - scored[1]!.score < 0.5)
    return {
      referent: null,
      reason: `"${cue.head}" fits both ${scored[0]!.referent.name} and ${scored[1]!.referent.name}`,
    };
  return scored[0]!;
}

/**
 * The issuer a document's own noun phrase names, wherever in it the agent stands: "a memorandum prepared for
 * President X by the Ministry of Water" → the Ministry of Water (not the person it was prepared for); "a note attached
 * by the league's secretariat" → the league's secretariat. Null when the phrase names no agent.
 */
export function issuerInPhrase(rest: string): string | null {
  const m =
    /^\s*,?\s*(?:(?:[\p{Ll}]+\s+){0,3}?)(?:prepared|drafted|drawn up|written|issued|produced|compiled|attached|signed|sent|circulated|published)\s+(?:(?:for|to)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,5}?)?by\s+((?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[\p{Lu}][\p{L}'’-]*)*|[\p{Ll}]+['’]s\s+[\p{Ll}]+))/u.exec(
      rest,
    );
  return m ? issuerName(m[1]!) : null;
}

/**
 * An issuer's name as a document's phrase gives it, without the clause that runs on after it: "the Harbour Board
 * concludes that …" → "Harbour Board"; "the Ministry for Transport last week" → "Ministry for Transport" ("for", "to",
 * "with" before a capital stay part of a body's name). The one trimming every issuer reader uses; null when nothing
 * is left.
 */
export function issuerName(raw: string): string | null {
  const name = raw
    .replace(
      /\s+(?:(?:for|to|with)\s+(?![\p{Lu}])|(?:after|on|in|at|last|this|that|which|who|and|seen|obtained|dated|says?|said|states?|reads?|is|was|were|has|have|had|would|will|could|can|may|might|should|must|proposes|calls|sets|concludes)\b).*$/su,
      '',
    )
    .replace(/^the\s+/i, '')
    .trim();
  return name.length > 1 ? name : null;
}

/** A named treaty or convention ("the 1987 Ilvar Convention", "Treaty of Sarn"): a text, never a person or body. */
export function isTreatyName(name: string): boolean {
  return /\b(?:Convention|Treaty|Accords?|Charter|Protocol|Covenant|Compact Treaty)\b/.test(name);
}

/**
 * "A one-page annex, unsigned and without a letterhead, …": a text the article introduces (indefinite) while saying
 * no one signed it is a document of its own, with no issuer — its words are the annex's, not the main document's
 * issuer's. Returns the document's noun, or null.
 */
export function unsignedText(masked: string): string | null {
  const m =
    /\b(?:an?|one)\s+(?:[\p{Ll}-]+\s+){0,2}?(annex|appendix|attachment|note|page|letter|memo|paper|document)\b([^.;]{0,80})/iu.exec(
      masked,
    );
  if (!m || !/\b(?:unsigned|anonymous|unattributed|without (?:a )?(?:letterhead|signature|author))\b/i.test(m[2]!))
    return null;
  return m[1]!.toLowerCase();
}

/**
 * "… Article 4 of the 1987 Ilvar Convention, which obliges each party to": a relative clause whose antecedent is a
 * named treaty puts the quotation in the treaty's mouth, however many people the sentence names before it. Returns
 * the treaty's name as the text gives it, or null.
 */
export function treatyRelative(before: string): string | null {
  const m =
    /((?:[\p{Lu}\d][\p{L}\d'’-]*\s+)*(?:Convention|Treaty|Accords?|Charter|Protocol|Covenant)(?:\s+(?:of|on)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*)?)\s*,?\s*(?:which|that)\s+(?:obliges|requires|provides|says|states|reads|commits|binds|forbids|allows|calls|declares|bars|guarantees)\b[^,;.]*$/u.exec(
      before,
    );
  return m ? m[1]!.replace(/^\d{4}\s+/, '').trim() : null;
}

/** "head of government", "head of state": a leader's office — a person, not the body "government". */
export function personalOffice(role: string): string {
  return role.replace(/^(?:head|chief)\s+of\s+(?:the\s+)?(?:government|state)$/i, 'leader');
}

const LEADERS = /^(?:leader|president|prime minister|premier|chancellor|head of government|head of state)$/;

/** Two descriptions of an office that news copy uses for the same person ("prime minister", "the leader"). */
export function sameOffice(a: string, b: string): boolean {
  const x = fold(a).trim();
  const y = fold(b).trim();
  const head = (s: string) => s.split(/\s+/).pop() ?? '';
  return (
    x === y || (LEADERS.test(x) && LEADERS.test(y)) || (head(x) === head(y) && !x.includes(' ') !== !y.includes(' '))
  );
}

/**
 * What carried the words rather than said them: a broadcaster, an agency, a newspaper, a record or a transcript
 * ("…," according to Radio Drelsk; according to the official record). It tells where the words were found, never who
 * said them.
 */
export function isConduit(text: string): boolean {
  return /\b(?:radio|television|tv|agency|newspaper|broadcaster|channel|daily|outlet|wire|record|transcript|recording|footage|timetable|schedule)\b/i.test(
    text,
  );
}

/**
 * `"…" — Gregor Vellacott, chairman of the union`: a quotation credited after a dash, as a "quote of the week" or an
 * epigraph is. Returns the credited words up to the first comma (a name or a description), or null.
 */
export function dashCredit(after: string): string | null {
  const m =
    /^\s*(?:[—–]|-(?=\s))\s*((?:[\p{Lu}][\p{L}'’.-]*)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|of|the|de|van|von))*)\s*(?:[,(]|$)/u.exec(
      after,
    );
  return m ? m[1]!.trim() : null;
}

/**
 * Quotation marks that name a thing rather than quote a speaker, as a reader sees from the words around them (the
 * reporter's, quotations masked): a case name ("Ombra v. Kessel"); a title set off after "a book on the region, …";
 * a term after "what X calls" or "calls … simply"; a nickname after "call you/him/her "the …""; a billing or listing
 * ("billed as the …", "listed in the register as …"); a word discussed as a word ("should be called "shared" or
 * "common"").
 */
export function namedNotSaid(quote: string, before: string): boolean {
  const text = quote.trim().replace(/[,.]$/, '');
  const words = text.split(/\s+/);
  if (/^[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*\s+v\.?\s+[\p{Lu}]/u.test(text)) return true;
  const titled = words.every(
    (w, i) => i === 0 || /^[\p{Lu}\d]/u.test(w) || /^(?:a|an|the|and|or|of|in|on|to)$/.test(w),
  );
  if (
    titled &&
    /^[\p{Lu}]/u.test(text) &&
    /\b(?:book|memoir|novel|film|documentary|study|play|essay|biography|album|song)\b[^.;:"“”«»]{0,60},\s*["“]?\s*$/iu.test(
      before,
    )
  )
    return true;
  if (words.length > 5 || /[.!?]/.test(text)) return false;
  // "what Drelsk calls "…"": a government's or a body's term; "what he calls "…"" stays the words of the person
  // under discussion (a phrase of their own, which a reader quotes as theirs).
  const what = /\bwhat\s+([^,;"“”]{1,40}?)\s+calls?\s+["“]?\s*$/iu.exec(before);
  if (what && !/^(?:he|she|they|i|we)$/i.test(what[1]!)) return true;
  if (/\bcalls?\s+(?:it\s+)?simply\s+["“]?\s*$/iu.test(before)) return true;
  if (/^the\s/i.test(text) && /\bcall(?:s|ed)?\s+(?:you|him|her|them|me|us)\s+["“]?\s*$/iu.test(before)) return true;
  if (/\b(?:billed|listed|registered|branded|styled)\s+(?:[^,;"“”]{0,50}\s+)?as\s+(?:the\s+)?["“]?\s*$/iu.test(before))
    return true;
  return (
    words.length === 1 &&
    /^[\p{Ll}]/u.test(text) &&
    /(?:\b(?:be|been|being|is|was)\s+called\s+|["”]\s+(?:or|and)\s+)["“]?\s*$/iu.test(before)
  );
}
