/**
 * Quotation marks in news prose: pairing them, splitting paragraphs into sentences without cutting
 * through a quotation, and the convention that a quotation running on into the next paragraph leaves
 * its closing mark off and opens the next paragraph with a fresh opening mark.
 */

/** A quoted span inside one paragraph. Offsets are into the paragraph; `start`/`end` bound the words. */
export type QuoteSpan = {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph's length when the quotation runs on. */
  close: number;
  start: number;
  end: number;
  /** The words inside the marks, verbatim (a trailing comma, which belongs to the sentence, dropped). */
  text: string;
  /** True when the paragraph ends before the closing mark: the quotation continues in the next one. */
  runsOn: boolean;
};

const OPENERS: Record<string, string> = { '\u201C': '\u201D', '\u00AB': '\u00BB', '\u201E': '\u201C', '"': '"' };
const CLOSERS = new Set(['\u201D', '\u00BB', '"', '\u201C']);

/** A straight double quote opens a quotation when it stands at a word's start. */
function opensHere(p: string, i: number): boolean {
  const before = i === 0 ? ' ' : p[i - 1]!;
  const after = p[i + 1] ?? ' ';
  return /[\s(\[{—–\-/:;,]/.test(before) && !/\s/.test(after);
}

/** Every quoted span of a paragraph, in order. Nested single quotes stay inside their double quotes. */
export function findQuotes(p: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let closer = '';
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (open < 0) {
      const expected = OPENERS[ch];
      if (expected && (ch !== '"' || opensHere(p, i))) {
        open = i;
        closer = expected;
      }
    } else if (
      CLOSERS.has(ch) &&
      (ch === closer || (closer === '"' && ch === '\u201D') || (closer === '\u201D' && ch === '"'))
    ) {
      spans.push(span(p, open, i, false));
      open = -1;
    }
  }
  if (open >= 0) spans.push(span(p, open, p.length, true));
  if (spans.length === 0) return singleQuotes(p);
  return withOuterSingleQuotes(
    p,
    spans.filter((s) => s.text.length > 0),
  );
}

/**
 * A house style that quotes speech in single marks keeps double marks for titles ('… from "Empty Nets", the film.
 * He told us: 'We …''): single-mark quotations outside every double-marked span are quotations too. Single marks
 * inside a double-marked span stay part of it (a quotation within a quotation).
 */
export function withOuterSingleQuotes(p: string, doubles: QuoteSpan[]): QuoteSpan[] {
  if (!/['\u2018\u2019]/.test(p)) return doubles;
  // The double-marked spans blanked out (offsets kept), so single marks inside them are not read.
  let outside = p;
  for (const d of doubles)
    outside =
      outside.slice(0, d.open) + ' '.repeat(Math.min(p.length, d.close + 1) - d.open) + outside.slice(d.close + 1);
  const singles = singleQuotes(outside).map((s) => ({ ...s, text: p.slice(s.start, s.end) }));
  if (!singles.length) return doubles;
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}

/**
 * Single quotation marks as the outer marks (British headlines and some house styles), read only in a
 * paragraph with no double marks. An apostrophe inside a word ("isn't") is never a mark; a closing
 * mark stands after a word and before a space, punctuation or the end.
 */
function singleQuotes(p: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch !== "'" && ch !== '\u2018' && ch !== '\u2019') continue;
    const before = p[i - 1] ?? ' ';
    const after = p[i + 1] ?? ' ';
    if (open < 0) {
      if (ch !== '\u2019' && /[\s(\[—–\-:]/.test(before) && /[\p{L}\p{N}]/u.test(after)) open = i;
    } else if (
      ch !== '\u2018' &&
      !/\s/.test(before) &&
      /[\s,.;:!?)\]—–-]/.test(after) &&
      !(/\p{L}/u.test(before) && /\p{L}/u.test(after))
    ) {
      // "officials' plans": a plural possessive, when a later mark could close instead.
      const possessive = before === 's' && /\s/.test(after) && /['\u2019](?=[\s,.;:!?]|$)/.test(p.slice(i + 1));
      if (possessive) continue;
      spans.push(span(p, open, i, false));
      open = -1;
    }
  }
  return spans.filter((s) => s.text.length > 0 && s.text.split(/\s+/).length >= 2);
}

function span(p: string, open: number, close: number, runsOn: boolean): QuoteSpan {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(p[start]!)) start++;
  while (end > start && /\s/.test(p[end - 1]!)) end--;
  if (p[end - 1] === ',') end--;
  return { open, close, start, end, text: p.slice(start, end), runsOn };
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen col lt sgt capt maj adm cmdr rep sen gov st jr sr no vs etc inc corp co ltd dept jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m'.split(
    ' ',
  ),
);

export type Sentence = { start: number; end: number; text: string };

/**
 * Splits a paragraph into sentences, never inside a quotation and not after "Mr." or an initial.
 * Linear in the paragraph's length: which characters lie inside a quotation, where quotations open and
 * which closing marks end a sentence are worked out once, not per character.
 */
export function splitSentences(p: string, quotes: QuoteSpan[] = findQuotes(p)): Sentence[] {
  const insideMark = new Uint8Array(p.length + 1);
  const opens = new Set<number>();
  const closing = new Set<number>();
  for (const q of quotes) {
    insideMark.fill(1, q.open + 1, Math.min(q.close, p.length));
    opens.add(q.open);
    // A quotation that ends its own sentence ("… we will win." Then …) ends the sentence at its closing mark.
    if (!q.runsOn && /[.!?]/.test(p[q.close - 1] ?? '')) closing.add(q.close);
  }
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    const closesSentence = closing.has(i);
    if (!closesSentence && (!/[.!?]/.test(ch) || insideMark[i] === 1)) continue;
    let j = i + 1;
    while (j < p.length && /["”»’')\]]/.test(p[j]!) && !opens.has(j)) j++;
    if (j < p.length && !/\s/.test(p[j]!)) continue;
    let k = j;
    while (k < p.length && /\s/.test(p[k]!)) k++;
    if (k >= p.length) break;
    if (!/[\p{Lu}\p{N}"“«„'‘(—–]/u.test(p[k]!)) continue;
    if (ch === '.' && !closesSentence) {
      const word = /([\p{L}.]+)$/u.exec(p.slice(Math.max(start, i - 40), i))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    sentences.push({ start, end: j, text: p.slice(start, j) });
    start = k;
  }
  if (start < p.length && p.slice(start).trim())
    sentences.push({ start, end: p.length, text: p.slice(start).trimEnd() });
  return sentences;
}
