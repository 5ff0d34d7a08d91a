/**
 * Why a quote is not verbatim in its source: where the two part, with context, and the usual
 * culprits named — three dots for an ellipsis, straight for curly apostrophes or quotation marks,
 * a dropped or added word. Used by the validator's messages only; matching itself is lib/text.ts.
 * Whitespace runs count as one space here, as they do in matching; nothing else is folded, so the
 * message can name a typographic difference even where matching forgives it.
 */

type Folded = { text: string; origin: number[] };

/** Whitespace runs as one space, with each character's offset in the original. */
function squeeze(text: string): Folded {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (out.length > 0 && !out.endsWith(' ')) {
        out += ' ';
        origin.push(i);
      }
      continue;
    }
    out += ch;
    origin.push(i);
  }
  if (out.endsWith(' ')) {
    out = out.slice(0, -1);
    origin.pop();
  }
  return { text: out, origin };
}

const APOSTROPHES = "'’‘`´";
const DOUBLE_MARKS = '"“”„«»';
const CONTEXT = 24;

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
}

/** `…before⟨here⟩after…`, on one line. */
function around(text: string, at: number): string {
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(text.length, at + CONTEXT);
  return `${start > 0 ? '…' : ''}${text.slice(start, at)}⟨here⟩${text.slice(at, end)}${end < text.length ? '…' : ''}`;
}

const foldMarks = (text: string) => text.replace(/['’‘`´]/g, "'").replace(/["“”„«»]/g, '"');

const wordAt = (text: string, at: number) => /^\S*/.exec(text.slice(at))![0];

/** The likely reason the quote and the source part at these offsets, or undefined. */
function culprit(quote: string, source: string, q: number, s: number): string | undefined {
  const qRest = quote.slice(q);
  const sRest = source.slice(s);
  const qc = qRest[0] ?? '';
  const sc = sRest[0] ?? '';
  if (qRest.startsWith('...') && sc === '…')
    return 'the quote has three dots "..." where the source has an ellipsis "…"';
  if (qc === '…' && sRest.startsWith('...'))
    return 'the quote has an ellipsis "…" where the source has three dots "..."';
  if (/^(\.\.\.|…)/.test(qRest))
    return `the quote has an ellipsis the source does not have here (the source goes on "${sRest.slice(0, 20)}"): a cut is not the speaker's words — end the quote before it, or make two quotes`;
  if (APOSTROPHES.includes(qc) && APOSTROPHES.includes(sc))
    return `the quote has the apostrophe ${qc} where the source has ${sc} (straight and curly apostrophes differ)`;
  if (DOUBLE_MARKS.includes(qc) && DOUBLE_MARKS.includes(sc))
    return `the quote has the quotation mark ${qc} where the source has ${sc} (straight and curly quotation marks differ)`;
  // Text one side has here and the other leaves out: the rest lines up again after it. Tried from
  // the start of the word where they part ("every single ship" vs "every ship"), then from where they part.
  const qWord = quote.lastIndexOf(' ', q - 1) + 1;
  const sWord = s - (q - qWord);
  for (const [qa, sa] of [
    [qWord, sWord],
    [q, s],
  ] as const) {
    const gap = skipped(source.slice(sa), quote.slice(qa));
    if (gap) return `${kindOf(gap)} dropped: the source has "${gap.trim()}" here, which the quote leaves out`;
    const extra = skipped(quote.slice(qa), source.slice(sa));
    if (extra) return `${kindOf(extra)} added: the quote has "${extra.trim()}" here, which the source does not`;
  }
  if (q >= quote.length) return undefined;
  return `a changed word: the quote has "${wordAt(quote, qWord)}" where the source has "${wordAt(source, sWord)}"`;
}

/** The shortest opening of `longer` (up to 80 characters) after which the rest lines up with `other` again, if any. */
function skipped(longer: string, other: string): string | undefined {
  for (let k = 1; k <= Math.min(80, longer.length - 1); k++) {
    const rest = longer.slice(k);
    const n = Math.min(16, rest.length, other.length);
    if (n >= Math.min(4, rest.length) && n > 0 && rest.slice(0, n) === other.slice(0, n)) return longer.slice(0, k);
  }
  return undefined;
}

const kindOf = (text: string) =>
  /^[\s\p{P}]+$/u.test(text)
    ? 'punctuation'
    : /\s\S+\s/.test(` ${text.trim()} `) && text.trim().includes(' ')
      ? 'words'
      : 'a word';

/**
 * Where a quote that is not verbatim parts from its source text, in one sentence an analyst can act on.
 * Finds the longest opening of the quote that the source contains and explains the first difference after it.
 */
export function explainMismatch(sourceText: string, quoteText: string): string {
  const source = squeeze(sourceText);
  const quote = squeeze(quoteText).text;
  // Only apostrophes or quotation marks differ? Fold them (one character each) and find where.
  const typographic = foldMarks(source.text).indexOf(foldMarks(quote));
  if (typographic >= 0) {
    const q = [...quote].findIndex((ch, i) => ch !== source.text[typographic + i]);
    if (q >= 0) {
      const s = typographic + q;
      return (
        `it differs from the source only in apostrophes or quotation marks; the first at character ${q + 1} of the quote (source ${lineColumn(sourceText, source.origin[s]!)}) — ` +
        `quote: "${around(quote, q)}", source: "${around(source.text, s)}". Likely cause: ${culprit(quote, source.text, q, s)}`
      );
    }
  }
  // Longest prefix of the quote found in the source (a found prefix's prefixes are all found).
  let lo = 0;
  let hi = quote.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (source.text.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const matched = lo;
  if (matched < Math.min(12, quote.length)) {
    return 'its opening words are not in the source at all: check the speaker, the source and the spelling of the first words';
  }
  const at = source.text.indexOf(quote.slice(0, matched));
  const s = at + matched;
  const where = s < source.text.length ? lineColumn(sourceText, source.origin[s]!) : 'the end of the text';
  const reason = culprit(quote, source.text, matched, s);
  return (
    `the first ${matched} characters match the source; at character ${matched + 1} of the quote (source ${where}) they part — ` +
    `quote: "${around(quote, matched)}", source: "${around(source.text, s)}"` +
    (reason ? `. Likely cause: ${reason}` : '')
  );
}
