import { describe, expect, it } from 'vitest';
import { ArticleError, checkMarkupBounds, MAX_NESTING, markupShape, readArticle } from './article';

// A fictional article: the Harbour council and the ferry union (no real speakers).
const PARA =
  '<p>The council sat for four hours and heard from every pier master on the coast before it voted on the winter timetable.</p><p>"We will keep the ferries running all winter," said Oda Brannick, who chairs the ferry union, after the Harbour council met on Tuesday. The council agreed to meet again in a month.</p>';
const page = (depth: number, tag = 'div') =>
  `<!doctype html><html><head><title>Ferries to run all winter</title></head><body>${`<${tag}>`.repeat(depth)}${PARA}${`</${tag}>`.repeat(depth)}</body></html>`;
const bytes = (s: string) => new TextEncoder().encode(s);

function refusal(file: string, data: Uint8Array): string {
  try {
    readArticle(file, data);
  } catch (error) {
    if (error instanceof ArticleError) return error.message;
    throw error;
  }
  return '';
}

describe('intake bounds before parsing', () => {
  it('refuses a page nested deeper than any article with one line naming the file, without parsing it', () => {
    for (const depth of [MAX_NESTING + 1, 5_000, 20_000]) {
      const message = refusal('deep.html', bytes(page(depth)));
      expect(message).toMatch(/^deep\.html: the page nests its elements more than 256 deep/);
      expect(message).not.toContain('\n');
    }
  });

  it('lets a page nested as deep as the limit through to the parser, and reads a nested article', () => {
    expect(() => checkMarkupBounds('ok.html', page(MAX_NESTING))).not.toThrow();
    expect(readArticle('ok.html', bytes(page(40))).paragraphs).toContain(
      '"We will keep the ferries running all winter," said Oda Brannick, who chairs the ferry union, after the Harbour council met on Tuesday. The council agreed to meet again in a month.',
    );
  });

  it('counts only real nesting: not void elements, elements the parser closes itself, script text or stray end tags', () => {
    const flat = `<body>${'<p>one<br><img src=x><li>two<input/>'.repeat(1000)}${'</span>'.repeat(500)}<script>${'<div>'.repeat(1000)}</script><div><div></div></div>`;
    expect(markupShape(flat).depth).toBe(2);
    expect(markupShape('<div><section><div><b>x</b></div></section></div>').depth).toBe(4);
    // Unclosed elements nest, as the parser nests them.
    expect(markupShape('<div><div><div>').depth).toBe(3);
  });

  it('reads a UTF-16 file (with or without byte-order mark, either byte order) as the same text as UTF-8', () => {
    const text =
      'Ferries to run all winter\n\n"We will keep the ferries running all winter," said Oda Brannick — for the ferry union.\n';
    const expected = readArticle('a.txt', bytes(text));
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const data of [
      Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
      le,
      be,
    ])
      expect(readArticle('a.txt', new Uint8Array(data))).toEqual(expected);
  });

  it('names a broken UTF-16 file as UTF-16', () => {
    const broken = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Ferries', 'utf16le'),
      Buffer.from([0x00, 0xd8, 0x41, 0x00]),
    ]);
    expect(refusal('b.txt', new Uint8Array(broken))).toMatch(
      /^b\.txt: this looks like UTF-16 text \(little-endian\) but is not valid UTF-16/,
    );
  });
});
