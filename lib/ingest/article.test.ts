import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleError, readArticle } from './article';

const bytes = (s: string) => new TextEncoder().encode(s);
const refusal = (file: string, content: Uint8Array) => {
  try {
    readArticle(file, content);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError);
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('reading an article', () => {
  it('a .txt: headline, byline, dated line, and paragraphs separated by blank lines, whitespace squashed', () => {
    const article = readArticle(
      'a.txt',
      bytes(
        'Talks resume\n\nBy Ada Renwick\n\nPublished 4 March 2031\n\nThe  talks\nresumed today.\n\n"Good," she said.\n',
      ),
    );
    expect(article.paragraphs).toEqual([
      'Talks resume',
      'By Ada Renwick',
      'Published 4 March 2031',
      'The talks resumed today.',
      '"Good," she said.',
    ]);
    expect(article.facts).toMatchObject({ title: 'Talks resume', author: 'Ada Renwick', published: '2031-03-04' });
  });

  it('a .txt with one paragraph a line (no blank lines) reads each line as a paragraph', () => {
    expect(readArticle('a.txt', bytes('First line here.\nSecond line here.')).paragraphs).toEqual([
      'First line here.',
      'Second line here.',
    ]);
  });

  it('a saved web page: the article text without navigation or footer, and its og:/article: metadata', () => {
    const file = path.join(import.meta.dirname, 'corpus', 'saved-page.html');
    const article = readArticle(file, fs.readFileSync(file));
    expect(article.facts).toEqual({
      title: 'Prisoner exchange: families wait as lists are swapped',
      outlet: 'The Velmora Ledger',
      author: 'Ines Calloway',
      published: '2031-12-03',
      url: 'https://ledger.example/world/2031/12/prisoner-exchange-lists',
      language: 'en',
    });
    expect(article.paragraphs[0]).toBe('Prisoner exchange: families wait as lists are swapped');
    expect(article.paragraphs.join('\n')).toContain('“I care about Mikkel.”');
    expect(article.paragraphs.join('\n')).not.toMatch(/Subscribe|Most read|All rights reserved|dataLayer/);
  });
});

describe('bad input is refused with a message that says what is wrong', () => {
  it('an empty file, or one of blank space', () => {
    expect(refusal('empty.txt', bytes(''))).toBe('empty.txt: the file is empty; save the article text into it first');
    expect(refusal('blank.txt', bytes(' \n\n\t'))).toMatch(/only blank space/);
  });

  it('a binary file', () => {
    expect(
      refusal('photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    ).toMatch(/not a text file \(binary data at byte 8\)/);
    expect(refusal('latin1.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]))).toMatch(
      /not UTF-8 text/,
    );
  });

  it('an HTML page with no article in it', () => {
    const page =
      '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2031</footer></body></html>';
    expect(refusal('index.html', bytes(page))).toMatch(/index\.html: no article text found in this page/);
  });

  it('a text of 5 MB', () => {
    expect(refusal('huge.txt', bytes('Word. '.repeat(900_000)))).toMatch(
      /huge\.txt: the file is 5\.4 MB; an article text over 1\.0 MB is refused/,
    );
  });

  it('bidi overrides and zero-width characters, with the line they are on', () => {
    expect(refusal('bidi.txt', bytes('Headline\n\n"We agree," said \u202EIlse Marrow.'))).toMatch(
      /bidi\.txt: the text must not contain invisible or text-direction control characters \(U\+202E\) on line 2/,
    );
    expect(refusal('zw.txt', bytes('"We\u200B agree," she said.'))).toMatch(/U\+200B/);
  });
});
