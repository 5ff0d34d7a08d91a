import { describe, expect, it } from 'vitest';
import { jsonSyntaxError, jsonSyntaxMessage } from './json-syntax';

describe('where a JSON file stops being JSON', () => {
  it('a trailing comma in a list (JSON.parse gives no position for it): line, column, the line marked', () => {
    const text = '{\n  "issues": [\n    "pier",\n    "format",\n  ]\n}\n';
    expect(jsonSyntaxError(text)).toEqual({
      line: 4,
      column: 13,
      reason: 'a comma before "]": remove the comma after the last entry',
      excerpt: '"format"⟨here⟩,',
    });
    expect(jsonSyntaxMessage(text, new Error('x'))).toBe(
      'not valid JSON at line 4, column 13: a comma before "]": remove the comma after the last entry. Line 4: "format"⟨here⟩,',
    );
  });

  it('a missing comma, a string never closed, a cut-off file, single quotes, a stray value', () => {
    expect(jsonSyntaxError('{ "a": 1\n  "b": 2 }')).toMatchObject({
      line: 2,
      column: 3,
      reason: expect.stringMatching(/expected "," or "}" .* found "\\"" \(a missing comma\?\)/),
    });
    expect(jsonSyntaxError('{ "a": "open\n}')).toMatchObject({
      line: 1,
      column: 8,
      reason: expect.stringMatching(/never ends on its line/),
    });
    expect(jsonSyntaxError('{ "a": [1, 2')).toMatchObject({
      reason: expect.stringMatching(/the file ends before the JSON does/),
    });
    expect(jsonSyntaxError("{ 'a': 1 }")).toMatchObject({
      column: 3,
      reason: expect.stringMatching(/expected a name in double quotation marks/),
    });
    expect(jsonSyntaxError('{ "a": 1 } }')).toMatchObject({
      column: 12,
      reason: expect.stringMatching(/after the end of the JSON/),
    });
  });

  it('valid JSON has no error, whatever its shape', () => {
    for (const text of ['{}', '[]', ' 1 ', '"x"', '{"a":[1,-2.5e3,true,false,null,{"b":"\\u00e9\\n"}]}', '[\r\n]'])
      expect(jsonSyntaxError(text), text).toBeUndefined();
  });
});
