/**
 * Every script the README names answers --help with its usage and exit 0, and a user error (an
 * unknown flag) with one line and exit 2 — never a stack trace. Runs the scripts; no browser.
 * Breaks when a script drops the shared command-line parsing (scripts/cli.mjs) or throws on a flag.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

// The README's Commands table, written out by hand.
const SCRIPTS = [
  'validate',
  'migrate',
  'schema',
  'build',
  'serve',
  'export:pdf',
  'build:markup',
  'build:history',
  'build:size',
  'lighthouse',
  'bench',
  'ingest',
  'bench:ingest',
  'studio',
];

test.describe.configure({ mode: 'parallel' });

const npm = (...args: string[]) =>
  spawnSync('npm', ['run', '--silent', ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
const STACK = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

for (const name of SCRIPTS) {
  test(`npm run ${name} -- --help: usage, exit 0; an unknown flag: one line, exit 2`, () => {
    const help = npm(name, '--', '--help');
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(new RegExp(`^usage: npm run ${name.replace(':', '\\:')}\\b`));
    expect(help.stderr).not.toMatch(STACK);

    const wrong = npm(name, '--', '--no-such-flag');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim().split('\n')).toEqual([expect.stringContaining("'--no-such-flag'")]);
    expect(wrong.stdout).toBe('');
  });
}

test('a bad date is one line, exit 2', () => {
  for (const name of ['ingest', 'studio']) {
    const result = npm(name, '--', '--published', '2025-02-30', 'README.md');
    expect(result.status, name).toBe(2);
    expect(result.stderr.trim()).toBe('✗ --published must be a real date written YYYY-MM-DD, not "2025-02-30"');
  }
});
