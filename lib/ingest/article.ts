/**
 * An article file's bytes → its paragraphs and what the page says about itself. A `.txt` has
 * paragraphs separated by blank lines (or one paragraph a line); a saved web page has its main text
 * extracted by Mozilla's Readability over a linkedom DOM, and its metadata read from og:/article:
 * tags, <time> and the byline. Text is normalised only in whitespace. Bad input is refused with a
 * message that says what is wrong; nothing here writes.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { unreadableText } from '../schema';
import { findPublished } from './dates';

export const MAX_TEXT_BYTES = 1_000_000;
export const MAX_HTML_BYTES = 8_000_000;

export type PageFacts = {
  title?: string;
  outlet?: string;
  author?: string;
  published?: string;
  url?: string;
  language?: string;
};

export type Article = {
  /** Paragraphs in order; the headline, when the file has one, first. */
  paragraphs: string[];
  /** Facts the file itself states. */
  facts: PageFacts;
  /** True when the first paragraph is the headline. */
  headline: boolean;
  /** The text as it is saved to data/sources/<id>.txt: a .txt exactly as given (line breaks kept;
   * only a byte-order mark dropped and Windows line ends made \n); a web page's extracted paragraphs. */
  text: string;
};

export class ArticleError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ArticleError';
  }
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

function decode(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ArticleError(file, 'the file is empty; save the article text into it first');
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new ArticleError(
      file,
      `this is not a text file (binary data at byte ${nul}); give a .txt of the article or a saved web page .html`,
    );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ArticleError(
      file,
      'this is not UTF-8 text (perhaps a binary file or another encoding); save the article as UTF-8 text',
    );
  }
}

function checkReadable(file: string, text: string) {
  const problem = unreadableText(text.replace(/[\n\r\t]/g, ' '));
  if (problem) {
    const at = /at character (\d+)/.exec(problem);
    const offset = at ? Number(at[1]) - 1 : -1;
    const line = offset >= 0 ? text.slice(0, offset).split('\n').length : 0;
    throw new ArticleError(
      file,
      `the text ${problem.replace(/ at character \d+\)/, line ? `) on line ${line}` : ')')}`,
    );
  }
}

/** Runs of spaces become one space, lines are trimmed; nothing else changes. */
const squash = (s: string) => s.replace(/[ \t\u00A0]+/g, ' ').trim();

export function paragraphsOfText(text: string): string[] {
  const unix = text.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t]*\n/.test(unix) ? unix.split(/\n[ \t]*\n+/) : unix.split('\n');
  return blocks
    .flatMap(listItems)
    .map((b) => squash(b.replace(/\n/g, ' ')))
    .filter(Boolean);
}

/**
 * A list item is a paragraph of its own: a line that opens with a bullet ("* ", "• ", "- ") starts a new one, so a
 * factbox's dated items never lend each other their speakers; and a numbered heading on a line of its own ("2. The
 * road", no full stop) is a paragraph, so minutes' items do not run into their headings.
 */
export function listItems(block: string): string[] {
  const out: string[] = [];
  let headingBefore = false;
  for (const line of block.split('\n')) {
    const heading = /^\s*\d{1,2}[.)]\s+\S.{0,70}$/u.test(line) && !/[.!?:;,"”’]\s*$/u.test(line);
    if (out.length === 0 || heading || headingBefore || /^[ \t]*[*•\-–][ \t]+\S/.test(line)) out.push(line);
    else out[out.length - 1] += `\n${line}`;
    headingBefore = heading;
  }
  return out;
}

/** A short first paragraph with no full stop reads as a headline. */
const looksLikeHeadline = (p: string | undefined, rest: number) =>
  !!p && rest > 0 && p.length <= 200 && !/[.]$/.test(p) && !/^by\s/i.test(p);

