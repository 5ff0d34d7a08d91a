/**
 * The words of a schema problem zod would otherwise say in its own terms ("Invalid input: expected
 * string, received undefined"): what is wrong with the field and how to put it right. Passed to
 * every `safeParse` of a data file; a message the schema itself gives (ranges, id and date shapes)
 * takes precedence over these.
 */
import type { z } from 'zod';

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

const a = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string')
    return `the text ${JSON.stringify(input.length > 40 ? input.slice(0, 40) + '…' : input)}`;
  if (typeof input === 'number' || typeof input === 'boolean') return `${typeof input} ${String(input)}`;
  return a(typeof input);
}

function typeMessage(expected: string, input: unknown): string {
  const want = expected === 'array' ? 'a list ([…])' : expected === 'object' ? 'a record ({…})' : a(expected);
  if (input === undefined) return `is missing: it is required (${want}) — add it`;
  const hint =
    expected === 'number' && typeof input === 'string' && input.trim() !== '' && !Number.isNaN(Number(input))
      ? ` — write the number without quotation marks`
      : expected === 'string' && typeof input === 'number'
        ? ` — put it in quotation marks`
        : input === null
          ? ` — give a value, or leave the field out if it is optional`
          : '';
  return `expected ${want}, found ${kindOf(input)}${hint}`;
}

const sizeOf = (origin: string, n: number | bigint) =>
  origin === 'string' ? `${n} character${n === 1 ? '' : 's'}` : `${n} entr${n === 1 ? 'y' : 'ies'}`;

/** zod's error map for the data files: plain words for the problems the schema leaves to zod. */
export function schemaMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue.expected, issue.input);
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${keys}: check the spelling against the fields the file's "$schema" lists (an editor that reads it suggests them), or remove ${issue.keys.length === 1 ? 'it' : 'them'}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return issue.input === undefined
        ? `is missing: it is required — add it, one of ${allowed}`
        : `is ${JSON.stringify(issue.input)}, which is not allowed here: use one of ${allowed}`;
    }
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1)
        return 'is empty: write something, or leave the field out if it is optional';
      if (issue.origin === 'string' || issue.origin === 'array')
        return `is too short: at least ${sizeOf(issue.origin, issue.minimum)}`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'string' || issue.origin === 'array')
        return `is too long: at most ${sizeOf(issue.origin, issue.maximum)}${typeof issue.input === 'string' ? ` (it has ${issue.input.length})` : Array.isArray(issue.input) ? ` (it has ${issue.input.length})` : ''}`;
      return undefined;
    default:
      return undefined;
  }
}
