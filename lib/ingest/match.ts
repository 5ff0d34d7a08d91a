/**
 * From a speaker's name to the dataset: which actor it is (names, surnames, spellings and the
 * actor's `aliases`), which side a new speaker probably speaks for (from the role words around the
 * name), and which issues a passage bears on (the issue's title, question, scale words and keywords).
 */
import type { Actor, Issue, Stakeholder } from '../schema';
import { fold, surname, TITLE_WORDS } from './names';

const firstName = (name: string) => fold(name.split(/\s+/)[0] ?? '');

/** Two spellings of one name: the same words, or the same surname with a compatible first name. */
export function sameName(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return true;
  if (surname(a) !== surname(b)) return false;
  const wa = fa.split(/\s+/);
  const wb = fb.split(/\s+/);
  if (wa.length === 1 || wb.length === 1) return true;
  return firstName(a)[0] === firstName(b)[0];
}

/** The actor a speaker is, or null. Full names and aliases first; a bare surname only when one actor has it. */
export function matchActor(speaker: string, actors: Actor[]): Actor | null {
  const names = (a: Actor) => [a.name, ...(a.aliases ?? [])];
  const target = fold(speaker);
  const exact = actors.find((a) => names(a).some((n) => fold(n) === target));
  if (exact) return exact;
  const bySurname = actors.filter((a) => a.kind === 'person' && names(a).some((n) => sameName(n, speaker)));
  return bySurname.length === 1 ? bySurname[0]! : null;
}

/**
 * Whether the words that name a speaker ("Donald Trump", "Trump", "President Trump") name an actor
 * with one of these names (its name and aliases). The studio warns when they do not.
 */
export function namesActor(words: string[], names: string[]): boolean {
  const said = words.map((w) => w.trim()).filter(Boolean);
  if (said.length === 0) return true;
  return said.some((w) => names.some((n) => sameName(n, w) || fold(w).includes(fold(n))));
}

/** A slug for a new record's id. */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

const demonyms = (name: string): string[] => {
  const base = name.replace(/^the\s+/i, '');
  const stem = base.replace(/[aeiouy]$/i, '');
  return [base, `${stem}ian`, `${stem}an`, `${base}n`, `${stem}ish`, `${stem}ese`, `${base}ian`];
};

const ANALYST_WORDS =
  /\b(analyst|professor|fellow|researcher|scholar|expert|commentator|think[- ]tank|university|institute|economist|historian)\b/i;

/**
 * The side a new speaker likely speaks for, from role words ("Valdorian foreign minister"), or null ("new — check").
 * A side's name (or its demonym, or its abbreviation) in the role decides; a proper noun from a known actor's role
 * ("Carnegie") counts a little, only as written (capitalised in both, so "foreign" never matches "Foreign Policy
 * Council"); and a role that names a country or body no side has ("the Coastland foreign minister") proposes none —
 * `speaker`'s own name words are not read as such a name.
 */
export function guessStakeholder(
  roleWords: string,
  stakeholders: Stakeholder[],
  actors: Actor[],
  speaker = '',
): string | null {
  const role = roleWords.toLowerCase();
  if (!role.trim()) return null;
  let best: { id: string; score: number } | null = null;
  const known = new Set<string>();
  for (const s of stakeholders) {
    let score = 0;
    for (const word of demonyms(s.name)) {
      known.add(fold(word));
      if (new RegExp(`\\b${escape(word.toLowerCase())}\\b`).test(role)) score += 3;
    }
    known.add(fold(s.abbreviation));
    if (new RegExp(`\\b${escape(s.abbreviation.toLowerCase())}\\b`).test(role)) score += 2;
    if (/analyst|independent/i.test(s.name + s.id) && ANALYST_WORDS.test(role)) score += 3;
    for (const a of actors.filter((x) => x.stakeholder === s.id)) {
      for (const w of a.role.split(/[^\p{L}]+/u).filter((x) => x.length > 4 && /^\p{Lu}/u.test(x)))
        if (new RegExp(`\\b${escape(w)}\\b`, 'u').test(roleWords)) score += 1;
    }
    if (score > (best?.score ?? 0)) best = { id: s.id, score };
  }
  if (best && best.score >= 3) return best.id;
  // A proper noun in the role that is not a title word, not the speaker's name and no side's: another country or body.
  const own = new Set(fold(speaker).split(/\s+/));
  const foreign = roleWords
    .split(/[^\p{L}'’-]+/u)
    .slice(1)
    .some((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase()) && !own.has(fold(w)) && !known.has(fold(w)));
  const first = roleWords.trim().split(/[^\p{L}'’-]+/u)[0] ?? '';
  const opensWithName =
    /^\p{Lu}/u.test(first) && !/^(?:the|a|an)$/i.test(first) && !TITLE_WORDS.has(first.toLowerCase());
  if (foreign || (opensWithName && !own.has(fold(first)) && !known.has(fold(first)))) return null;
  return best?.id ?? null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const STOP = new Set(
  `the a an and or of to in on at for with from by as is are was were be been it its this that these those who what which whether will would
  could should may might must not no any all some more most other such than then there their they them he she his her we our you your i
  if but so do does did has have had about after before into over under between both each only own same very can also just up down out
  off again further once here when where why how new one two three side sides after who whom`.split(/\s+/),
);
const stem = (w: string) =>
  w
    .replace(/(?:ies)$/, 'y')
    .replace(/(?:es|s)$/, '')
    .replace(/(?:ing|ed)$/, '');
const words = (text: string) =>
  fold(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map(stem);

/** An issue's keywords and own words, worked out once per issue (not once per candidate). */
const issueWords = new WeakMap<Issue, { keywords: { folded: string; words: string[] }[]; own: Set<string> }>();
function wordsOf(issue: Issue) {
  let w = issueWords.get(issue);
  if (!w) {
    w = {
      keywords: (issue.keywords ?? []).map((k) => ({ folded: ` ${fold(k)}`, words: words(k) })),
      own: new Set(
        words(
          `${issue.title} ${issue.title} ${issue.question} ${issue.scale.min.short} ${issue.scale.mid.short} ${issue.scale.max.short}`,
        ),
      ),
    };
    issueWords.set(issue, w);
  }
  return w;
}

/** Issues a passage bears on, best first: keyword phrases count most, then the issue's own words. */
export function suggestIssues(passage: string, issues: Issue[], limit = 2): string[] {
  const text = ` ${fold(passage)} `;
  const passageWords = new Set(words(passage));
  const scored = issues.map((issue) => {
    let score = 0;
    const { keywords, own } = wordsOf(issue);
    for (const k of keywords) if (text.includes(k.folded) || k.words.every((w) => passageWords.has(w))) score += 3;
    for (const w of own) if (passageWords.has(w)) score += 1;
    return { id: issue.id, score };
  });
  return scored
    .filter((s) => s.score >= 2)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.id);
}
