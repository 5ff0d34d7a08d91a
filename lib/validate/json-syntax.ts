/**
 * Where a JSON file stops being JSON, in words an analyst can act on: line, column, what is wrong
 * there, and the line itself with the spot marked. JSON.parse's own messages differ between Node
 * versions and, for some mistakes (a trailing comma in a list), echo the whole file with no position;
 * this scanner finds the first error itself. It only locates: JSON.parse still does the parsing.
 */

type Found = { offset: number; reason: string };

class Stop extends Error {
  constructor(readonly found: Found) {
    super(found.reason);
  }
}

function scan(text: string): void {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new Stop({ offset: at, reason });
  };
  const space = () => {
    while (i < text.length && /[ \t\n\r]/.test(text[i]!)) i++;
  };
  const shown = (ch: string | undefined) => (ch === undefined ? 'the end of the file' : JSON.stringify(ch));
  const end = () => fail('the file ends before the JSON does (cut off, or a missing ] or })');

  function string() {
    const start = i++;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') return void i++;
      if (ch === '\\') {
        i++;
        if (i >= text.length) break;
        if (!'"\\/bfnrtu'.includes(text[i]!)) fail(`${shown('\\' + text[i])} is not a JSON escape`, i - 1);
      } else if (ch === '\n') fail('a string that never ends on its line (a missing closing ")', start);
      else if (ch < ' ') fail('a control character inside a string (a tab or line break typed into the text?)');
      i++;
    }
    fail('a string that never ends (a missing closing ")', start);
  }

  function value(): void {
    space();
    const ch = text[i];
    if (ch === undefined) return end();
    if (ch === '{') return object();
    if (ch === '[') return array();
    if (ch === '"') return string();
    if (ch === "'") fail('single quotation marks: JSON strings and names take double quotation marks (")');
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal)
      fail(`${shown(ch)} cannot start a value (a value is "text", a number, true, false, null, [ … ] or { … })`);
    i += literal![0].length;
  }

  function object() {
    i++;
    space();
    if (text[i] === '}') return void i++;
    for (;;) {
      space();
      if (text[i] === '}') fail('a comma before "}": remove the comma after the last entry', lastComma);
      if (text[i] === undefined) end();
      if (text[i] !== '"') fail(`expected a name in double quotation marks, found ${shown(text[i])}`);
      string();
      space();
      if (text[i] !== ':') fail(`expected ":" after the name, found ${shown(text[i])}`);
      i++;
      value();
      space();
      if (text[i] === '}') return void i++;
      if (text[i] === undefined) end();
      if (text[i] !== ',') fail(`expected "," or "}" after a value, found ${shown(text[i])} (a missing comma?)`);
      lastComma = i++;
    }
  }

  function array() {
    i++;
    space();
    if (text[i] === ']') return void i++;
    for (;;) {
      space();
      if (text[i] === ']') fail('a comma before "]": remove the comma after the last entry', lastComma);
      value();
      space();
      if (text[i] === ']') return void i++;
      if (text[i] === undefined) end();
      if (text[i] !== ',') fail(`expected "," or "]" after a value, found ${shown(text[i])} (a missing comma?)`);
      lastComma = i++;
    }
  }

  let lastComma = 0;
  value();
  space();
  if (i < text.length) fail(`${shown(text[i])} after the end of the JSON (a second value, or an extra } or ]?)`);
}

/** The first syntax error in `text` with its line, column and reason; undefined for valid JSON. */
export function jsonSyntaxError(
  text: string,
): { line: number; column: number; reason: string; excerpt: string } | undefined {
  try {
    scan(text);
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const { offset, reason } = error.found;
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const lineEnd = text.indexOf('\n', offset);
    const source = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
    const column = offset - lineStart;
    // The line, trimmed to about 60 characters either side of the spot, with the spot marked.
    const from = Math.max(0, column - 60);
    const to = Math.min(source.length, column + 60);
    const excerpt =
      (from > 0 ? '…' : '') +
      source.slice(from, column).trimStart() +
      '⟨here⟩' +
      source.slice(column, to).trimEnd() +
      (to < source.length ? '…' : '');
    return { line: text.slice(0, offset).split('\n').length, column: column + 1, reason, excerpt };
  }
}

/** The message for a file that is not valid JSON. */
export function jsonSyntaxMessage(text: string, parseError: unknown): string {
  const found = jsonSyntaxError(text);
  if (!found)
    return `not valid JSON: ${parseError instanceof Error ? parseError.message.split('\n')[0] : String(parseError)}`;
  return `not valid JSON at line ${found.line}, column ${found.column}: ${found.reason}. Line ${found.line}: ${found.excerpt}`;
}