function readText(file: string, text: string): Article {
  const paragraphs = paragraphsOfText(text);
  if (paragraphs.length === 0)
    throw new ArticleError(file, 'the file holds only blank space; save the article text into it first');
  const facts: PageFacts = {};
  const headline = looksLikeHeadline(paragraphs[0], paragraphs.length - 1);
  if (headline) facts.title = paragraphs[0];
  const head = paragraphs.slice(0, 6);
  const byline = head.find((p) => /^by\s+\p{Lu}/iu.test(p) && p.length < 120);
  if (byline)
    facts.author = byline
      .replace(/^by\s+/i, '')
      .replace(/[,|–—-].*$/, '')
      .trim();
  const url = head.find((p) => /^https?:\/\/\S+$/.test(p));
  if (url) facts.url = url;
  facts.published = findPublished(head.map((p) => p.slice(0, 80)));
  return { paragraphs, facts, headline, text: text.replace(/\r\n?/g, '\n') };
}

const meta = (document: Document, ...names: string[]) => {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
};

const isoDay = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;

function readHtml(file: string, html: string): Article {
  const { document } = parseHTML(html);
  const facts: PageFacts = {
    title:
      meta(document, 'og:title', 'twitter:title', 'headline') ??
      (document.querySelector('h1')?.textContent?.trim() ||
        document.querySelector('title')?.textContent?.trim() ||
        undefined),
    outlet: meta(document, 'og:site_name', 'application-name', 'publisher', 'article:publisher'),
    author: meta(document, 'author', 'article:author', 'byl', 'sailthru.author'),
    published: isoDay(
      meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date') ??
        document.querySelector('time[datetime]')?.getAttribute('datetime') ??
        undefined,
    ),
    url: meta(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    language:
      document.documentElement?.getAttribute('lang')?.trim() ||
      meta(document, 'og:locale')?.replace('_', '-') ||
      undefined,
  };
  if (facts.url && !/^https?:\/\//i.test(facts.url)) delete facts.url;
  if (facts.language) facts.language = facts.language.split('-')[0]!.toLowerCase();
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!parsed?.content)
    throw new ArticleError(
      file,
      'no article text found in this page (it may be an index page, a login wall or a page built by scripts); save the article page itself, or paste its text into a .txt',
    );
  if (!facts.author && parsed.byline) facts.author = parsed.byline.replace(/^by\s+/i, '').trim();
  if (!facts.published) facts.published = isoDay(parsed.publishedTime ?? undefined);
  const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const paragraphs = [...body.querySelectorAll('p, h2, h3, h4, li, blockquote, pre')]
    .filter((el) => !el.querySelector('p, li, blockquote'))
    .map((el) => squash((el.textContent ?? '').replace(/\s+/g, ' ')))
    .filter(Boolean);
  if (paragraphs.join(' ').length < 200)
    throw new ArticleError(
      file,
      'no article text found in this page (fewer than 200 characters of running text); save the article page itself, or paste its text into a .txt',
    );
  const title = facts.title ? squash(facts.title) : undefined;
  const headline = !!title && paragraphs[0] !== title;
  const all = headline ? [title!, ...paragraphs] : paragraphs;
  return { paragraphs: all, facts, headline, text: all.join('\n\n') + '\n' };
}

// ── Before any parse ─────────────────────────────────────────────────────────────────────────────
// linkedom and Readability recurse over the DOM and slow down with its depth (400 nested elements
// take over a second, 1,000 take 20 s, 20,000 overflow the stack), so a page's nesting is measured
// first, in one linear pass over its tags, and a page nested deeper than any article is refused.

/** Deepest element nesting an article page may have (real news pages stay well under 100). */
export const MAX_NESTING = 256;
/** Most elements a page may have (a large news page has a few thousand; 30,000 take about 6 s here). */
export const MAX_ELEMENTS = 30_000;

const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input link meta param source track wbr keygen basefont frame'.split(' '),
);
// Elements whose end tag may be left out: the parser closes them itself, so they add no depth here.
const OPTIONAL_END = new Set(
  'p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rp rtc html head body'.split(' '),
);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** The deepest nesting of elements and their number, in one pass; stops counting depth past `limit`. */
export function markupShape(html: string, limit = MAX_NESTING): { depth: number; elements: number } {
  // `[^<>]` keeps a run of unclosed `<a<a<a…` linear: each try stops at the next `<`.
  const tag = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^<>]*?(\/?)>/g;
  const stack: string[] = [];
  const open = new Map<string, number>();
  let depth = 0;
  let elements = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[2] === undefined) continue; // a comment
    const name = m[2].toLowerCase();
    if (m[1]) {
      if (!open.get(name)) continue; // a stray end tag closes nothing
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        open.set(top, open.get(top)! - 1);
        if (top === name) break;
      }
      continue;
    }
    elements++;
    if (RAW_TEXT.has(name) && !m[3]) {
      // Its text is not markup: skip to its end tag.
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = tag.lastIndex;
      tag.lastIndex = end.exec(html) ? end.lastIndex : html.length;
      continue;
    }
    if (m[3] || VOID_ELEMENTS.has(name) || OPTIONAL_END.has(name)) continue;
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    depth = Math.max(depth, stack.length);
    if (depth > limit) break;
  }
  return { depth, elements };
}

