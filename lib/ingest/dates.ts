/**
 * When something was said, read from the words around it and resolved against the article's
 * publication date: "on Tuesday" is the last Tuesday on or before publication, "yesterday" the day
 * before; vague spans ("last week", "in recent days") give a date marked approximate.
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
    /\b(?:on|last|this|late on|early on|earlier on)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/.exec(
      text,
    ) ?? /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/.exec(text);
  if (m) {
    const target = WEEKDAYS.indexOf(m[1]!);
    const pubDay = new Date(`${published}T00:00:00Z`).getUTCDay();
    return { date: addDays(published, -((pubDay - target + 7) % 7)), approx: false };
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
