/**
 * When something was said, read from the words around it. Never from the clock: without the
 * article's publication date, a date that needs it stays unresolved and says why.
 * - A calendar day with its year is that day; a day and month ("Aug. 9") takes the year that puts it
 *   on or before publication ("Dec. 30" in an article of 3 January is the previous year).
 * - A day counted from an event ("the day before", "a day earlier", "two days later") counts from
 *   the calendar day the text names in the same sentence or paragraph; from one named earlier in the
 *   article it is marked approximate, with a note.
 * - "on Tuesday", "yesterday", "today" count back from publication ("last Tuesday" in a Tuesday
 *   article is a week before); vague spans ("last week", "in recent days") are approximate.
 * - With none of these, the publication date stands in, marked approximate.
 */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

export type SaidOn = { date: string | null; approx: boolean };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
};
const monthIndex = (word: string) =>
  MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().replace(/\.$/, '').slice(0, 3)));

/** A calendar day named without a year takes the year that puts it on or before publication. */
function dayOfMonth(month: number, day: number, published: string | undefined, year?: number): string | null {
  if (day < 1 || day > 31) return null;
  if (year === undefined) {
    if (!published) return null;
    const pubYear = Number(published.slice(0, 4));
    const candidate = `${pubYear}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    year = candidate > published ? pubYear - 1 : pubYear;
  }
  const d = new Date(Date.UTC(year, month, day));
  return d.getUTCMonth() === month ? iso(d) : null;
}

/** The date a statement was made, from the text around it (outside its quotation marks). */
export function saidOn(context: string, published: string | undefined): SaidOn | undefined {
  const text = context.toLowerCase();
  let m = new RegExp(
    `\\b(?:on|since|from)\\s+(?:\\w+day,?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`,
    'i',
  ).exec(text);
  if (m) {
    const date = dayOfMonth(monthIndex(m[1]!), Number(m[2]), published, m[3] ? Number(m[3]) : undefined);
    if (date) return { date, approx: false };
  }
  m = new RegExp(
    `\\b(?:on|since|from)\\s+(?:\\w+day,?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b`,
    'i',
  ).exec(text);
  if (m) {
    const date = dayOfMonth(monthIndex(m[2]!), Number(m[1]), published, m[3] ? Number(m[3]) : undefined);
    if (date) return { date, approx: false };
  }
  m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (m) return { date: m[0], approx: false };
  if (!published)
    return /\b(yesterday|today|tonight|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last week|this week)\b/.test(
      text,
    )
      ? { date: null, approx: true }
      : undefined;
  if (/\b(today|tonight|this morning|this afternoon|this evening|earlier today)\b/.test(text))
    return { date: published, approx: false };
  if (/\b(yesterday|last night)\b/.test(text)) return { date: addDays(published, -1), approx: false };
  m =
    /\b(on|last|this|late on|early on|earlier on)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/.exec(
      text,
    ) ?? /\b()(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/.exec(text);
  if (m) {
    const target = WEEKDAYS.indexOf(m[2]!);
    const pubDay = new Date(`${published}T00:00:00Z`).getUTCDay();
    // "last Tuesday" in an article published on a Tuesday is a week before; "on Tuesday" is that day.
    const back = (pubDay - target + 7) % 7 || (m[1] === 'last' ? 7 : 0);
    return { date: addDays(published, -back), approx: false };
  }
  if (/\b(last week|earlier this week|this week|in recent days|days ago|over the weekend|last weekend)\b/.test(text))
    return { date: addDays(published, -3), approx: true };
  if (/\b(last month|earlier this month|this month|in recent weeks|weeks ago)\b/.test(text))
    return { date: addDays(published, -14), approx: true };
  return undefined;
}

/** A date stated in a dateline or byline ("KYIV, March 3 (Wire) –", "Published 6 August 2025"). */
export function findPublished(lines: string[]): string | undefined {
  for (const line of lines.slice(0, 6)) {
    const found =
      saidOn(
        line.replace(/^(?:[^,]*,\s*|.*?(?:published|updated|posted)\s*:?\s*|[^—–-]*[—–-]\s*)?/i, 'on '),
        undefined,
      ) ?? saidOn(`on ${line}`, undefined);
    if (found?.date && /\d{4}/.test(line)) return found.date;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Dating a statement: the one rule intake uses (lib/ingest/ingest.ts calls it for every candidate).

/** A statement's date as intake proposes it. `date` is null when it cannot be known without a fact
 * the article does not give (the publication date); `note` then says why, and otherwise says how
 * the date was arrived at when it is not stated outright. */
export type DateReading = { date: string | null; approx: boolean; note: string | null };

/** Where a statement stands in its article: its sentence, its paragraph, and the text before it. */
/**
 * Where a statement stands: its sentence, its paragraph and the article's text before that paragraph. `earlier`
 * may be a function, called only when a relative day ("the day before") needs an anchor: joining every earlier
 * paragraph for every candidate made a long page's intake quadratic.
 */
export type DateContext = { sentence: string; paragraph: string; earlier: string | (() => string) };

const NO_PUBLISHED = 'the article does not give its publication date; give it to resolve this date';

/** Quotation marks and what is inside them: a date a speaker mentions is not when they spoke. */
export const maskQuotes = (text: string) =>
  text.replace(/“[^”]*”|"[^"]*"|«[^»]*»|„[^“”]*[“”]/g, (m) => ' '.repeat(m.length));

type Mention = { at: number; end: number; month: number; day: number; year?: number; words: string };

const MENTION_MD = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi');
const MENTION_DM = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4})\\b)?`, 'gi');

/** Every calendar day the text names ("Aug. 9", "9 August 2025", "2025-08-09"), in order. */
function mentions(text: string): Mention[] {
  const found: Mention[] = [];
  // Month-day ("Aug. 9") and day-month ("9 August") orders: which capture holds the month and which the day.
  for (const [re, month, day] of [
    [MENTION_MD, 1, 2],
    [MENTION_DM, 2, 1],
  ] as const)
    for (const m of text.matchAll(re))
      found.push({
        at: m.index,
        end: m.index + m[0].length,
        month: monthIndex(m[month]!),
        day: Number(m[day]),
        year: m[3] ? Number(m[3]) : undefined,
        words: m[0],
      });
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g))
    found.push({
      at: m.index,
      end: m.index + m[0].length,
      month: Number(m[2]) - 1,
      day: Number(m[3]),
      year: Number(m[1]),
      words: m[0],
    });
  return found.filter((f) => f.month >= 0).sort((a, b) => a.at - b.at);
}

const NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** "the day before", "a day earlier", "two days later", "the next day": an offset from an event. */
const RELATIVE =
  /\b(?:(the|a|one|two|three|four|five|six|seven|\d)\s+days?\s+(before|earlier|after|later)|the\s+(previous|next|following)\s+day|the\s+day\s+(before|after))\b/i;

function offsetOf(m: RegExpExecArray): number {
  if (m[1]) {
    const n = NUMBERS[m[1].toLowerCase()] ?? (Number(m[1]) || 1);
    return /before|earlier/i.test(m[2]!) ? -n : n;
  }
  const word = (m[3] ?? m[4])!.toLowerCase();
  return word === 'previous' || word === 'before' ? -1 : 1;
}

/** A named calendar day as a date: its own year, or the year that puts it on or before publication. */
function mentionDate(m: Mention, published: string | undefined): string | null {
  return dayOfMonth(m.month, m.day, published, m.year);
}

/** The statement's date from what the article says around it. */
export function dateStatement(where: DateContext, published: string | undefined): DateReading {
  const sentence = maskQuotes(where.sentence);
  const paragraph = maskQuotes(where.paragraph);
  let masked: string | null = null;
  const earlier = () => (masked ??= maskQuotes(typeof where.earlier === 'string' ? where.earlier : where.earlier()));
  const after = (date: string | null): DateReading | null =>
    date && published && date > published
      ? { date: null, approx: true, note: `the text points to ${date}, after the publication date; set it by hand` }
      : null;

  // 1. A calendar day named in the sentence (outside the quotation): "on Aug. 9", "on 9 August 2025".
  for (const text of [sentence, paragraph]) {
    const said = /\b(?:on|since|from)\s+(?:\w+day,?\s+)?(?:the\s+)?$/i;
    const day = mentions(text).find((m) => said.test(text.slice(Math.max(0, m.at - 30), m.at)));
    if (day) {
      if (day.year === undefined && !published) return { date: null, approx: true, note: NO_PUBLISHED };
      const date = mentionDate(day, published);
      if (date) return after(date) ?? { date, approx: false, note: null };
    }
    // 2. A day counted from an event the text names: "the day before", "a day earlier".
    const rel = RELATIVE.exec(text);
    if (rel) {
      const offset = offsetOf(rel);
      const sameText = mentions(text.slice(0, rel.index)).at(-1) ?? mentions(text).find((m) => m.at > rel.index);
      const before = earlier();
      const anchor =
        sameText ?? mentions(`${before} ${text === sentence ? paragraphBefore(paragraph, sentence) : ''}`).at(-1);
      const sure = !!sameText;
      if (anchor) {
        if (anchor.year === undefined && !published) return { date: null, approx: true, note: NO_PUBLISHED };
        const base = mentionDate(anchor, published);
        if (base) {
          const date = addDays(base, offset);
          return (
            after(date) ?? {
              date,
              approx: !sure,
              note: sure
                ? null
                : `"${rel[0]}" counted from ${anchor.words.trim()}, the last date the article names before it; check it`,
            }
          );
        }
      }
      if (!published) return { date: null, approx: true, note: NO_PUBLISHED };
      return {
        date: addDays(published, Math.min(0, offset)),
        approx: true,
        note: `"${rel[0]}" names no event the text dates; counted from the publication date`,
      };
    }
    // 3. Days counted from publication: "yesterday", "on Tuesday", "last week".
    const reading = saidOn(text, published);
    if (reading) {
      if (!reading.date) return { date: null, approx: true, note: NO_PUBLISHED };
      return (
        after(reading.date) ?? {
          date: reading.date,
          approx: reading.approx,
          note: reading.approx ? 'a span the article gives loosely, counted back from the publication date' : null,
        }
      );
    }
  }
  // 4. Nothing dates it: the publication date stands in, marked approximate.
  if (!published) return { date: null, approx: true, note: NO_PUBLISHED };
  return {
    date: published,
    approx: true,
    note: 'the article does not date the remark; its publication date stands in',
  };
}

/** The part of a paragraph before the sentence (for a relative date's event). */
function paragraphBefore(paragraph: string, sentence: string): string {
  const at = paragraph.indexOf(maskQuotes(sentence).slice(0, 40));
  return at > 0 ? paragraph.slice(0, at) : '';
}