/** Refuses, with one line, a page too deeply nested or with too many elements to parse in time. */
export function checkMarkupBounds(file: string, html: string) {
  const { depth, elements } = markupShape(html);
  if (depth > MAX_NESTING)
    throw new ArticleError(
      file,
      `the page nests its elements more than ${MAX_NESTING} deep, deeper than any article page; it is not read (save the article's text into a .txt instead)`,
    );
  if (elements > MAX_ELEMENTS)
    throw new ArticleError(
      file,
      `the page has more than ${MAX_ELEMENTS.toLocaleString('en')} elements, more than any article page; it is not read (save the article's text into a .txt instead)`,
    );
}

/**
 * A file saved as UTF-16 (by Windows Notepad, or "Unicode" in Word) read as such: by its byte-order
 * mark, or — without one — by the zero byte beside every ASCII letter. Undefined when it is not UTF-16.
 */
export function utf16Text(file: string, bytes: Uint8Array): string | undefined {
  let encoding: 'utf-16le' | 'utf-16be' | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else if (bytes.length >= 4 && bytes.length % 2 === 0) {
    const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
    let evenZero = 0;
    let oddZero = 0;
    for (let i = 0; i < sample.length; i++) {
      if (sample[i] !== 0) continue;
      if (i % 2) oddZero++;
      else evenZero++;
    }
    const half = sample.length / 2;
    if (oddZero > half * 0.6 && evenZero === 0) encoding = 'utf-16le';
    else if (evenZero > half * 0.6 && oddZero === 0) encoding = 'utf-16be';
  }
  if (!encoding) return undefined;
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ArticleError(
      file,
      `this looks like UTF-16 text (${encoding === 'utf-16le' ? 'little' : 'big'}-endian) but is not valid UTF-16; save the article as UTF-8 text`,
    );
  }
}

/** Reads an article file's bytes. Throws ArticleError naming the file and what is wrong. */
export function readArticle(file: string, bytes: Uint8Array): Article {
  const html = /\.html?$/i.test(file);
  const limit = html ? MAX_HTML_BYTES : MAX_TEXT_BYTES;
  if (bytes.length > limit)
    throw new ArticleError(
      file,
      `the file is ${mb(bytes.length)}; an article ${html ? 'page' : 'text'} over ${mb(limit)} is refused (is this really one article?)`,
    );
  const text = utf16Text(file, bytes) ?? decode(file, bytes);
  if (text.trim() === '')
    throw new ArticleError(file, 'the file holds only blank space; save the article text into it first');
  const isHtml = html || /^\s*<(!doctype html|html)\b/i.test(text);
  if (isHtml) checkMarkupBounds(file, text);
  const article = isHtml ? readHtml(file, text) : readText(file, text);
  checkReadable(file, article.paragraphs.join('\n'));
  return article;
}
