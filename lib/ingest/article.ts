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
  return blocks.map((b) => squash(b.replace(/\n/g, ' '))).filter(Boolean);
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

/** Reads an article file's bytes. Throws ArticleError naming the file and what is wrong. */
export function readArticle(file: string, bytes: Uint8Array): Article {
  const html = /\.html?$/i.test(file);
  const limit = html ? MAX_HTML_BYTES : MAX_TEXT_BYTES;
  if (bytes.length > limit)
    throw new ArticleError(
      file,
      `the file is ${mb(bytes.length)}; an article ${html ? 'page' : 'text'} over ${mb(limit)} is refused (is this really one article?)`,
    );
  const text = decode(file, bytes);
  if (text.trim() === '')
    throw new ArticleError(file, 'the file holds only blank space; save the article text into it first');
  const article = html || /^\s*<(!doctype html|html)\b/i.test(text) ? readHtml(file, text) : readText(file, text);
  checkReadable(file, article.paragraphs.join('\n'));
  return article;
}
