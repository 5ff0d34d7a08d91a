// The command line of every script the README names: `--help` (or -h) prints its usage and exits 0;
// a user error (an unknown flag, a missing value, a bad date) is one line on stderr and exit 2 — never
// a stack trace. Plain JavaScript so that both the .mjs scripts and the tsx ones can use it.
import { parseArgs } from 'node:util';

/** One line on stderr, exit 2. */
export function userError(message) {
  console.error(`✗ ${message}`);
  process.exit(2);
}

/**
 * Parses process.argv for a script. `usage` is the help text (its first line is the synopsis);
 * `options` are node:util parseArgs options; `positionals` is how many bare arguments it takes at most.
 */
export function commandLine(usage, { options = {}, positionals = 0, args = process.argv.slice(2) } = {}) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // parseArgs' messages are one line already ("Unknown option '--x'. To specify a positional…").
    userError(`${String(error?.message ?? error).split(/\. |\n/)[0]} (see --help)`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  if (parsed.positionals.length > positionals)
    userError(
      `unexpected argument "${parsed.positionals[positionals]}"${positionals === 0 ? ' (this command takes none)' : ''} (see --help)`,
    );
  return parsed;
}

/** A YYYY-MM-DD date that is a real day, or a one-line user error naming the flag. */
export function dateFlag(flag, value) {
  if (value === undefined) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value)
    userError(`${flag} must be a real date written YYYY-MM-DD, not "${value}"`);
  return value;
}

/** A TCP port number, or a one-line user error naming the flag. */
export function portFlag(flag, value, fallback) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) userError(`${flag} must be a port number (1–65535), not "${value}"`);
  return n;
}
